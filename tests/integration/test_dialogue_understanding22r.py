"""Dialogue review of round 22 through the real stack (phrasings are this module's own):
1. an acknowledgement opened by "no" ("no problem, throw in some romance too") adds to the search, never corrects it
   (contract/words.ANSWER_PARTICLE_PATTERN);
2. a genre in words of addition after a restating cue ("i was looking for something with romance too") joins the
   search's genres (actions/planning: only a genre with no ``add`` role replaces them);
3. a grandparent's visit told as a title's story ("a comedy about a grandpa in town for the holidays") caps nothing
   (nlu/extraction/audience.elders_in_company / _in_a_story).
Near misses: "no, i meant romance" still replaces the genre; grandparents in town as company stay the grown-ups' cap.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, applied

pytestmark = pytest.mark.integration



def _genres(got: dict[str, Any]) -> set[str]:
    return set(got.get("genres") or []) | set(got.get("any_genres") or [])


async def test_no_problem_then_a_genre_adds_it(stack: Any, chat: WebChat) -> None:
    await chat.say("comedy films please")
    turn = await chat.say("no problem, throw in some romance too")
    got = applied(turn)
    assert {"comedy", "romance"} <= _genres(got), got


async def test_a_genre_added_after_a_restating_cue_joins(stack: Any, chat: WebChat) -> None:
    await chat.say("comedy films please")
    turn = await chat.say("i was looking for something with romance too")
    got = applied(turn)
    assert {"comedy", "romance"} <= _genres(got), got


async def test_near_miss_i_meant_still_replaces(stack: Any, chat: WebChat) -> None:
    await chat.say("comedy films please")
    turn = await chat.say("no, i meant romance")
    got = applied(turn)
    assert _genres(got) == {"romance"}, got


async def test_a_grandparent_in_the_story_caps_nothing(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy about a grandpa in town for the holidays")
    got = applied(turn)
    assert "comedy" in _genres(got), got
    assert not got.get("ratings") and not got.get("audience"), got


async def test_near_miss_grandparents_in_town_are_the_cap(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("grandparents in town this weekend, any comedies")
    got = applied(turn)
    assert got.get("ratings") and set(got["ratings"]) <= FAMILY, got
