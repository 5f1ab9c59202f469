"""Dialogue round 22h through the real stack: a franchise named with constraints (actions/franchise_titles.py).

Class (phrasings are this module's own): a franchise's name with who watches after it, after a format noun or a
comma, lists that franchise's titles filtered by who watches; when none is within the rating cap the answer says so
("No <franchise> movie is rated for young kids; the closest are:") and lists the franchise's mildest titles, never a
list of unrelated children's titles.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import shown_ids

pytestmark = pytest.mark.integration

KUNG_FU_PANDA = {"s5858", "s7242"}  # tests/fixtures/netflix_small.csv, both TV-PG


async def test_a_franchise_for_a_child_of_ten_after_a_comma(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("kung fu panda - which ones are fine for my 10 year old?")
    assert set(shown_ids(turn)) == KUNG_FU_PANDA, turn.text


async def test_a_franchise_none_of_which_fits_a_young_child_is_said_so(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("kung fu panda movies for my 5 year old please")
    assert set(shown_ids(turn)) == KUNG_FU_PANDA, turn.text
    assert "No kung fu panda movie is rated for young kids" in turn.text, turn.text


# A title of one rare word typed with one slip as the whole message (nlu/extraction/names.py _lone_title_slip).
OUTLANDER, CASTLEVANIA = "Outlander", "Castlevania"
FALLBACK = ("didn't quite get", "More like which title")


@pytest.mark.parametrize("said, title", [("outlandr", OUTLANDER), ("the castlevnia?", CASTLEVANIA)])
async def test_a_one_word_title_typed_with_a_slip_alone(stack: Any, chat: WebChat, said: str, title: str) -> None:
    turn = await chat.say(said)
    assert title in turn.text, turn.text
    assert not any(f in turn.text for f in FALLBACK), turn.text


# A follow-up of constraints after a franchise's list keeps the franchise (actions/franchise_titles._followed_up).
async def test_a_follow_up_era_after_a_franchise_keeps_it_and_says_none_is_from_then(stack: Any, chat: WebChat) -> None:
    first = await chat.say("kung fu panda?")
    assert set(shown_ids(first)) == KUNG_FU_PANDA, first.text
    turn = await chat.say("only the ones from the 80s")
    assert set(shown_ids(turn)) == KUNG_FU_PANDA, turn.text
    assert "No Kung Fu Panda title is from 1980–1989" in turn.text, turn.text


async def test_a_follow_up_age_after_a_franchise_keeps_it(stack: Any, chat: WebChat) -> None:
    first = await chat.say("kung fu panda")
    assert set(shown_ids(first)) == KUNG_FU_PANDA, first.text
    turn = await chat.say("which of them can my 11 year old watch?")
    assert set(shown_ids(turn)) == KUNG_FU_PANDA, turn.text
