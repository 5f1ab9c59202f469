"""Issue 10, class 7 on the real stack: situations instead of genres, compact words, typos of the vocabulary.

Viewers describe their evening: a trip's length is an upper bound on the runtime ("a train ride of about
an hour" → at most 60 minutes), a situation is a mood ("while I cook", "a cozy night in", "date night"),
bingeing asks for series, a long series for a long-running one. Compact words carry several constraints
("sitcom" = comedy series, "docuseries" = documentary series, "biopic" = a film). Typos of genre, media
and runtime words are read as the word meant. Never "outside what I can help with", never a goodbye,
never a keyword search on the situation's words. Real Rasa + action server + gateway turns (conftest
``stack``) on the fixture catalog; every item is checked against GET /api/items/{id}.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import Turn, WebChat
from checks import ItemCheck, applied, checked_picks, runtime_at_most
from contract.constraints import LONG_SERIES_MIN_SEASONS

pytestmark = pytest.mark.integration


def query_words(turn: Turn) -> set[str]:
    return set(str(applied(turn).get("query") or "").lower().split())


def any_item(r: dict[str, Any]) -> bool:
    return True


# -- a trip's length is an upper bound -------------------------------------------------------------------


@pytest.mark.parametrize("message, minutes, words", [
    ("something for a train ride of about an hour", 60, {"train", "ride"}),
    ("I have a 45 minute commute, what can I watch", 45, {"commute"}),
    ("a flight of about 3 hours, what should I watch", 180, {"flight"}),
    ("my bus ride home takes like 30 minutes", 30, {"bus", "ride", "home"}),
])
async def test_a_trip_length_is_an_upper_bound_on_the_runtime(stack: Any, chat: WebChat, message: str,
                                                             minutes: int, words: set[str]) -> None:
    turn = await chat.say(message)
    await checked_picks(stack.gateway_url, turn, runtime_at_most(minutes))
    got = applied(turn)
    assert got.get("max_minutes") == minutes and got.get("min_minutes") is None, got
    assert not query_words(turn) & words, got


# -- situations are moods, not keywords, never out of scope --------------------------------------------


@pytest.mark.parametrize("message, moods, words", [
    ("something on in the background while I cook", {"light", "relaxing"}, {"cook", "background"}),
    ("a cozy night in", {"relaxing"}, {"cozy", "night"}),
    ("had a long day, nothing heavy", {"relaxing", "light"}, {"day", "heavy", "long"}),
    ("date night", {"romantic"}, {"date", "night"}),
    ("I need a good cry", {"sad"}, {"cry"}),
    ("we're having friends over tonight", {"funny"}, {"friends"}),
    ("what can I watch on my train ride", {"light"}, {"train", "ride"}),
])
async def test_a_situation_becomes_moods_and_picks(stack: Any, chat: WebChat, message: str, moods: set[str],
                                                   words: set[str]) -> None:
    turn = await chat.say(message)
    await checked_picks(stack.gateway_url, turn, any_item)
    got = applied(turn)
    assert moods <= set(got.get("mood") or []), got
    assert not query_words(turn) & words, got


async def test_bingeing_asks_for_series(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we want to binge something this weekend")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series")
    assert applied(turn).get("media_type") == ["series"]
    assert "binge" not in query_words(turn)


async def test_a_long_series_is_a_long_running_one(stack: Any, chat: WebChat) -> None:
    # "long" said of a series is more than one season, one rule everywhere (contract LONG_SERIES_MIN_SEASONS)
    turn = await chat.say("a long series to get into")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and r.get("seasons") is not None
                        and r["seasons"] >= LONG_SERIES_MIN_SEASONS)
    assert applied(turn).get("min_seasons") == LONG_SERIES_MIN_SEASONS


# -- compact words carry several constraints -----------------------------------------------------------


@pytest.mark.parametrize("message, check", [
    ("any good sitcoms?", lambda r: r["type"] == "series" and "comedy" in r["genres"]),
    ("a docuseries please", lambda r: r["type"] == "series" and "documentary" in r["genres"]),
    ("a biopic", lambda r: r["type"] == "movie"),
    ("an anime film", lambda r: r["type"] == "movie" and "anime" in r["genres"]),
    ("a standup special", lambda r: "stand-up" in r["genres"]),
])
async def test_compact_words_carry_several_constraints(stack: Any, chat: WebChat, message: str,
                                                       check: ItemCheck) -> None:
    turn = await chat.say(message)
    await checked_picks(stack.gateway_url, turn, check)


# -- typos of the vocabulary ------------------------------------------------------------------------------


@pytest.mark.parametrize("message, check", [
    ("comdies under 90 minuts", lambda r: "comedy" in r["genres"] and runtime_at_most(90)(r)),
    ("any good documentries", lambda r: "documentary" in r["genres"]),
    ("a thriler moive", lambda r: "thriller" in r["genres"] and r["type"] == "movie"),
    ("horor moveis", lambda r: "horror" in r["genres"] and r["type"] == "movie"),
])
async def test_typos_of_the_vocabulary_are_read_as_meant(stack: Any, chat: WebChat, message: str,
                                                        check: ItemCheck) -> None:
    turn = await chat.say(message)
    await checked_picks(stack.gateway_url, turn, check)
    assert not query_words(turn) & set(message.split()), applied(turn)


async def test_a_misspelt_shorter_after_a_list_shortens_it(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedy movies")
    shown = await checked_picks(stack.gateway_url, first, lambda r: "comedy" in r["genres"] and r["type"] == "movie")
    longest = max(r["duration_minutes"] for r in shown if r.get("duration_minutes"))
    turn = await chat.say("something shoter")
    bound = applied(turn).get("max_minutes")
    assert bound is not None and bound < longest, applied(turn)
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "comedy" in r["genres"] and r["type"] == "movie" and runtime_at_most(bound)(r))
