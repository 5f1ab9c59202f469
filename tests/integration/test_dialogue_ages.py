"""Issue 10, classes 4, 5 and 2 (second round) on the real stack: ages said in other shapes, negation of
topics and countries, and "classic" / "old" / "black and white".

Every item is checked against its raw record from GET /api/items/{id} (rating, genres, countries,
year), with checks written from the rating systems and the request, never from the bot's own echo; the
words that named who is watching must not reach the free-text query. Real Rasa + action server +
gateway turns (conftest ``stack``) on the fixture catalog (tests/fixtures/netflix_small.csv, newest
title 2021).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import Turn, WebChat
from checks import FAMILY, KIDS, PRESCHOOL, TEEN, ItemCheck, checked_picks
from contract.constraints import GENERATION_YEARS, OLD_YEARS

pytestmark = pytest.mark.integration

NEWEST_YEAR = 2021  # of the fixture catalog
OLD_LAST_YEAR = NEWEST_YEAR - OLD_YEARS  # "old" / "vintage": of another era, 1990 and before
GENERATION_LAST_YEAR = NEWEST_YEAR - GENERATION_YEARS  # the classic shelf's age: a generation back, 2001 and before
BLACK_AND_WHITE_LAST_YEAR = 1960


def rated(allowed: set[str]) -> ItemCheck:
    return lambda r: r.get("rating") in allowed


def query_words(turn: Turn) -> set[str]:
    assert turn.recommendations is not None, turn.text
    return set(str(turn.recommendations["constraints"].get("query") or "").split())


# --- ages said in other shapes ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "allowed", "words"), [
    ("my youngest is 6, what can we watch", KIDS, {"youngest"}),
    ("something for a one-year-old", PRESCHOOL, set()),
    ("a movie for my 18 month old", PRESCHOOL, {"month"}),
    ("my nephew is coming over, he's 9", FAMILY, {"nephew", "coming"}),
    ("my granddaughter, 7, wants something funny", FAMILY, {"granddaughter"}),  # Netflix's 7+ band
    ("a film for my niece who is 11", FAMILY, {"niece"}),
    ("a movie my 10 yo can watch", FAMILY, set()),
    ("my son is 8 and my daughter is 12", FAMILY, {"son", "daughter"}),
])
async def test_ages_in_other_shapes_cap_the_ratings(stack: Any, chat: WebChat, text: str, allowed: set[str],
                                                    words: set[str]) -> None:
    turn = await chat.say(text)
    await checked_picks(stack.gateway_url, turn, rated(allowed))
    assert not query_words(turn) & (words | {"year", "old", "yo"}), turn.recommendations


async def test_teen_before_a_genre_next_to_an_age_is_who_watches(stack: Any, chat: WebChat) -> None:
    """Not the rarely used Teen genre: teen-rated comedies."""
    turn = await chat.say("a teen comedy for a 14 yo")
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and rated(TEEN)(r))
    constraints = turn.recommendations["constraints"]
    assert "teen" not in constraints.get("genres", []) and constraints.get("audience") == "teen"


async def test_an_age_in_a_follow_up_edits_the_search(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedies")
    await checked_picks(stack.gateway_url, first, lambda r: "comedy" in r["genres"])
    second = await chat.say("my youngest is 4")
    await checked_picks(stack.gateway_url, second, lambda r: "comedy" in r["genres"] and rated(PRESCHOOL)(r))


# --- negation: topics and countries ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "genre", "unwanted"), [
    ("a comedy, not about romance", "comedy", "romance"),
    ("dramas but nothing about crime", "drama", "crime"),
])
async def test_not_about_a_genre_excludes_it(stack: Any, chat: WebChat, text: str, genre: str,
                                             unwanted: str) -> None:
    turn = await chat.say(text)
    await checked_picks(stack.gateway_url, turn, lambda r: genre in r["genres"] and unwanted not in r["genres"])
    assert unwanted not in turn.recommendations["constraints"].get("genres", [])


@pytest.mark.parametrize(("text", "genre", "country"), [
    ("action movies, nothing from the US", "action", "United States"),
    ("comedies not from the us please", "comedy", "United States"),
    ("a drama that's not from the UK", "drama", "United Kingdom"),
    ("comedies made outside the USA", "comedy", "United States"),
])
async def test_not_from_a_country_excludes_it(stack: Any, chat: WebChat, text: str, genre: str,
                                              country: str) -> None:
    turn = await chat.say(text)
    await checked_picks(stack.gateway_url, turn,
                        lambda r: genre in r["genres"] and r.get("countries") and country not in r["countries"])
    assert turn.recommendations["constraints"].get("exclude_countries") == [country]
    assert not query_words(turn) & {"outside", "made"}


# --- classic, old, black and white ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "genre"), [("some old dramas", "drama"), ("vintage action movies", "action")])
async def test_old_is_another_era_before_the_catalog(stack: Any, chat: WebChat, text: str, genre: str) -> None:
    turn = await chat.say(text)
    await checked_picks(stack.gateway_url, turn, lambda r: genre in r["genres"] and r["year"] <= OLD_LAST_YEAR)
    assert turn.recommendations["constraints"].get("year_max") == OLD_LAST_YEAR


async def test_classic_is_the_classic_shelf_of_another_generation(stack: Any, chat: WebChat) -> None:
    # round 20e: the word "classic" asks for what the catalog files as classic (a tagged 1994 classic is one, an
    # ordinary 1988 film is not), of another generation (the shelf also files series running today); the classic years
    # (1990 and before since round 31) only when the shelf has nothing for the rest of the search
    turn = await chat.say("classic comedy")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: {"comedy", "classic"} <= set(r["genres"]) and r["year"] <= GENERATION_LAST_YEAR)
    assert turn.recommendations["constraints"].get("year_max") == GENERATION_LAST_YEAR


async def test_black_and_white_films_are_of_that_era(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("any black and white films?")
    await checked_picks(stack.gateway_url, turn, lambda r: r["year"] <= BLACK_AND_WHITE_LAST_YEAR)
    assert not query_words(turn) & {"black", "white"}
