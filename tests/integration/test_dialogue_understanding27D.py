"""Dialogue round 27D through the real stack: limits of the time there is and teens said as a group.

A device's battery and someone who drops off during anything past a length are ceilings, never a window or a lower
bound (nlu/extraction/durations.py ``duration-battery``, ``duration-drops-off-past``); a length said of an epic is a
window around it; teens said in the plural ("my teenage boys") cap the rating as "teens" does
(nlu/extraction/audience.py); a country a remembered story goes to is its setting, a plot word, never the title's origin
(actions/identification.py ``_a_setting``). Phrasings are this module's own; the fixture catalog.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks, runtime_at_most
from contract.payloads import ItemDetails

pytestmark = pytest.mark.integration


async def test_a_battery_that_lasts_a_length_is_a_ceiling(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the laptop battery only lasts around 70 minutes, what can i watch")
    c = applied(turn)
    assert c.get("max_minutes") == 70 and not c.get("min_minutes"), c
    await checked_picks(stack.gateway_url, turn, runtime_at_most(70))


async def test_dropping_off_past_a_length_is_a_ceiling(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my grandpa dozes off in anything longer than 90 minutes, a comedy for us")
    c = applied(turn)
    assert c.get("max_minutes") == 90 and not c.get("min_minutes"), c
    await checked_picks(stack.gateway_url, turn, runtime_at_most(90))


async def test_a_length_said_of_an_epic_is_around_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("up for a two and a half hour epic tonight")
    c = applied(turn)
    assert c.get("min_minutes", 0) >= 130 and c.get("max_minutes", 0) >= 150, c


async def test_teens_said_as_a_group_cap_the_rating(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a series my teenage boys would both get into")
    assert applied(turn).get("audience") == "teen", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r.get("rating") not in ("TV-MA", "R", "NC-17"))


_ALHAMBRA = "s4328"  # South Korean series set in Spain (tests/fixtures/netflix_small.csv)


def _card_of(turn: Any) -> str | None:
    found = [a for a in turn.answers if isinstance(a, ItemDetails)]
    return found[0].item.id if found else None


async def test_a_country_the_story_happens_in_is_its_setting(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("that show where a businessman hunting a game designer meets a woman who runs a hostel in spain")
    assert _card_of(turn) == _ALHAMBRA, turn.text
