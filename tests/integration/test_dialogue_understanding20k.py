"""Dialogue round 20k through the real stack: polite, formal follow-ups after a list.

Classes (phrasings are this module's own):
1. a format said with "television" ("television series / show / programme") is the format, as "tv ..." is: a
   correction of the format keeps the rest of the search (nlu/extraction/media.py), never a query word "television";
2. a return to "my initial search" / "what I originally asked for" is the conversation's first list
   (actions/earlier_lists._WHICH_RE);
3. a degree before a comparative ("a tad older") is no query word (actions/query_text._DEGREE);
4. "from anybody" / "any director is fine" drops the search's person, the rest kept (actions/edits._ANYONE_WILL_DO);
5. "anything else by the same director?" after a title's card is that title's director's other titles
   (actions/made_by.director_of_the_title_in_view).
Near misses: "what was my original request?" asks nothing back; "safe for anyone" keeps the person.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, shown_ids

pytestmark = pytest.mark.integration

GOODFELLAS = "s6881"  # tests/fixtures/netflix_small.csv: a Martin Scorsese film



async def test_a_television_series_correction_keeps_the_origin(stack: Any, chat: WebChat) -> None:
    first = await chat.say("some british films")
    assert shown_ids(first), first.text
    turn = await chat.say("Do excuse me, I was after a television series.")
    got = applied(turn)
    assert got.get("media_type") in ("series", ["series"]), got
    assert "United Kingdom" in (got.get("countries") or []), got
    assert "television" not in str(got.get("query") or ""), got


async def test_return_to_my_initial_search_is_the_first_list(stack: Any, chat: WebChat) -> None:
    one = await chat.say("fantasy movies")
    two = await chat.say("hmm, comedies instead")
    assert shown_ids(one) and set(shown_ids(one)) != set(shown_ids(two)), (one.text, two.text)
    turn = await chat.say("Could we kindly go back to what I originally asked for?")
    assert shown_ids(turn) == shown_ids(one), turn.text


async def test_original_said_in_a_question_asks_nothing_back(stack: Any, chat: WebChat) -> None:
    one = await chat.say("fantasy movies")
    await chat.say("hmm, comedies instead")
    turn = await chat.say("what was my original request?")
    assert shown_ids(turn) != shown_ids(one) or not shown_ids(turn), turn.text


async def test_a_tad_older_is_no_query_word(stack: Any, chat: WebChat) -> None:
    first = await chat.say("dramas from the 2010s")
    assert shown_ids(first), first.text
    turn = await chat.say("Might you have something a tad older?")
    got = applied(turn)
    assert "tad" not in str(got.get("query") or ""), got
    years = [int(i["year"]) for i in first.items if i.get("year")]
    assert got.get("year_max") is not None and got["year_max"] < max(years), got
    assert not got.get("year_min"), got  # the decade's floor gave way


async def test_a_genre_from_anybody_drops_the_person(stack: Any, chat: WebChat) -> None:
    first = await chat.say("films directed by martin scorsese")
    assert shown_ids(first), first.text
    turn = await chat.say("Or perhaps a comedy instead, directed by anybody at all.")
    got = applied(turn)
    assert not got.get("directors") and "comedy" in (got.get("genres") or []), got
    assert shown_ids(turn), turn.text


async def test_safe_for_anyone_keeps_the_person(stack: Any, chat: WebChat) -> None:
    await chat.say("films directed by martin scorsese")
    turn = await chat.say("ones that are safe for anyone")
    assert "Martin Scorsese" in str(applied(turn).get("directors") or applied(turn)), turn.text


async def test_anything_else_by_the_same_director_after_a_card(stack: Any, chat: WebChat) -> None:
    card = await chat.say("tell me about goodfellas")
    assert "GoodFellas" in card.text or "Goodfellas" in card.text, card.text
    turn = await chat.say("Thank you. Is there anything else by the same director?")
    assert applied(turn).get("directors") == ["Martin Scorsese"], (turn.text, applied(turn))
    assert GOODFELLAS not in shown_ids(turn), turn.text
