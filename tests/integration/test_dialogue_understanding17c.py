"""Dialogue round 17c through the real stack: countries, residences, subtitles and true crime. Phrasings are this
module's own.

Classes: a country or origin asked for with its preposition ("anything from <country>?", "set in or made in <country>")
is a search whatever the classifier called it; a real country the catalog has nothing from is said honestly by name
with no picks, never read as a language nor dropped; a place (a catalog country, a city) is never an unknown person;
where the viewers live is never a filter, and a film industry's nickname is its country; not wanting subtitles is
English and nothing the catalog files as international; "true crime" with slips is a crime documentary.

The fixture catalog (tests/fixtures/netflix_small.csv) has titles from Egypt, New Zealand, Hong Kong and Nigeria, none
from Bolivia, Greenland or Costa Rica, and two crime docuseries.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks

pytestmark = pytest.mark.integration

SORRY = ("didn't quite get", "didn't get that")


# -- 1. an origin asked for is a search --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, country", [
    ("got anything from egypt?", "Egypt"),
    ("something set in or made in new zealand", "New Zealand"),
])
async def test_an_origin_asked_for_is_a_search(stack: Any, chat: WebChat, text: str, country: str) -> None:
    turn = await chat.say(text)
    await checked_picks(stack.gateway_url, turn, lambda r: country in r["countries"], never_say=SORRY)


# -- 2. a country the catalog has nothing from -------------------------------------------------------------------------

@pytest.mark.parametrize("text, country", [
    ("docs from greenland", "Greenland"),
    ("series from bolivia please", "Bolivia"),
    ("anything costa rican?", "Costa Rica"),
])
async def test_a_country_the_catalog_lacks_is_named_with_no_picks(stack: Any, chat: WebChat, text: str,
                                                                  country: str) -> None:
    turn = await chat.say(text)
    assert f"I have nothing from {country}" in turn.text, turn.text
    assert turn.recommendations is None and not turn.items, turn.text


# -- 3. a place is never a person --------------------------------------------------------------------------------------

async def test_a_catalog_country_before_a_genre_is_the_country(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("Hong Kong action movies from the eighties or nineties")
    assert "don't have anything with or by" not in turn.text, turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: "Hong Kong" in r["countries"] and "action" in r["genres"])


async def test_a_city_is_no_unknown_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("Buenos Aires dramas")
    assert "don't have anything with or by" not in turn.text, turn.text


# -- 4. residence vs wish, film industries -----------------------------------------------------------------------------

async def test_where_the_viewer_lives_is_no_filter(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("i'm from ghana living in the uk and i really miss nollywood films")
    records = await checked_picks(stack.gateway_url, turn, lambda r: "Nigeria" in r["countries"])
    assert applied(turn).get("countries") == ["Nigeria"], applied(turn)
    assert all(r["type"] == "movie" for r in records)


# -- 5. subtitles ------------------------------------------------------------------------------------------------------

async def test_no_subtitles_is_english_and_nothing_international(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my mum can't stand anything with subtitles, a drama")
    await checked_picks(stack.gateway_url, turn, lambda r: "en" in r["languages"] and "drama" in r["genres"]
                        and not {"International Movies", "International TV Shows"} & set(r.get("tags") or []))


async def test_nothing_to_read_is_english_and_nothing_international(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("comedy tonight, nothing we have to read")
    await checked_picks(stack.gateway_url, turn, lambda r: "en" in r["languages"]
                        and not {"International Movies", "International TV Shows"} & set(r.get("tags") or []))


# -- 6. true crime with slips ------------------------------------------------------------------------------------------

async def test_true_crime_with_slips_is_a_crime_documentary(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("tru crime serise")
    await checked_picks(stack.gateway_url, turn, lambda r: {"crime", "documentary"} <= set(r["genres"]))


# -- 7. a k-drama by season count --------------------------------------------------------------------------------------

async def test_a_kdrama_by_season_count_falls_back_to_korean_series(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("any kdramas that run 3 seasons or more")
    await checked_picks(stack.gateway_url, turn, lambda r: (r.get("seasons") or 0) >= 3 and (
        "South Korea" in r["countries"] or "Korean TV Shows" in (r.get("tags") or [])))
    assert "No Korean dramas fit all of that" in turn.text, turn.text
