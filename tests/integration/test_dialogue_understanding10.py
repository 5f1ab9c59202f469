"""Dialogue round 12 (part A) through the real stack (Rasa + action server + gateway on the fixture catalog), every
pick judged on its catalog record. Phrasings are this module's own.

Classes: a listed title turned down with an opinion (left out, the search kept, no pivot to it); the search's
person added in a second role; people named together whom no title has together (either of them, said so); "anything
else with him?" keeping the search's filters while some are left; a genre added to the search's.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks

pytestmark = pytest.mark.integration


async def test_a_listed_title_called_lame_is_left_out_and_the_search_kept(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedies with fortune feimster")
    await checked_picks(stack.gateway_url, first, lambda r: "Fortune Feimster" in r["cast"] and "comedy" in r["genres"],
                        min_items=3)
    shown = {i["id"] for i in first.items}
    turn = await chat.say("the third one looks kinda lame, what else")
    await checked_picks(stack.gateway_url, turn, lambda r: "Fortune Feimster" in r["cast"] and "comedy" in r["genres"]
                        and r["id"] not in shown)
    assert not applied(turn).get("similar_to"), applied(turn)


async def test_his_films_as_director_with_him_acting_too(stack: Any, chat: WebChat) -> None:
    await chat.say("anything directed by bo burnham")
    turn = await chat.say("and with him acting in it as well")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "Bo Burnham" in r["cast"] and "Bo Burnham" in (r.get("directors") or []))
    assert applied(turn).get("actors") == ["Bo Burnham"] and applied(turn).get("directors") == ["Bo Burnham"]


async def test_two_actors_never_in_one_title_give_either_of_them(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("movies with seth rogen and david spade")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: r["type"] == "movie" and bool({"Seth Rogen", "David Spade"} & set(r["cast"])))
    assert "either" in turn.text.lower(), turn.text


async def test_two_actors_who_share_titles_are_both_required(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("films starring robert de niro and harvey keitel")
    await checked_picks(stack.gateway_url, turn, lambda r: {"Robert De Niro", "Harvey Keitel"} <= set(r["cast"]))


async def test_a_person_added_whom_nobody_shares_a_title_with(stack: Any, chat: WebChat) -> None:
    await chat.say("anything with andy samberg")
    turn = await chat.say("seth rogen too")
    await checked_picks(stack.gateway_url, turn, lambda r: bool({"Andy Samberg", "Seth Rogen"} & set(r["cast"])))
    assert "either" in turn.text.lower(), turn.text


async def test_anything_else_with_her_keeps_the_genre_while_some_are_left(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedy films with fortune feimster under 40 minutes")
    shown = {i["id"] for i in first.items}
    assert shown, first.text
    turn = await chat.say("anything else with her?")
    found = await checked_picks(stack.gateway_url, turn, lambda r: "Fortune Feimster" in r["cast"]
                                and r["id"] not in shown)
    assert all("comedy" in r["genres"] for r in found), turn.text
    shown |= {i["id"] for i in turn.items}
    turn = await chat.say("anything else with her?")
    await checked_picks(stack.gateway_url, turn, lambda r: "Fortune Feimster" in r["cast"] and r["id"] not in shown)
    assert "dropped" in turn.text, turn.text


async def test_comedy_added_to_horror_shows_needs_both(stack: Any, chat: WebChat) -> None:
    await chat.say("some horror series")
    turn = await chat.say("add a bit of comedy inside please")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: {"horror", "comedy"} <= set(r["genres"]) and r["type"] == "series")
    assert not applied(turn).get("query"), applied(turn)


async def test_comedy_added_to_horror_films_that_have_none_gives_either(stack: Any, chat: WebChat) -> None:
    await chat.say("horror movies")
    turn = await chat.say("also comedy")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: bool({"horror", "comedy"} & set(r["genres"])) and r["type"] == "movie")
    assert "both horror and comedy" in turn.text.lower(), turn.text
