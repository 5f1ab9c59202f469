"""Issue 10, fifth round, the dialogue side (helper B's classes), through the real stack: Rasa + action server +
gateway on the fixture catalog, every pick judged on its catalog record (GET /api/items/{id}). Phrasings are
this module's own, never the evaluation sets'.

Classes: constraints drive the first turn whatever the label; people edits; relative words after a list;
"like X but Y"; follow-ups that carry constraints get fresh picks; a genre the catalog tags for one format only.
"""

from __future__ import annotations

import statistics
from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks

pytestmark = pytest.mark.integration


# -- relative words after a list ------------------------------------------------------------------

async def test_shorter_after_a_list_is_shorter_than_most_of_it(stack: Any, chat: WebChat) -> None:
    first = await chat.say("some action films")
    records = await checked_picks(stack.gateway_url, first, lambda r: r["type"] == "movie")
    median = statistics.median(r["duration_minutes"] for r in records if r["duration_minutes"])
    turn = await chat.say("hmm, shorter ones")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: r["type"] == "movie" and r["duration_minutes"] is not None
                        and r["duration_minutes"] < median)
    assert applied(turn)["max_minutes"] < median


# -- constraints drive the first turn, whatever the label -------------------------------------------

async def test_a_chatty_first_message_with_a_year_gets_picks_of_that_year(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("yo whats out from 2019")
    await checked_picks(stack.gateway_url, turn, lambda r: r["year"] == 2019)


async def test_a_first_message_about_a_loved_title_gets_picks_like_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("really enjoyed ozark. what now?")
    await checked_picks(stack.gateway_url, turn, lambda r: r["id"] != "s2768")
    assert applied(turn)["similar_to"] == "s2768"


async def test_a_greeting_that_asks_for_something_gets_picks(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("hello there, suggest me a comedy")
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"])


async def test_an_off_topic_message_with_a_place_is_still_declined(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("is it going to rain in france tomorrow")
    assert not turn.items


# -- people as edits of the search ----------------------------------------------------------------

async def test_what_about_another_actor_swaps_the_actor_and_keeps_the_format(stack: Any, chat: WebChat) -> None:
    first = await chat.say("films starring robert de niro")
    shown = {i["id"] for i in first.items}
    turn = await chat.say("what about harvey keitel")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie" and "Harvey Keitel" in r["cast"]
                        and r["id"] not in shown)


async def test_an_actor_too_keeps_the_first_actor(stack: Any, chat: WebChat) -> None:
    await chat.say("robert de niro movies")
    turn = await chat.say("harvey keitel as well")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "Robert De Niro" in r["cast"] and "Harvey Keitel" in r["cast"])


async def test_anything_by_a_director_after_a_genre_keeps_the_genre(stack: Any, chat: WebChat) -> None:
    await chat.say("some dramas")
    turn = await chat.say("anything by martin scorsese?")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "drama" in r["genres"] and "Martin Scorsese" in r["directors"])


async def test_not_by_him_leaves_the_director_out_and_keeps_the_rest(stack: Any, chat: WebChat) -> None:
    await chat.say("martin scorsese films")
    turn = await chat.say("something in that vein but not by him")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: r["type"] == "movie" and "Martin Scorsese" not in r["directors"])


# -- follow-ups that carry constraints get picks ----------------------------------------------------

async def test_one_with_many_seasons_after_a_list_gets_long_series(stack: Any, chat: WebChat) -> None:
    await chat.say("a comedy series")
    turn = await chat.say("one with loads of seasons, 4 or more")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: r["type"] == "series" and "comedy" in r["genres"] and (r.get("seasons") or 0) >= 4)


async def test_nothing_about_a_genre_after_a_list_excludes_it(stack: Any, chat: WebChat) -> None:
    await chat.say("documentary series")
    turn = await chat.say("nothing about crime or murders")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: r["type"] == "series" and "documentary" in r["genres"] and "crime" not in r["genres"])


async def test_other_films_like_those_after_a_list_are_fresh_picks(stack: Any, chat: WebChat) -> None:
    first = await chat.say("martin scorsese movies")
    shown = {i["id"] for i in first.items}
    turn = await chat.say("other movies like that")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie" and r["id"] not in shown)


# -- a genre the catalog tags for series only -------------------------------------------------------

async def test_a_film_search_for_crime_gets_thrillers_and_says_so(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("crime films please")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie" and "thriller" in r["genres"])
    assert "thriller" in turn.text.lower() and "crime" in turn.text.lower()


async def test_crime_series_switched_to_films_is_not_empty(stack: Any, chat: WebChat) -> None:
    await chat.say("crime dramas")
    turn = await chat.say("actually make it a movie")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie" and "drama" in r["genres"])


# -- "like X but Y": Y changes only what it names ---------------------------------------------------

async def test_like_a_horror_thriller_but_not_as_scary_keeps_the_suspense(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("something like hush but not as scary")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "horror" not in r["genres"] and ({"thriller", "mystery"} & set(r["genres"]))
                        and "kids" not in r["genres"])


async def test_like_a_classic_but_newer_keeps_the_recency_said_and_no_classics(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("like goodfellas but newer, from the last three years")
    # three years back from the catalog's newest (2021), that year included: 2018 on (docs/contracts.md "Recency")
    await checked_picks(stack.gateway_url, turn, lambda r: r["year"] >= 2018 and "classic" not in r["genres"])


async def test_like_a_long_film_but_shorter_keeps_the_bound_said(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("like the irishman but shorter, under two hours")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: r["type"] == "movie" and r["duration_minutes"] is not None and r["duration_minutes"] <= 120)


async def test_like_a_series_but_a_miniseries_keeps_the_format_and_the_count(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("like breaking bad but shorter, a miniseries")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and r.get("seasons") == 1)


async def test_a_topic_turned_down_keeps_the_search_and_leaves_its_titles_out(stack: Any, chat: WebChat) -> None:
    await chat.say("cartoons for my kids")
    turn = await chat.say("no lego stuff please")
    await checked_picks(stack.gateway_url, turn, lambda r: "kids" in r["genres"] and "lego" not in r["title"].lower())
