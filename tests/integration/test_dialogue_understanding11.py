"""Dialogue round 13 (part B) through the real stack (Rasa + action server + gateway on the fixture catalog), every
pick judged on its catalog record. Phrasings are this module's own.

Classes: a turn-down alone keeps a search with a season bound; a bare bound takes the search's unit; fewer seasons
are relative to the list; a topic word alone keeps the search; an origin alone opens one; "about <genre>" asks
for a subject genre with the search's; a runtime on a series-only genre searches films.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks

pytestmark = pytest.mark.integration


async def test_a_turn_down_alone_keeps_the_season_bound(stack: Any, chat: WebChat) -> None:
    await chat.say("comedy series with at least 3 seasons")
    turn = await chat.say("no reality crap")
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and r["type"] == "series"
                        and (r.get("seasons") or 0) >= 3 and "reality" not in r["genres"])


async def test_a_bare_bound_after_a_series_search_counts_seasons(stack: Any, chat: WebChat) -> None:
    await chat.say("anime with lots of seasons")
    turn = await chat.say("3 or more")
    await checked_picks(stack.gateway_url, turn, lambda r: "anime" in r["genres"] and (r.get("seasons") or 0) >= 3)


async def test_fewer_seasons_are_below_the_list_shown(stack: Any, chat: WebChat) -> None:
    first = await chat.say("drama series")
    counts = sorted(i["seasons"] for i in first.items)
    turn = await chat.say("fewer seasons pls")
    median = counts[len(counts) // 2]
    await checked_picks(stack.gateway_url, turn, lambda r: "drama" in r["genres"] and r["type"] == "series"
                        and (r.get("seasons") or 99) < max(median, 2))


async def test_a_topic_word_alone_keeps_the_search(stack: Any, chat: WebChat) -> None:
    await chat.say("comedy movies")
    turn = await chat.say("cooking")
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and r["type"] == "movie")
    assert applied(turn).get("query") == "cooking", applied(turn)


async def test_an_origin_alone_is_a_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("german")
    await checked_picks(stack.gateway_url, turn, lambda r: "Germany" in (r.get("countries") or []))


async def test_about_a_subject_genre_after_documentaries_asks_for_both(stack: Any, chat: WebChat) -> None:
    await chat.say("some documentaries")
    turn = await chat.say("about sports")
    await checked_picks(stack.gateway_url, turn, lambda r: {"documentary", "sports"} <= set(r["genres"]))


async def test_a_runtime_after_a_nature_documentary_shows_films(stack: Any, chat: WebChat) -> None:
    await chat.say("a documentary about nature")
    turn = await chat.say("something under an hour and a half")
    await checked_picks(stack.gateway_url, turn, lambda r: "documentary" in r["genres"] and r["type"] == "movie"
                        and 0 < (r.get("duration_minutes") or 999) <= 90)
