"""Dialogue round 8 through the real stack (Rasa + action server + gateway on the fixture catalog), every pick
judged on its catalog record. Phrasings are this module's own.

Classes: a genre said in words of addition joins the search's genre; the search's director asked for as an actor;
"some other comic" keeps the specials; one of two co-stars by first name; a pivot to a title of a narrow list;
an origin turned down keeps the viewer's genre while titles of it are left elsewhere; a genre wish said as a
sentence keeps the cap and the format.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import checked_picks

pytestmark = pytest.mark.integration


async def test_action_films_and_some_comedy_are_both(stack: Any, chat: WebChat) -> None:
    await chat.say("action films")
    turn = await chat.say("and throw some comedy in")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: {"action", "comedy"} <= set(r["genres"]) and r["type"] == "movie")


async def test_her_acting_after_her_films_as_a_director(stack: Any, chat: WebChat) -> None:
    first = await chat.say("something directed by debbie allen")
    shown = {i["id"] for i in first.items}
    turn = await chat.say("ok and what has she acted in")
    records = await checked_picks(stack.gateway_url, turn, lambda r: "Debbie Allen" in r["cast"])
    assert not shown & {r["id"] for r in records}, "fresh picks"


async def test_anime_shows_not_made_in_japan_stay_anime(stack: Any, chat: WebChat) -> None:
    await chat.say("some anime shows")
    turn = await chat.say("none made in japan though")
    await checked_picks(stack.gateway_url, turn, lambda r: "anime" in r["genres"] and "Japan" not in r["countries"])


async def test_a_genre_wish_as_a_sentence_keeps_the_family_search(stack: Any, chat: WebChat) -> None:
    await chat.say("our boys are 6 and 8 and we only watch films together, what do you have")
    turn = await chat.say("a comedy one would be wonderful")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "comedy" in r["genres"] and r["type"] == "movie"
                        and r["rating"] in ("TV-Y", "TV-G", "G", "TV-Y7", "TV-Y7-FV"))


async def test_some_other_comic_keeps_the_specials(stack: Any, chat: WebChat) -> None:
    first = await chat.say("bo burnham stand-up")
    shown = {i["id"] for i in first.items}
    turn = await chat.say("some other comic please")
    records = await checked_picks(stack.gateway_url, turn,
                                  lambda r: "stand-up" in r["genres"] and "Bo Burnham" not in r["cast"])
    assert not shown & {r["id"] for r in records}


async def test_just_one_of_two_costars_by_first_name(stack: Any, chat: WebChat) -> None:
    await chat.say("films with robert de niro and joe pesci")
    turn = await chat.say("just robert then")
    await checked_picks(stack.gateway_url, turn, lambda r: "Robert De Niro" in r["cast"])
    assert turn.recommendations["constraints"].get("actors") == ["Robert De Niro"]


async def test_more_like_a_title_of_a_narrow_list_is_not_the_end(stack: Any, chat: WebChat) -> None:
    first = await chat.say("classic sports films")
    anchor = first.items[0]["id"]
    turn = await chat.say("more like the first one")
    records = await checked_picks(stack.gateway_url, turn, lambda r: r["id"] != anchor and r["type"] == "movie")
    assert not {i["id"] for i in first.items} & {r["id"] for r in records}
