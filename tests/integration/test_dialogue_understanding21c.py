"""Dialogue round 21c through the real stack: titles in free text.

Classes (phrasings are this module's own):
2. several titles before one likeness word ("<A> or <B> type stuff"): every one is a like-title, each left out of the
   picks and named in the answer (nlu/extraction/names.py ``_listed_before_likeness``);
3. slang praise before a like request ("<title> was lowkey sick", "<ordinary-word title> was a banger, any recs"):
   the title is the anchor, and the praise is neither a query word nor a mood (contract/praise.py,
   nlu/extraction/names.py ``_praised_subject``, actions/like_praise.py).
Near miss: the same slang with no title beside it keeps its meaning.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, assert_like_list, shown_ids

pytestmark = pytest.mark.integration

OZARK = "s2768"  # tests/fixtures/netflix_small.csv: a crime series
DARK = "s2328"   # tests/fixtures/netflix_small.csv: a German crime series
AHS = "s1702"    # tests/fixtures/netflix_small.csv: American Horror Story


async def test_slang_praise_makes_the_title_the_anchor_and_no_query(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("ozark was lowkey sick ngl, anything like it?")
    assert_like_list(turn, "Ozark", OZARK)
    got = applied(turn)
    assert "sick" not in str(got.get("query") or ""), got
    assert not got.get("mood"), got


async def test_an_ordinary_word_title_praised_as_a_banger_is_the_anchor(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("Dark was a total banger, any recs?")
    assert_like_list(turn, "Dark", DARK)


async def test_slang_without_a_title_keeps_its_meaning(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("something sick and twisted please")
    assert "like " not in str(applied(turn).get("similar_to") or ""), turn.text
    assert not applied(turn).get("similar_to"), applied(turn)


async def test_two_titles_before_one_likeness_word_are_both_anchors(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("ozark or american horror story type stuff")
    assert shown_ids(turn) and not {OZARK, AHS} & set(shown_ids(turn)), turn.text
    assert "Ozark" in turn.text and "American Horror Story" in turn.text, turn.text
