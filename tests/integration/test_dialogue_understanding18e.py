"""Dialogue round 18e through the real stack: titles and exclusions by name or kind.

Classes (phrasings are this module's own): a franchise turned down by its one-word name inside a first request is
left out (actions/title_words.py ``named_in_request``, actions/franchises.py); the supernatural ruled out is the
sci-fi & fantasy shelf (nlu/extraction/genres.py ``SUPERNATURAL_WORDS``); a language word never anchors a like-search
on a title that only tags it in brackets (nlu/extraction/names.py ``_only_the_bracketed_words``); a title praised then
"more <kind> like it", and a title someone "loves", are like-searches (names.py ``_LIKENESS_BACK_RE``, SIMILAR_CUES).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import checked_picks

pytestmark = pytest.mark.integration

# tests/fixtures/netflix_small.csv
BARBIE = {"s6236", "s6242"}
SEVEN_TELUGU = "Seven (Telugu)"


def _ids(turn: Any) -> set[str]:
    return {str(i["id"]) for i in turn.items}


async def test_a_franchise_turned_down_by_one_word_in_the_request_is_left_out(stack: Any, chat: WebChat) -> None:
    first = await chat.say("barbie movies")
    assert _ids(first) & BARBIE, first.text  # the franchise is there to leave out
    await chat.say("/restart")
    turn = await chat.say("movies for my little girl but not barbie")
    assert turn.items and not _ids(turn) & BARBIE, turn.text


async def test_the_supernatural_ruled_out_is_no_horror_and_no_fantasy(stack: Any, chat: WebChat) -> None:
    first = await chat.say("a tv series for tonight")
    assert first.recommendations is not None, first.text
    turn = await chat.say("nothing supernatural or horror though")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "horror" not in r["genres"] and "fantasy" not in r["genres"])


async def test_a_language_word_is_no_like_search_on_a_bracketed_title(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("no hindi please, telugu or tamil movies are fine")
    assert SEVEN_TELUGU not in turn.text and "like Seven" not in turn.text, turn.text


async def test_a_praised_title_then_more_of_a_kind_like_it_is_a_like_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("vincenzo was amazing, more korean like it")
    assert turn.items and "Sorry, I didn't quite get that" not in turn.text, turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: "ko" in (r.get("languages") or []))


async def test_a_whole_title_turned_down_in_the_request_is_left_out(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a fun kids movie with spies in it, but not spy kids")
    assert turn.items and "s8075" not in _ids(turn), turn.text


async def test_newer_than_a_1960s_anchor_is_a_modern_title(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("something like cool hand luke but newer")
    await checked_picks(stack.gateway_url, turn, lambda r: (r.get("year") or 0) >= 1995)


async def test_a_title_a_child_loves_is_a_like_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my son loves titipo titipo")
    assert turn.items and "outside what I can help with" not in turn.text, turn.text
    assert "Titipo" in turn.text, turn.text  # the answer says what it is like


async def test_a_title_typed_with_a_slip_is_the_longer_title_not_its_shorter_namesake(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("stargate sgi")  # the fixture has "Stargate" and "Stargate SG-1"
    assert "Stargate SG-1" in turn.text and "That sounds like Stargate —" not in turn.text, turn.text
