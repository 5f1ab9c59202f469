"""Dialogue round 30B through the real stack: a title named with its maker's possessive ("<director>'s <title>, …
along those lines") is a like-search on the title. The possessive only says whose title it is: the director is no
constraint, the title itself is never shown (nor on the follow-up), and the picks share a genre with it; the
director's work asked for in so many words stays a constraint. Phrasings are this module's own; the fixture catalog
(it holds a dozen of Martin Scorsese's titles: Shutter Island, a thriller; The Irishman, a drama).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, assert_like_list, checked_picks, shown_ids

pytestmark = pytest.mark.integration

_SHUTTER_ISLAND = "s1359"
_THE_IRISHMAN = "s3228"


def _shares(genre: str):
    return lambda r: genre in (r.get("genres") or [])


async def test_a_directors_possessive_only_says_whose_title(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("scorsese's shutter island, got anything along those lines?")
    assert_like_list(turn, "Shutter Island", _SHUTTER_ISLAND)
    assert not applied(turn).get("directors"), applied(turn)
    await checked_picks(stack.gateway_url, turn, _shares("thriller"))
    turn = await chat.say("only films")
    assert _SHUTTER_ISLAND not in shown_ids(turn), turn.text
    assert not applied(turn).get("directors"), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie")


async def test_a_capitalised_possessive_then_a_likeness_word(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("Martin Scorsese's The Irishman type of thing")
    assert_like_list(turn, "The Irishman", _THE_IRISHMAN)
    assert not applied(turn).get("directors"), applied(turn)
    await checked_picks(stack.gateway_url, turn, _shares("drama"))


async def test_a_likeness_cue_before_the_possessive(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("any films similar to scorsese's shutter island?")
    assert_like_list(turn, "Shutter Island", _SHUTTER_ISLAND)
    assert not applied(turn).get("directors"), applied(turn)


async def test_the_directors_work_asked_for_stays_a_constraint(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("what else did scorsese direct")
    assert applied(turn).get("directors") == ["Martin Scorsese"], applied(turn)
