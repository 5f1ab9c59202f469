"""Dialogue round 21p through the real stack: numbers, years and places inside a life story.

Classes (phrasings are this module's own):
1. hours of a day the viewer went through ("wiped out from 7 hours of meetings") are no runtime, and time lost
   choosing leaves the time said as remaining the ceiling (nlu/extraction/durations.py);
2. a film's own length said with a number wins over the trip it is for ("an 11 hour flight, ... 2.5 hours or more");
3. a country the viewers travel to or come back from is no origin (nlu/extraction/geo._travelled_to);
4. the year since which the viewer stopped watching is no release bound (nlu/extraction/years.drop_viewing_gaps);
5. a decade or a year range said late in a long message survives; a decade correction replaces the decade.
Near misses: "a film from spain" keeps the country; "90 minutes of comedy" stays a runtime; "no 80s" with no era
in the search stays a refusal.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, shown_ids

pytestmark = pytest.mark.integration


def _minutes(got: dict[str, Any]) -> tuple[Any, Any]:
    return got.get("min_minutes"), got.get("max_minutes")


async def test_hours_of_meetings_are_no_runtime(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("totally wiped out from 7 hours of video meetings. something to make me laugh")
    got = applied(turn)
    assert _minutes(got) == (None, None), got


async def test_time_left_after_choosing_is_the_ceiling(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we burned 15 minutes picking a comedy, only 70 minutes left now")
    got = applied(turn)
    assert got.get("max_minutes") == 70 and not got.get("min_minutes"), got


async def test_film_length_wins_over_the_flight(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("an 11 hour flight on friday so i want a proper long film, 2.5 hours or more")
    got = applied(turn)
    assert got.get("min_minutes") == 150, got


async def test_a_trip_abroad_is_no_origin(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("just got home from a week in portugal on holiday, fancy a comedy")
    got = applied(turn)
    assert not got.get("countries"), got
    assert "comedy" in (got.get("genres") or []), got


async def test_a_film_from_a_country_keeps_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy from spain")
    assert "Spain" in (applied(turn).get("countries") or []), applied(turn)


async def test_a_viewing_gap_year_is_no_release_bound(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("havent seen a single film since about 2016 thanks to the new baby. any good recent thrillers")
    got = applied(turn)
    assert got.get("year_min") != 2016, got


async def test_a_year_range_late_in_a_long_message_survives(stack: Any, chat: WebChat) -> None:
    turn = await chat.say(
        "so my grandad keeps going on about how nothing made after the millennium is worth watching and we ended up "
        "betting on it over dinner, so tonight it has to be a genuine 90s film, 1990 to 1999, a drama if possible")
    got = applied(turn)
    assert (got.get("year_min"), got.get("year_max")) == (1990, 1999), got


async def test_a_decade_late_in_a_long_message_survives(stack: Any, chat: WebChat) -> None:
    turn = await chat.say(
        "our running club does a movie night every month and we take turns choosing the theme, this month its "
        "my go and i am going with 80s films. something rated PG or PG-13")
    got = applied(turn)
    assert (got.get("year_min"), got.get("year_max")) == (1980, 1989), got


async def test_an_era_the_story_named_first_survives_in_the_request(stack: Any, chat: WebChat) -> None:
    turn = await chat.say(
        "right so my uncle reckons nothing decent came out after 2000 and he bet i cant find one funny film from the "
        "90s. so it has to be a proper 90s movie, 1990 to 1999, comedy ideally")
    got = applied(turn)
    assert (got.get("year_min"), got.get("year_max")) == (1990, 1999), got


async def test_the_viewers_own_pick_in_a_story_sentence_survives(stack: Any, chat: WebChat) -> None:
    turn = await chat.say(
        "me and the cousins have a film night every friday and we take turns with the theme. this week i pick 80s "
        "films. something rated PG or PG-13")
    got = applied(turn)
    assert (got.get("year_min"), got.get("year_max")) == (1980, 1989), got


async def test_a_decade_correction_replaces_the_decade(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedies from the 90s")
    assert shown_ids(first), first.text
    turn = await chat.say("hang on no, the 80s. definitely")
    got = applied(turn)
    assert (got.get("year_min"), got.get("year_max")) == (1980, 1989), got
    assert not got.get("query"), got


async def test_a_refused_decade_after_an_era_search_is_the_new_era(stack: Any, chat: WebChat) -> None:
    first = await chat.say("action films from the 90s")
    assert shown_ids(first), first.text
    turn = await chat.say("hold on no 80s. last answer")
    got = applied(turn)
    assert (got.get("year_min"), got.get("year_max")) == (1980, 1989), got
    assert "action" in (got.get("genres") or []) and not got.get("query"), got


async def test_no_decade_before_any_era_stays_a_refusal(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("action films, no 80s please")
    got = applied(turn)
    assert (got.get("year_min"), got.get("year_max")) != (1980, 1989), got

