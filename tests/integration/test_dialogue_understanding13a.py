"""Dialogue round 13a through the real stack (NLU extraction classes), every pick judged on its catalog record.
Phrasings are this module's own.

Classes: "tops" before a number is an upper bound; a runtime with a number beats a size word said beside it; a
baby's arrival is news about the viewer, not a preschool audience (a baby watching still is); an apposition that
sharpens a negation ("…, especially the anime") keeps the negation; a vocabulary word said where a title goes
("we just finished dark, …", "ones like dark") is the title, and the same word elsewhere stays a mood.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import PRESCHOOL, applied, checked_picks, runtime_at_most

pytestmark = pytest.mark.integration

DARK_ID = "s2328"  # the German series "Dark" in tests/fixtures/netflix_small.csv


async def test_tops_before_the_number_is_an_upper_bound(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("an action movie, tops 100 minutes")
    assert applied(turn).get("max_minutes") == 100 and applied(turn).get("min_minutes") is None, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "action" in r["genres"] and runtime_at_most(100)(r))


async def test_a_number_beats_a_size_word_said_beside_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("only short comedies please, under 50 minutes")
    assert applied(turn).get("max_minutes") == 50, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and runtime_at_most(50)(r))


async def test_a_size_word_alone_still_bounds_the_runtime(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a short comedy")
    assert applied(turn).get("max_minutes") == 30, applied(turn)


async def test_a_baby_born_is_no_preschool_audience(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we had a baby a few months ago and fell behind, any good crime shows")
    assert applied(turn).get("audience") is None, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "crime" in r["genres"])


async def test_a_baby_watching_is_still_the_preschool_audience(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a cartoon to put on for my baby")
    assert applied(turn).get("audience") == "preschool", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in PRESCHOOL)


async def test_a_sleeping_baby_leaves_the_grown_ups(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the baby's asleep finally, a thriller for us")
    assert applied(turn).get("audience") in (None, "adult"), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "thriller" in r["genres"])


async def test_an_apposition_sharpening_a_negation_keeps_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my daughter hates kids shows, the anime stuff above all. something else for her")
    assert "anime" not in (applied(turn).get("genres") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "anime" not in r["genres"])


async def test_a_contrast_after_a_negation_stays_a_wish(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("no horror, but documentaries are fine")
    assert "documentary" in (applied(turn).get("genres") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "horror" not in r["genres"])


async def test_a_mood_word_where_a_title_goes_is_the_title(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("now series like dark")
    assert applied(turn).get("similar_to") == DARK_ID, applied(turn)
    assert "dark" not in (applied(turn).get("mood") or []), applied(turn)
    assert DARK_ID not in {i["id"] for i in turn.items}


async def test_a_title_just_finished_is_searched_like_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we just finished dark, need something similar")
    assert applied(turn).get("similar_to") == DARK_ID, applied(turn)
    assert "dark" not in (applied(turn).get("mood") or []), applied(turn)


async def test_the_same_word_before_a_genre_stays_a_mood(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("i like dark thrillers")
    assert applied(turn).get("similar_to") is None, applied(turn)
    assert "dark" in (applied(turn).get("mood") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "thriller" in r["genres"])
