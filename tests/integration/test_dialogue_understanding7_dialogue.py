"""Issue 10, seventh round, the dialogue side, through the real stack: Rasa + action server + gateway on the
catalog, every pick judged on its catalog record (GET /api/items/{id}). Phrasings are this module's own, never
the evaluation sets' or the digest's.

Classes: (a) a bare person follow-up ("starring <actor>", "featuring <person>") keeps the search and adds the
person; (c) "older ones, like a classic" is older than the list and keeps its genre; (d) a genre named in place of
one of the search's two genres replaces that one only; (f) "shorter than those" and "shorter, the last one was
2 hours" are shorter than the list (no window around the number); (b) a like or "seen" of a title that asks for
more, or an opening like, gets picks like it; (e) "for adults now" after a family search drops the cap and the
family genre (children's titles left out).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import checked_picks

pytestmark = pytest.mark.integration


async def test_starring_a_person_after_action_films_keeps_the_action(stack: Any, chat: WebChat) -> None:
    await chat.say("some comedy films")
    turn = await chat.say("starring bill murray")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "comedy" in r["genres"] and "Bill Murray" in r["cast"] and r["type"] == "movie")


async def test_featuring_a_person_after_dramas_keeps_the_dramas(stack: Any, chat: WebChat) -> None:
    await chat.say("dramas please")
    turn = await chat.say("ok featuring robert de niro")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "drama" in r["genres"] and "Robert De Niro" in r["cast"])


async def test_a_genre_instead_of_one_of_two_keeps_the_other(stack: Any, chat: WebChat) -> None:
    await chat.say("romantic comedies")
    turn = await chat.say("make it a drama rather than a comedy")
    await checked_picks(stack.gateway_url, turn, lambda r: {"romance", "drama"} <= set(r["genres"]))


async def test_older_ones_like_classic_keeps_the_genre_and_goes_older(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedy films")
    shown = await checked_picks(stack.gateway_url, first, lambda r: "comedy" in r["genres"])
    newest = max(r["year"] for r in shown)
    turn = await chat.say("older ones, like a classic")
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and r["year"] < newest)


async def test_shorter_than_those_is_shorter_than_the_list_shown(stack: Any, chat: WebChat) -> None:
    first = await chat.say("some dramas")
    shown = await checked_picks(stack.gateway_url, first, lambda r: "drama" in r["genres"])
    longest = max(r["duration_minutes"] or 0 for r in shown)
    turn = await chat.say("something shorter than those")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "drama" in r["genres"] and r["duration_minutes"] is not None
                        and r["duration_minutes"] < longest)


async def test_shorter_with_the_runtime_of_the_title_shown_is_no_window_around_it(stack: Any, chat: WebChat) -> None:
    await chat.say("some dramas")
    turn = await chat.say("shorter ones, the last one was 2 hours")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "drama" in r["genres"] and r["duration_minutes"] is not None
                        and r["duration_minutes"] < 105)


async def test_an_opening_like_of_a_title_gets_picks_like_it_without_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("i really loved ozark")
    found = await checked_picks(stack.gateway_url, turn, lambda r: r["title"] != "Ozark")
    assert found


async def test_a_finished_title_with_more_like_that_gets_picks_without_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we just finished into the night, more like that please")
    await checked_picks(stack.gateway_url, turn, lambda r: r["title"] != "Into the Night")


async def test_adults_now_after_a_family_search_drops_the_family_films(stack: Any, chat: WebChat) -> None:
    await chat.say("family movies for my 9 year old")
    turn = await chat.say("the kids are asleep now, something for adults")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "kids" not in r["genres"] and r["type"] == "movie")
