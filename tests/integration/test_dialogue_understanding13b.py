"""Dialogue round 17 (part B) through the real stack, every pick judged on its catalog record. Phrasings are this
module's own.

Classes: a bare number re-sets the numeric bound in force (runtime, seasons; a year said alone moves the year); a
drop verb before a pronoun removes the search's person and keeps the rest; a subject word beside a genre the viewer
names is the topic, not a second required genre, and a topic said as a kind beside a title asks for its genre;
"what's there from <country>" is a request. Near-misses: "make it 2 people", "never mind" alone, a weather question.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, applied, checked_picks, runtime_at_most

pytestmark = pytest.mark.integration


# -- 1. a bare number re-sets the bound in force -------------------------------------------------------------------

async def test_a_bare_number_moves_the_runtime_bound_and_keeps_the_genre(stack: Any, chat: WebChat) -> None:
    await chat.say("comedy films under 70 minutes")
    turn = await chat.say("hmm make it 95 then")
    assert applied(turn).get("max_minutes") == 95, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and runtime_at_most(95)(r))


async def test_a_pair_of_counts_widens_an_exact_season_count(stack: Any, chat: WebChat) -> None:
    await chat.say("a show with 3 seasons")
    turn = await chat.say("actually 3 or 4 works")
    assert (applied(turn).get("min_seasons"), applied(turn).get("max_seasons")) == (3, 4), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and 3 <= (r.get("seasons") or 0) <= 4)


async def test_a_year_said_alone_moves_the_year(stack: Any, chat: WebChat) -> None:
    await chat.say("films from 2016")
    turn = await chat.say("make it 2011")
    await checked_picks(stack.gateway_url, turn, lambda r: r["year"] == 2011 and r["type"] == "movie")


async def test_a_count_of_people_is_no_season_count(stack: Any, chat: WebChat) -> None:
    await chat.say("a show with 3 seasons")
    turn = await chat.say("make it 2 people")
    if turn.recommendations is not None:
        assert applied(turn).get("max_seasons") != 2, applied(turn)


# -- 2. the person dropped by a pronoun --------------------------------------------------------------------------------

async def test_forget_her_drops_the_person_and_keeps_the_rest(stack: Any, chat: WebChat) -> None:
    await chat.say("a comedy special with Fortune Feimster")
    turn = await chat.say("ok forget her, just any stand-up from 2020")
    assert not applied(turn).get("actors"), applied(turn)
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "stand-up" in r["genres"] and r["year"] == 2020
                        and "Fortune Feimster" not in (r.get("cast") or []))


async def test_never_mind_alone_keeps_no_search_without_the_person(stack: Any, chat: WebChat) -> None:
    await chat.say("a comedy special with Fortune Feimster")
    turn = await chat.say("never mind")
    if turn.recommendations is not None:
        assert applied(turn).get("actors") or not applied(turn).get("genres"), applied(turn)


# -- 3. a subject beside a named genre ranks; a topic said as a kind beside a title ------------------------------------

async def test_a_kids_series_about_animals_is_a_series_for_kids(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a kids series about animals please")
    assert "science-nature" not in (applied(turn).get("genres") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY and r["type"] == "series",
                        min_items=2)


async def test_a_kids_show_about_animals_is_a_kids_show(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("looking for a kids show about animals")
    assert "science-nature" not in (applied(turn).get("genres") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "kids" in r["genres"] and r["type"] == "series",
                        min_items=2)


async def test_documentaries_about_space_are_not_science_fiction(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got any documentaries about space")
    assert "sci-fi" not in (applied(turn).get("genres") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "documentary" in r["genres"])


async def test_a_zombie_kind_beside_a_title_asks_for_horror(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("i loved stranger things, more zombie-type stuff")
    await checked_picks(stack.gateway_url, turn, lambda r: "horror" in r["genres"])


# -- 4. "what's there from <country>" --------------------------------------------------------------------------------

async def test_whats_there_from_a_country_is_a_request(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("what's there from japan?")
    await checked_picks(stack.gateway_url, turn, lambda r: "Japan" in (r.get("countries") or []))


async def test_the_weather_in_a_country_is_no_request(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("what's the weather in japan")
    assert turn.recommendations is None, turn.text


# -- round 9 (part J). 1. a comparative with a reason's "never" edits the search -----------------------------------

async def test_shorter_with_a_reasons_never_shortens_the_search(stack: Any, chat: WebChat) -> None:
    await chat.say("some films for the kids")
    turn = await chat.say("shorter ones please, he never makes it to the end")
    assert "stick to from now on" not in turn.text, turn.text
    bound = applied(turn).get("max_minutes")
    assert bound is not None, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie" and runtime_at_most(bound)(r))


# -- 2. a rating the child can now watch raises the cap ----------------------------------------------------------

async def test_a_rating_allowed_now_raises_the_cap_to_it(stack: Any, chat: WebChat) -> None:
    await chat.say("films for my 4 year old")
    turn = await chat.say("he turned 5 on monday, he can do PG ones now")
    assert applied(turn).get("audience") == "family" and not applied(turn).get("ratings"), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY)


# -- 3. the adults watching too keep the family cap --------------------------------------------------------------

async def test_grown_ups_enjoying_it_too_keep_the_family_cap(stack: Any, chat: WebChat) -> None:
    await chat.say("a family friendly series")
    turn = await chat.say("something the grown-ups enjoy as well, not a kids show though")
    assert applied(turn).get("audience") == "family", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY and "kids" not in r["genres"])


async def test_grown_ups_alone_switch_the_audience(stack: Any, chat: WebChat) -> None:
    await chat.say("a family friendly series")
    turn = await chat.say("actually one for grown-ups only")
    assert applied(turn).get("audience") != "family", applied(turn)


# -- 4. a number said as the target beside "shorter" -------------------------------------------------------------

async def test_shorter_like_an_hour_is_bounded_by_the_hour(stack: Any, chat: WebChat) -> None:
    await chat.say("a movie for the kids")
    turn = await chat.say("nah, shorter than these, like an hour")
    bound = applied(turn).get("max_minutes")
    assert bound is not None and bound <= 66, applied(turn)
    await checked_picks(stack.gateway_url, turn, runtime_at_most(66))
