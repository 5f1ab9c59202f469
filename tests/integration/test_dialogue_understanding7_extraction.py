"""Issue 10, seventh round, extraction classes through the real stack: Rasa + action server + gateway on the
fixture catalog, every pick judged on its catalog record (GET /api/items/{id}). Phrasings are this module's
own, never the evaluation sets' or the digest's.

Classes: a limit said as what someone cannot do is an upper bound; time spent in a situation is no runtime; a
wish for something that lasts is a series of several seasons; mood phrasings that name a wish (to be scared,
adventurous, nostalgic); a well-known two-word name typed with a slip in each word.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks, runtime_at_most

pytestmark = pytest.mark.integration


async def test_a_limit_said_as_what_someone_cannot_do_is_an_upper_bound(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy movie, my dad can't sit through more than 100 minutes")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie" and runtime_at_most(100)(r))
    assert applied(turn)["max_minutes"] == 100
    assert applied(turn).get("min_minutes") is None


async def test_someones_capacity_is_an_upper_bound(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("an animated film, my nephew gets bored after 80 minutes")
    await checked_picks(stack.gateway_url, turn, runtime_at_most(80))
    assert applied(turn)["max_minutes"] == 80


async def test_time_spent_scrolling_is_not_a_runtime(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we waste an hour scrolling every evening, just give me a good thriller")
    await checked_picks(stack.gateway_url, turn, lambda r: "thriller" in r["genres"])
    assert applied(turn).get("max_minutes") is None and applied(turn).get("min_minutes") is None


async def test_a_wish_for_something_that_lasts_is_a_series_of_several_seasons(stack: Any, chat: WebChat) -> None:
    await chat.say("crime shows")
    turn = await chat.say("one that keeps us hooked for months")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and (r.get("seasons") or 0) >= 2)


async def test_the_wish_to_be_scared_is_horror(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("honestly I just want to get scared tonight")
    await checked_picks(stack.gateway_url, turn, lambda r: {"horror", "thriller"} & set(r["genres"]))


async def test_feeling_adventurous_is_action_and_adventure(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("feeling adventurous, a film please")
    await checked_picks(stack.gateway_url, turn, lambda r: "action" in r["genres"] and r["type"] == "movie")
    assert "adventurous" not in str(applied(turn).get("query") or "")


async def test_feeling_nostalgic_asks_for_classics(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("feeling nostalgic, give me a movie")
    await checked_picks(stack.gateway_url, turn, lambda r: "classic" in r["genres"])
    assert "nostalgic" not in str(applied(turn).get("query") or "")


async def test_a_slip_in_each_word_of_a_well_known_name_is_the_person(stack: Any, chat: WebChat) -> None:
    # the fixture catalog's well-known people: Seth Rogen typed with a swap in one word and a slip in the other
    turn = await chat.say("seht rogan movies")
    await checked_picks(stack.gateway_url, turn, lambda r: "Seth Rogen" in r["cast"])
