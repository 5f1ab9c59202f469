"""Dialogue round 13e through the real stack (NLU extraction classes), every pick judged on its catalog record.
Phrasings are this module's own.

Classes: several titles after one likeness cue ("similar to both X and Y", "fans of X, Y and Z") are all similar
titles, lowercase one-word titles included, while a conjunct that is no title keeps its own reading; two titles
compared ("is X better than Y", "which is creepier, X or Y") are both titles; a subject word negated beside the genre
asked for ("sci fi but not space stuff") leaves that genre wanted, while a sub-genre of its own stays ruled out.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat, parsed
from checks import applied, checked_picks

pytestmark = pytest.mark.integration

# Series in tests/fixtures/netflix_small.csv
OZARK_ID, BREAKING_BAD_ID, SHERLOCK_ID, HANNIBAL_ID = "s2768", "s5941", "s8003", "s6918"


def parsed_titles(stack: Any, text: str) -> list[tuple[str, str | None]]:
    """The titles (value, role) the running Rasa server reads in ``text``."""
    return [(value, role) for entity, value, role in parsed(stack.rasa_url, text) if entity == "title"]


async def test_every_title_after_one_likeness_cue_is_read(stack: Any, chat: WebChat) -> None:
    text = "any series similar to both ozark and breaking bad?"
    assert parsed_titles(stack, text) == [("Ozark", "similar"), ("Breaking Bad", "similar")]
    turn = await chat.say(text)
    anchor = applied(turn).get("similar_to")
    assert anchor in (OZARK_ID, BREAKING_BAD_ID), applied(turn)
    # the actions search like one anchor (the last similar title); that one is never offered back
    assert anchor not in {i["id"] for i in turn.items}, turn.items


async def test_a_three_title_list_with_a_lowercase_one_word_title(stack: Any, chat: WebChat) -> None:
    text = "we're fans of hannibal, ozark and sherlock, what else"
    assert parsed_titles(stack, text) == [("Hannibal", "similar"), ("Ozark", "similar"), ("Sherlock", "similar")]
    turn = await chat.say(text)
    assert applied(turn).get("similar_to") in (HANNIBAL_ID, OZARK_ID, SHERLOCK_ID), applied(turn)


async def test_a_conjunct_that_is_no_title_stays_a_wish(stack: Any, chat: WebChat) -> None:
    text = "shows like ozark and funny"
    assert parsed_titles(stack, text) == [("Ozark", "similar")]
    turn = await chat.say(text)
    assert applied(turn).get("similar_to") == OZARK_ID, applied(turn)
    assert "funny" in (applied(turn).get("mood") or []), applied(turn)


async def test_two_compared_titles_are_both_read(stack: Any, chat: WebChat) -> None:
    assert parsed_titles(stack, "is ozark better than breaking bad?") == [("Ozark", None), ("Breaking Bad", None)]
    assert parsed_titles(stack, "which is creepier, hannibal or sherlock") == [("Hannibal", None), ("Sherlock", None)]


async def test_a_comparison_without_two_titles_reads_none(stack: Any, chat: WebChat) -> None:
    assert parsed_titles(stack, "is anything scarier than dark") == []


async def test_a_negated_subject_keeps_the_genre_asked_for(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("some sci fi, but not space stuff")
    assert "sci-fi" in (applied(turn).get("genres") or []), applied(turn)
    assert "sci-fi" not in (applied(turn).get("exclude_genres") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "sci-fi" in r["genres"])


async def test_a_negated_sub_genre_stays_ruled_out(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy but no stand-up")
    assert "stand-up" in (applied(turn).get("exclude_genres") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and "stand-up" not in r["genres"])
