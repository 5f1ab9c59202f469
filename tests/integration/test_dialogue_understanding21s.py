"""Dialogue round 21s through the real stack: follow-ups about the list just shown.

Classes (phrasings are this module's own):
1. a seen remark naming list positions the extractor reads no entity in ("seen the first couple", "seen the first of
   those") leaves those titles out and shows fresh picks of the same search (actions/edits.find_seen), with no query
   word from the chatter;
2. a like of a listed title with chatter around it ("loved the look of number 2. like that") is a like-search on that
   title whatever the label (actions/base._likes_a_listed_title, planning._MORE_OF_IT_RE);
3. "whatever he's in then" or "is he in any films" after nothing matched a person and a genre keeps the person and
   drops the genre; "any german series, doesn't matter what" drops the genre; "it doesn't have to be that new" drops
   the year bound (actions/edits.find_removals);
4. "shorter ones in general" searches no word "general" (actions/query_text._EDIT_REACH); "more seasons than that"
   after a listed title's card is past that title's count (actions/cues.season_comparison_items).
Near misses: "what's the second one like?" is that title's card, no like-search.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import NOT_UNDERSTOOD, applied, shown_ids

pytestmark = pytest.mark.integration

BASE = "crime series"


async def test_seen_the_first_couple_leaves_them_out(stack: Any, chat: WebChat) -> None:
    first = await chat.say(BASE)
    assert len(shown_ids(first)) >= 2, first.text
    turn = await chat.say("we've seen the first couple already, got more?")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    got = applied(turn)
    assert "crime" in (got.get("genres") or []) and not got.get("query"), got
    assert not set(shown_ids(first)[:2]) & set(shown_ids(turn)), turn.text


async def test_seen_the_first_of_those_leaves_it_out(stack: Any, chat: WebChat) -> None:
    first = await chat.say(BASE)
    assert shown_ids(first), first.text
    turn = await chat.say("my brother's seen the first of those already")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    assert shown_ids(turn) and shown_ids(first)[0] not in shown_ids(turn), turn.text
    assert "crime" in (applied(turn).get("genres") or []), applied(turn)


async def test_a_liked_listed_title_with_chatter_is_a_like_search(stack: Any, chat: WebChat) -> None:
    first = await chat.say(BASE)
    assert len(shown_ids(first)) >= 2, first.text
    turn = await chat.say("my wife loved the look of number 2. like that")
    assert applied(turn).get("similar_to") == shown_ids(first)[1], (turn.text, applied(turn))


async def test_likes_the_third_more_of_that_sort_is_a_like_search(stack: Any, chat: WebChat) -> None:
    first = await chat.say(BASE)
    assert len(shown_ids(first)) >= 3, first.text
    turn = await chat.say("grandad likes the third one, more of that sort")
    assert applied(turn).get("similar_to") == shown_ids(first)[2], (turn.text, applied(turn))


async def test_what_is_the_second_like_is_no_like_search(stack: Any, chat: WebChat) -> None:
    first = await chat.say(BASE)
    assert len(shown_ids(first)) >= 2, first.text
    turn = await chat.say("what's the second one like?")
    assert turn.recommendations is None or not applied(turn).get("similar_to"), turn.text


async def test_whatever_he_is_in_keeps_the_person_drops_the_genre(stack: Any, chat: WebChat) -> None:
    await chat.say("horror with robert de niro")
    turn = await chat.say("oh well, whatever hes in then")
    got = applied(turn)
    assert got.get("actors") == ["Robert De Niro"] and not got.get("genres"), (turn.text, got)
    assert shown_ids(turn), turn.text


async def test_need_not_be_that_new_drops_the_year(stack: Any, chat: WebChat) -> None:
    await chat.say("dramas from 2021")
    turn = await chat.say("hmm ok it doesnt have to be that new")
    got = applied(turn)
    assert "drama" in (got.get("genres") or []), got
    assert not got.get("year_min") and not got.get("year_max") and not got.get("recent_years"), (turn.text, got)


async def test_is_he_in_a_series_keeps_the_person_drops_the_genre(stack: Any, chat: WebChat) -> None:
    await chat.say("horror with robert de niro")
    turn = await chat.say("hmm is he in any films")
    got = applied(turn)
    assert got.get("actors") == ["Robert De Niro"] and not got.get("genres"), (turn.text, got)
    assert shown_ids(turn), turn.text


async def test_any_german_series_doesnt_matter_what_drops_the_genre(stack: Any, chat: WebChat) -> None:
    await chat.say("german crime series")
    turn = await chat.say("fine, any german series then, doesn't matter what")
    got = applied(turn)
    assert not got.get("genres") and "Germany" in (got.get("countries") or []), (turn.text, got)


async def test_shorter_in_general_is_no_query_word(stack: Any, chat: WebChat) -> None:
    await chat.say("comedy movies")
    turn = await chat.say("ok shorter ones in general then")
    got = applied(turn)
    assert got.get("max_minutes") and not got.get("query"), (turn.text, got)


async def test_more_seasons_than_that_after_a_card_is_past_its_count(stack: Any, chat: WebChat) -> None:
    first = await chat.say(BASE)
    assert first.items, first.text
    card = await chat.say("tell me about the first one")
    seasons = first.items[0].get("seasons")
    assert seasons, card.text
    turn = await chat.say("hmm actually something with more seasons than that")
    got = applied(turn)
    assert got.get("min_seasons") == seasons + 1 and "crime" in (got.get("genres") or []), (turn.text, got)
