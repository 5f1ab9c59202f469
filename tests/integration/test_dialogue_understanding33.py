"""Round 33's mends through the real stack (Rasa, the action server, the recommender; the fixture catalog): an
availability question of the past with its second half, or with which title is meant in apposition; a franchise
asked about by name; "another <title>"; two counts after the season noun; a length said of "one"; "what's good"; two
tastes and the evening told after the question; a police comedy; other comedians like him.
Phrasings are this module's own."""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import assert_like_list, checked_picks, details_of

pytestmark = pytest.mark.integration

OZARK_ID, DARK_ID = "s2768", "s2328"
BARBIE_IDS = {"s6236", "s6242"}



async def test_a_title_asked_of_the_past_is_its_card(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("was ozark on here, or have they removed it?")
    found = details_of(turn)
    assert found and found[0].item.id == OZARK_ID, turn.text


async def test_which_title_said_in_apposition_is_its_card(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("dark, the german series - is it on there")
    found = details_of(turn)
    assert found and found[0].item.id == DARK_ID, turn.text


async def test_a_franchise_asked_about_lists_its_titles(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("do you guys still have barbie?")
    assert {i["id"] for i in turn.items} == BARBIE_IDS, turn.text


async def test_another_title_is_more_like_it(stack: Any, chat: WebChat) -> None:
    assert_like_list(await chat.say("could really use another ozark"), "Ozark", OZARK_ID)


async def test_two_counts_after_the_season_noun_bound_the_seasons(stack: Any, chat: WebChat) -> None:
    await chat.say("crime series")
    turn = await chat.say("shorter, seasons: 1 or 2 max")
    await checked_picks(stack.gateway_url, turn, lambda r: "crime" in r["genres"] and (r.get("seasons") or 99) <= 2)


async def test_a_length_said_of_one_edits_the_search(stack: Any, chat: WebChat) -> None:
    await chat.say("crime series")
    turn = await chat.say("a long one, with lots of seasons")
    await checked_picks(stack.gateway_url, turn, lambda r: "crime" in r["genres"] and (r.get("seasons") or 0) >= 2)


async def test_whats_good_is_answered_with_picks(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("whats good tonight")
    assert len(turn.items) >= 3, turn.text


async def test_two_tastes_then_the_evening_after_the_question_keep_both_genres(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we never agree: she wants action, i want comedy. any film that's both? "
                          "we have two hours at most")
    await checked_picks(stack.gateway_url, turn, lambda r: {"action", "comedy"} <= set(r["genres"])
                        and r["type"] == "movie" and (r.get("duration_minutes") or 999) <= 120)


async def test_a_police_comedy_is_crime_and_comedy(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got a police comedy series?")
    await checked_picks(stack.gateway_url, turn, lambda r: {"crime", "comedy"} <= set(r["genres"]))


async def test_other_comedians_like_him_are_stand_up(stack: Any, chat: WebChat) -> None:
    await chat.say("patton oswalt")
    turn = await chat.say("more comedians like him")
    await checked_picks(stack.gateway_url, turn, lambda r: "stand-up" in r["genres"] and "Patton Oswalt" not in r["cast"])
