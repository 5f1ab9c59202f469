"""Dialogue round 30C through the real stack: content a watcher reacts to badly ("walks out whenever there's cursing")
is the clean cap like "no swearing"; a day or time of viewing ("for friday evening", "on a weeknight") is never a word
of the query; a scare wished for softly or for a little child is the scary mood that ranks, never the horror shelf,
and "still for him" keeps the child. Phrasings are this module's own; the fixture catalog holds children's titles with
ghosts and witches (rated TV-Y to TV-PG) beside grown-ups' horror.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, NOT_UNDERSTOOD, PRESCHOOL, applied, checked_picks, runtime_at_most

pytestmark = pytest.mark.integration

_DAY_WORDS = re.compile(r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|weeknight|afternoon|evening",
                        re.IGNORECASE)
_SCARE_SHELVES = {"horror", "thriller"}


def _query(turn: Any) -> str:
    return str(applied(turn).get("query") or "")


# -- 1. a reaction to content is the clean cap ------------------------------------------------------------------------

async def test_a_grandparent_walking_out_at_cursing_caps_a_long_situation(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my grandad is 85 and walks out of the room whenever there's cursing, my nan nods off "
                          "after 100 minutes, we need a movie for friday evening")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    await checked_picks(stack.gateway_url, turn,
                        lambda r: r["rating"] in FAMILY and r["type"] == "movie" and runtime_at_most(100)(r))
    assert not _DAY_WORDS.search(_query(turn)) and "walks" not in _query(turn), applied(turn)


async def test_getting_upset_by_bad_language_caps_a_comedy(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my mother in law gets really upset by bad language, any comedy for the weekend?")
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY and "comedy" in (r.get("genres") or []))
    assert "upset" not in _query(turn), applied(turn)


# -- 2. when the viewer watches is no topic ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "a thriller for saturday night",
    "any comedies to watch on a weeknight",
    "some drama for tomorrow afternoon",
])
async def test_a_time_of_viewing_never_reaches_the_query(stack: Any, chat: WebChat, text: str) -> None:
    turn = await chat.say(text)
    assert turn.items, turn.text
    assert not _DAY_WORDS.search(_query(turn)), applied(turn)


# -- 3. a softened scare, and a scare for a little child --------------------------------------------------------------

async def test_a_softened_scare_after_an_honest_no_for_a_toddler_keeps_the_child(stack: Any, chat: WebChat) -> None:
    await chat.say("a horror movie for my 3 year old")
    turn = await chat.say("alright, something a little spooky but sweet then, still for him")
    got = applied(turn)
    assert not (set(got.get("genres") or []) | set(got.get("any_genres") or [])) & _SCARE_SHELVES, got
    assert "scary" in (got.get("mood") or []) and "gently spooky" in turn.text, (got, turn.text)
    assert not re.search(r"still|sweet|spooky", _query(turn)), got
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in PRESCHOOL)


async def test_a_scary_wish_for_a_little_child_shows_titles_rated_for_the_child(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a scary show for my 5 year old")
    assert "scary" in (applied(turn).get("mood") or []) and applied(turn).get("audience") == "kids", applied(turn)
    await checked_picks(stack.gateway_url, turn,
                        lambda r: r["rating"] in {"TV-Y", "TV-G", "G", "TV-Y7", "TV-Y7-FV"} and r["type"] == "series")


async def test_a_mildly_creepy_wish_for_grown_ups_keeps_the_shelves_while_they_have_titles(stack: Any,
                                                                                          chat: WebChat) -> None:
    turn = await chat.say("a mildly creepy film for tonight")
    assert "scary" in (applied(turn).get("mood") or []), applied(turn)
    assert not re.search(r"mildly|creepy", _query(turn)), applied(turn)
    await checked_picks(stack.gateway_url, turn,
                        lambda r: r["type"] == "movie" and bool(set(r.get("genres") or []) & _SCARE_SHELVES))
