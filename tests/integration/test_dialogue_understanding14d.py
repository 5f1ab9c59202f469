"""Dialogue round 14d through the real stack (titles in free text), every pick judged on its catalog record.
Phrasings are this module's own; titles from tests/fixtures/netflix_small.csv.

Classes: a title opening "but other ones / but not that one" is a like-search on it, and a favourite title with a
request for more like it is the anchor; titles said as seen beside a request are left out, now and later, and never
reach the query ("dark" among them is the series, not a mood); a maker asked for beside a "like" title narrows the
like-search to the title's director, relaxed with an honest note when they made nothing else; "skip the <word> ones"
after a list leaves out every title with the word in its name for the rest of the conversation.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks

pytestmark = pytest.mark.integration

DARK_ID, OZARK_ID, SHERLOCK_ID, BREAKING_BAD_ID = "s2328", "s2768", "s8003", "s5941"
LAST_KINGDOM_ID, MIDWIFE_ID, IRISHMAN_ID, NIGHTBOOKS_ID = "s2629", "s1999", "s3228", "s65"


def _ids(turn: Any) -> set[str]:
    return {i["id"] for i in turn.items}


# -- 1. a title opening "but other ones"; a favourite title ------------------------------------------------------------

@pytest.mark.parametrize("text,anchor", [
    ("the last kingdom but other ones", LAST_KINGDOM_ID),
    ("call the midwife, but not that one", MIDWIFE_ID),
])
async def test_a_title_then_but_other_ones_is_a_like_search(stack: Any, chat: WebChat, text: str, anchor: str) -> None:
    turn = await chat.say(text)
    assert applied(turn).get("similar_to") == anchor and not applied(turn).get("query"), applied(turn)
    assert anchor not in _ids(turn) and turn.items, turn.text


async def test_a_favourite_title_with_more_like_it_is_the_anchor(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("breaking bad is my all time fav, anything like it")
    assert applied(turn).get("similar_to") == BREAKING_BAD_ID, applied(turn)
    assert BREAKING_BAD_ID not in _ids(turn) and turn.items, turn.text


# -- 2. titles said as seen --------------------------------------------------------------------------------------------

async def test_titles_seen_beside_a_like_stay_out_now_and_later(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got anything like ozark? we saw dark and sherlock already")
    state = applied(turn)
    assert state.get("similar_to") == OZARK_ID and not state.get("mood") and not state.get("query"), state
    assert not _ids(turn) & {OZARK_ID, DARK_ID, SHERLOCK_ID}, turn.text
    later = await chat.say("more please")
    assert not _ids(later) & {DARK_ID, SHERLOCK_ID}, later.text
    assert {DARK_ID, SHERLOCK_ID} <= set(applied(later).get("exclude_ids") or []), applied(later)


async def test_titles_seen_beside_a_search_are_only_left_out(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("any good crime series? i've watched ozark and breaking bad already")
    state = applied(turn)
    assert "crime" in (state.get("genres") or []) and not state.get("similar_to") and not state.get("query"), state
    await checked_picks(stack.gateway_url, turn, lambda r: "crime" in r["genres"] and r["id"] not in
                        {OZARK_ID, BREAKING_BAD_ID})


async def test_titles_seen_and_nothing_else_are_all_taken_in(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("already seen sherlock and dark")
    if turn.recommendations is None:  # read as a "seen": each title recorded and named
        assert "Sherlock" in turn.text and "Dark" in turn.text, turn.text
    else:  # read as a request: titles like them, they themselves left out
        assert applied(turn).get("similar_to") in (SHERLOCK_ID, DARK_ID), applied(turn)
        assert turn.items and not _ids(turn) & {SHERLOCK_ID, DARK_ID}, turn.text


# -- 3. the maker of a "like" title ------------------------------------------------------------------------------------

async def test_same_director_narrows_the_like_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("more like the irishman, same director if possible")
    state = applied(turn)
    assert state.get("similar_to") == IRISHMAN_ID and state.get("directors") == ["Martin Scorsese"], state
    assert "whoever" not in turn.text and not state.get("query"), state
    await checked_picks(stack.gateway_url, turn, lambda r: "Martin Scorsese" in r["directors"]
                        and r["id"] != IRISHMAN_ID)


async def test_a_director_with_nothing_else_is_relaxed_honestly(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("something like nightbooks but by whoever directed it")
    state = applied(turn)
    assert state.get("similar_to") == NIGHTBOOKS_ID and not state.get("directors"), state
    assert "nothing else by David Yarovesky" in turn.text and "so these are just like Nightbooks" in turn.text
    assert not state.get("query") and turn.items and NIGHTBOOKS_ID not in _ids(turn), turn.text


# -- 4. "skip the <word> ones" -----------------------------------------------------------------------------------------

def _no_word(word: str) -> Any:
    return lambda r: word not in r["title"].casefold()


async def test_skip_the_word_ones_leaves_every_such_title_out_for_good(stack: Any, chat: WebChat) -> None:
    first = await chat.say("kids cartoons about singham")
    assert any("singham" in i["title"].casefold() for i in first.items), first.text
    turn = await chat.say("skip the singham ones")
    assert "Singham" in turn.text
    await checked_picks(stack.gateway_url, turn, _no_word("singham"))
    later = await chat.say("only movies")
    await checked_picks(stack.gateway_url, later, lambda r: r["type"] == "movie" and _no_word("singham")(r))


async def test_none_of_the_word_movies_after_a_list(stack: Any, chat: WebChat) -> None:
    first = await chat.say("lego stuff for my 7 year old")
    assert any("lego" in i["title"].casefold() for i in first.items), first.text
    turn = await chat.say("none of the lego ones")
    await checked_picks(stack.gateway_url, turn, _no_word("lego"))
    assert applied(turn).get("audience") == applied(first).get("audience"), applied(turn)


async def test_a_genre_turned_down_stays_a_genre(stack: Any, chat: WebChat) -> None:
    await chat.say("kids cartoons about singham")
    turn = await chat.say("skip the animated ones")
    assert "from now on" not in turn.text or "Singham" not in turn.text, turn.text
