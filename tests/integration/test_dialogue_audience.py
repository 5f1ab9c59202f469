"""Issue 10, classes 4 and 5 on the real stack: who is watching, negation beyond genres, composition.

Ages and companions map to maturity caps (docs/contracts.md "Age mapping"): every item is checked
against its raw rating from GET /api/items/{id} — a child or a "clean" request never gets a TV-MA / R
title. Negation reaches languages, countries and formats; compound genre nouns are two genres, "X or
Y" is either, and "stand-up special" is the stand-up genre. Real Rasa + action server + gateway turns
(conftest ``stack``) on the fixture catalog (tests/fixtures/netflix_small.csv).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, KIDS, PRESCHOOL, TEEN, ItemCheck, applied, checked_picks

pytestmark = pytest.mark.integration

ADULT_ONLY = {"TV-MA", "R", "NC-17"}


def rated(allowed: set[str]) -> ItemCheck:
    """The raw rating is one of ``allowed`` (never TV-MA / R / NC-17: no allowed set here has them)."""
    assert not allowed & ADULT_ONLY
    return lambda r: r.get("rating") in allowed


# --- who is watching -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "allowed"), [
    ("something for my 3 year old", PRESCHOOL),
    ("what can a toddler watch?", PRESCHOOL),
    ("a movie my 10 year old can watch", FAMILY),
    ("shows for teens", TEEN),
    ("a comedy for family movie night", FAMILY),
])
async def test_ages_and_companions_cap_the_ratings(stack: Any, chat: WebChat, text: str, allowed: set[str]) -> None:
    turn = await chat.say(text)
    await checked_picks(stack.gateway_url, turn, rated(allowed))


async def test_my_daughter_is_four(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("cartoons please, my daughter is 4")
    await checked_picks(stack.gateway_url, turn, rated(PRESCHOOL))
    assert applied(turn)["audience"] == "preschool"


@pytest.mark.parametrize("text", [
    "a comedy with no swearing",
    "something clean and funny",
    "an action movie with no swearing or violence",
])
async def test_clean_requests_never_get_mature_titles(stack: Any, chat: WebChat, text: str) -> None:
    turn = await chat.say(text)
    await checked_picks(stack.gateway_url, turn, rated(FAMILY))


async def test_a_cap_keeps_the_rest_of_the_search(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedies")
    await checked_picks(stack.gateway_url, first, lambda r: "comedy" in r["genres"])
    second = await chat.say("keep it clean please")
    await checked_picks(stack.gateway_url, second, lambda r: "comedy" in r["genres"] and rated(FAMILY)(r))


async def test_a_cap_never_loosens_a_younger_audience(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy for my 5 year old with no swearing")
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and rated(KIDS)(r))


# --- negation beyond genres ----------------------------------------------------------------------------------


async def test_nothing_korean(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a drama series, but nothing korean")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "drama" in r["genres"] and r.get("languages") and "ko" not in r["languages"])
    assert applied(turn)["exclude_languages"] == ["ko"]


async def test_nothing_from_india(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("romantic movies, nothing from india")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "romance" in r["genres"] and r.get("countries") and "India" not in r["countries"])


async def test_not_the_animated_ones(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("kids shows but not the animated ones")
    await checked_picks(stack.gateway_url, turn, lambda r: "kids" in r["genres"] and "anime" not in r["genres"])


# --- composition ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "both"), [
    ("a romantic comedy", {"romance", "comedy"}),
    ("any good crime dramas?", {"crime", "drama"}),
    ("a music documentary", {"music", "documentary"}),
])
async def test_compound_genres_are_two_constraints(stack: Any, chat: WebChat, text: str, both: set[str]) -> None:
    turn = await chat.say(text)
    await checked_picks(stack.gateway_url, turn, lambda r: both <= set(r["genres"]))


async def test_animated_comedy_asks_for_both_genres(chat: WebChat) -> None:
    turn = await chat.say("an animated comedy")
    assert set(applied(turn)["genres"]) == {"anime", "comedy"}  # none in the fixture: honest empty answer
    assert not turn.items or all({"anime", "comedy"} <= set(i["genres"]) for i in turn.items)


async def test_x_or_y_is_either(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy or a horror movie")
    found = await checked_picks(stack.gateway_url, turn,
                                lambda r: r["type"] == "movie" and {"comedy", "horror"} & set(r["genres"]))
    assert sorted(applied(turn)["any_genres"]) == ["comedy", "horror"]
    assert len(found) >= 3


async def test_stand_up_special_is_the_stand_up_genre(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a stand-up special")
    # round 20e: a special is a one-off, the catalog's stand-up films (never a media type nothing has)
    await checked_picks(stack.gateway_url, turn, lambda r: "stand-up" in r["genres"] and r["type"] == "movie")
    assert applied(turn).get("media_type") in (None, ["movie"]), applied(turn)
