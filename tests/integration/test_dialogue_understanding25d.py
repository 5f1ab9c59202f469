"""Dialogue round 25d through the real stack: follow-ups as edits, relaxation, numbers, long messages, junk query words.

Classes (phrasings are this module's own; the fixture catalog):
1. a constraint given up in words ("not fussed when they were made") or an origin offered beside the search's ("or
   german, either is fine") edits the active search (edits._HOW_RE, planning._origin_alternatives);
2. list follow-ups: "shorter than all of these" is relative to the list (cues._LIST_COMPARATIVES), "not the top one,
   my cousin loved it" leaves the first title out (positions._TOP_RE, feedback._positions_turned_down);
3. numbers in words: "hour and a half tops" is a ceiling (durations.QTY); a G rating beside a toddler is the
   toddler's band (constraints._band_of_child_rating);
4. a long message's earlier wish ("i've heard there are great nature series") counts with its last sentence
   (query_text._STORY_WISH);
5. relatives by marriage and adverbs of habit never reach the query (query_text._COMPANION_WHO, words.FILLER_WORDS).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import PRESCHOOL, applied, shown_ids

pytestmark = pytest.mark.integration


# -- 1 -------------------------------------------------------------------------------------------------------------

async def test_when_it_was_made_not_mattering_drops_the_era(stack: Any, chat: WebChat) -> None:
    await chat.say("a comedy film from the 1950s under 80 minutes")
    turn = await chat.say("ok, i'm not fussed when they were made")
    got = applied(turn)
    assert not got.get("year_min") and not got.get("year_max"), (turn.text, got)
    assert got.get("genres") == ["comedy"] and got.get("max_minutes") == 80, (turn.text, got)


async def test_an_origin_offered_beside_the_search_joins_it(stack: Any, chat: WebChat) -> None:
    first = await chat.say("french films please")
    turn = await chat.say("or german, either is fine")
    got = applied(turn)
    assert sorted(got.get("countries") or []) == ["France", "Germany"], (turn.text, got)
    assert got.get("media_type") == ["movie"], (turn.text, got)
    assert shown_ids(turn) and shown_ids(turn) != shown_ids(first), turn.text


# -- 2 -------------------------------------------------------------------------------------------------------------

async def test_shorter_than_the_whole_list(stack: Any, chat: WebChat) -> None:
    await chat.say("action films")
    turn = await chat.say("anything shorter than all of these?")
    got = applied(turn)
    assert got.get("max_minutes") and got.get("genres") == ["action"], (turn.text, got)
    assert shown_ids(turn), turn.text


async def test_not_the_top_one_leaves_it_out(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedy series")
    assert shown_ids(first), first.text
    turn = await chat.say("not the top one, my cousin loved it")
    assert shown_ids(turn) and shown_ids(first)[0] not in shown_ids(turn), turn.text
    assert "Glad you liked" not in turn.text, turn.text


# -- 3 -------------------------------------------------------------------------------------------------------------

async def test_hour_and_a_half_tops_is_a_ceiling(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a romantic comedy, hour and a half tops")
    got = applied(turn)
    assert got.get("max_minutes") == 90, (turn.text, got)
    assert all((i.get("duration_minutes") or 999) <= 90 for i in turn.items) and shown_ids(turn), turn.text


async def test_a_g_rating_for_a_toddler_is_the_toddlers_band(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a G rated kids movie for my 2 year old")
    got = applied(turn)
    assert got.get("audience") == "preschool" and got.get("ratings") in (None, []), (turn.text, got)
    assert shown_ids(turn) and all(i.get("rating") in PRESCHOOL for i in turn.items), turn.text


# -- 4 -------------------------------------------------------------------------------------------------------------

async def test_an_earlier_wish_of_a_long_message_counts(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("We finally finished moving house and tonight is ours at last. I've heard there are some "
                          "great documentary series lately. Something from the last few years, please.")
    got = applied(turn)
    assert "documentary" in (got.get("genres") or []) and got.get("media_type") == ["series"], (turn.text, got)


# -- 5 -------------------------------------------------------------------------------------------------------------

async def test_relatives_by_marriage_and_habits_are_no_topic(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("watching with my sister in law, she always picks a thriller")
    got = applied(turn)
    query = str(got.get("query") or "")
    assert "law" not in query.split() and "always" not in query.split(), (turn.text, got)
