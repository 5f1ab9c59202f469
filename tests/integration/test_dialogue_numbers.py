"""Issue 10, class 2 on the real stack: numbers and operators.

Season counts ("a miniseries", "at least 4 seasons", "no more than two seasons", "a short series") are a
hard constraint only series satisfy; runtime operators bind to their number ("max 90 min" is an upper
bound only, "at least" a lower bound only, "around" a window); "recent" / "old" are relative to the
catalog's newest release year (the fixture catalog, like the bundled one, ends in 2021), never to today's
date, and "newer" / "older" after a list are relative to that list. Real Rasa + action server + gateway
turns (conftest ``stack``) on the fixture catalog; every item is checked against GET /api/items/{id}.
"""

from __future__ import annotations

import math
import statistics
from typing import Any

import pytest

from chat import WebChat
from checks import ItemCheck, applied, checked_picks
from contract.constraints import OLD_YEARS, RECENT_YEARS

pytestmark = pytest.mark.integration

NEWEST_YEAR = 2021  # of tests/fixtures/netflix_small.csv


def seasons_between(lo: int | None, hi: int | None) -> ItemCheck:
    return lambda r: (r["type"] == "series" and r.get("seasons") is not None
                      and (lo is None or r["seasons"] >= lo) and (hi is None or r["seasons"] <= hi))


def minutes_between(lo: int | None, hi: int | None) -> ItemCheck:
    return lambda r: (r.get("duration_minutes") is not None
                      and (lo is None or r["duration_minutes"] >= lo) and (hi is None or r["duration_minutes"] <= hi))


# -- season counts --------------------------------------------------------------------------------------


@pytest.mark.parametrize("message, lo, hi", [
    ("a miniseries please", 1, 1),
    ("a comedy series with just a single season", 1, 1),
    ("crime shows with at least 4 seasons", 4, None),
    ("a korean show with no more than two seasons", None, 2),
    ("I want a short series", None, 2),
])
async def test_season_counts_are_hard_constraints_on_series(stack: Any, chat: WebChat, message: str,
                                                           lo: int | None, hi: int | None) -> None:
    turn = await chat.say(message)
    await checked_picks(stack.gateway_url, turn, seasons_between(lo, hi))
    got = applied(turn)
    assert (got.get("min_seasons"), got.get("max_seasons")) == (lo, hi)


async def test_a_season_count_after_a_list_edits_the_search(stack: Any, chat: WebChat) -> None:
    first = await chat.say("horror shows")
    await checked_picks(stack.gateway_url, first, lambda r: "horror" in r["genres"] and r["type"] == "series")
    second = await chat.say("no more than two seasons")
    await checked_picks(stack.gateway_url, second, lambda r: "horror" in r["genres"] and seasons_between(None, 2)(r))


# -- operators bind to their number ------------------------------------------------------------------------


@pytest.mark.parametrize("message, lo, hi, check", [
    ("comedies max 90 min", None, 90, lambda r: "comedy" in r["genres"]),
    ("a movie no longer then 100 minutes", None, 100, lambda r: r["type"] == "movie"),
    ("a comedy under like 90 minutes", None, 90, lambda r: "comedy" in r["genres"]),
    ("a movie under 90", None, 90, lambda r: r["type"] == "movie"),
    ("dramas at least 2 hours long", 120, None, lambda r: "drama" in r["genres"]),
    ("a thriller around 90 minutes", 81, 99, lambda r: "thriller" in r["genres"]),
])
async def test_runtime_operators(stack: Any, chat: WebChat, message: str, lo: int | None, hi: int | None,
                                 check: ItemCheck) -> None:
    turn = await chat.say(message)
    await checked_picks(stack.gateway_url, turn, lambda r: check(r) and minutes_between(lo, hi)(r))
    got = applied(turn)
    assert (got.get("min_minutes"), got.get("max_minutes")) == (lo, hi)


# -- recency: relative to the catalog, then to the list shown ----------------------------------------------


async def test_recent_horror_is_relative_to_the_catalog(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("recent horror")
    first_year = NEWEST_YEAR - RECENT_YEARS + 1
    await checked_picks(stack.gateway_url, turn, lambda r: "horror" in r["genres"] and r["year"] >= first_year)
    assert applied(turn).get("year_min") == first_year  # the absolute range the recommender applied


async def test_old_comedies_are_relative_to_the_catalog(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("some old comedies")
    last_year = NEWEST_YEAR - OLD_YEARS
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and r["year"] <= last_year)
    assert applied(turn).get("year_max") == last_year


async def test_newer_and_older_follow_the_list_shown(stack: Any, chat: WebChat) -> None:
    first = await chat.say("thrillers")
    shown = [r["year"] for r in await checked_picks(stack.gateway_url, first, lambda r: "thriller" in r["genres"])]
    newer = await chat.say("newer ones please")
    floor = min(math.floor(statistics.median(shown)) + 1, max(shown))
    newer_records = await checked_picks(stack.gateway_url, newer,
                                        lambda r: "thriller" in r["genres"] and r["year"] >= floor)
    assert applied(newer).get("year_min") == floor
    older = await chat.say("hm, older")
    years = [r["year"] for r in newer_records]
    ceiling = math.ceil(statistics.median(years)) - 1
    await checked_picks(stack.gateway_url, older, lambda r: "thriller" in r["genres"] and r["year"] <= ceiling)
    assert applied(older).get("year_max") == ceiling and "year_min" not in applied(older)
