"""Issue 10, third round, through the real stack: each class answered by a mechanism, judged on every pick's
catalog record (GET /api/items/{id}). Phrasings are this module's own, never the evaluation sets'.

Runs in the gateway runtime (.venv) on the session's stack and the 596-title fixture catalog.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, KIDS, PRESCHOOL, applied, checked_picks

pytestmark = pytest.mark.integration

NORDIC = {"Sweden", "Norway", "Denmark", "Finland", "Iceland"}


async def test_a_mood_said_instead_of_a_genre_asks_for_the_genre(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("in the mood for something hilarious")
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"], min_items=3)
    turn = await chat.say("nah, make it spooky instead")
    await checked_picks(stack.gateway_url, turn, lambda r: bool({"horror", "thriller"} & set(r["genres"])))


async def test_a_region_word_means_any_of_its_countries(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got anything nordic?")
    await checked_picks(stack.gateway_url, turn, lambda r: bool(NORDIC & set(r["countries"])), min_items=3)


async def test_true_crime_is_crime_documentaries(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("i'm into true-crime")
    await checked_picks(stack.gateway_url, turn, lambda r: {"crime", "documentary"} <= set(r["genres"]))


async def test_an_age_typed_without_apostrophe_caps_the_rating(stack: Any, chat: WebChat) -> None:
    await chat.say("a movie for tonight")
    turn = await chat.say("oh and hes 5")
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in KIDS)
    turn = await chat.say("something for my three girls, 7, 8 and 9")
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY)  # the youngest, 7: Netflix's 7+ band


async def test_shorter_in_a_series_search_means_fewer_seasons(stack: Any, chat: WebChat) -> None:
    first = await chat.say("drama series with at least 3 seasons")
    assert first.items, first.text
    turn = await chat.say("shorter ones")
    limit = applied(turn).get("max_seasons")
    assert limit is not None and "max_minutes" not in applied(turn), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and r["seasons"] <= limit)


async def test_a_surname_alone_names_the_director(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("scorsese please")
    await checked_picks(stack.gateway_url, turn, lambda r: "Martin Scorsese" in r.get("directors", []), min_items=3)


async def test_a_first_message_about_the_evening_is_a_request_whatever_its_label(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("rough morning, nothing heavy pls")
    assert turn.items and "outside what I can help with" not in turn.text, turn.text
