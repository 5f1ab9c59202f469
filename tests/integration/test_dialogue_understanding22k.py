"""Dialogue round 22k through the real stack: a time the viewer has is a ceiling, not a window.

Classes (phrasings are this module's own):
1. a length one cannot do, then a ceiling without its unit ("can't manage 3 hours tonight, 2 and a half tops"): ≤150
   (durations._cannot_do, _unitless_post reads "N and a half" as hours);
2. a trip's approximate length after a comma ("red-eye flight, roughly 2 hours, anything") is the time there is: ≤120
   (durations._trip);
3. an approximate length beside a capping word ("around an hour and a half, nothing longer", "short, about 80 min")
   is a ceiling at it (durations._capped);
Near miss: "a comedy about 90 minutes" with no capping word keeps its window.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks, runtime_at_most

pytestmark = pytest.mark.integration


async def test_a_length_one_cannot_do_then_a_ceiling(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("can't manage 3 hours tonight, 2 and a half tops")
    assert applied(turn).get("max_minutes") == 150 and not applied(turn).get("min_minutes"), applied(turn)
    await checked_picks(stack.gateway_url, turn, runtime_at_most(150))


async def test_a_trips_approximate_length_is_a_ceiling(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("red-eye flight, roughly 2 hours, anything to kill the boredom")
    assert applied(turn).get("max_minutes") == 120 and not applied(turn).get("min_minutes"), applied(turn)
    await checked_picks(stack.gateway_url, turn, runtime_at_most(120))


async def test_an_approximate_length_not_longer_is_a_ceiling(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a thriller around an hour and a half, nothing longer")
    assert applied(turn).get("max_minutes") == 90 and not applied(turn).get("min_minutes"), applied(turn)
    await checked_picks(stack.gateway_url, turn, runtime_at_most(90))


async def test_short_beside_an_approximate_length_is_a_ceiling(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("something funny and short, about 80 min")
    assert applied(turn).get("max_minutes") == 80 and not applied(turn).get("min_minutes"), applied(turn)
    await checked_picks(stack.gateway_url, turn, runtime_at_most(80))


async def test_an_approximate_length_alone_keeps_its_window(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy about 90 minutes")
    assert (applied(turn).get("min_minutes"), applied(turn).get("max_minutes")) == (81, 99), applied(turn)
