"""Numbers, years and places inside a life story (round 21p): what the number or place measures decides it.

- hours of a day the viewer went through are no runtime (durations ``_SITUATION_RES``: "<N hours> of <ordeal>",
  "from <N hours> of"), nor time lost choosing ("wasted 10 minutes choosing");
- the time left ("only 45 minutes left", "it's 50 minutes now") is a ceiling (``duration-left``);
- a film length said with a number beats the trip it is for (``film_length_over_trip``);
- a country travelled to or come back from is no origin (geo ``_travelled_to``);
- the year since which the viewer stopped watching is no release bound (years ``drop_viewing_gaps``).
"""

from __future__ import annotations

import pytest


def _durations(values, text):
    return [v for v, _ in values(text, "duration")]


@pytest.mark.parametrize("text", [
    "completely fried from 6 hours of conference calls, something silly",
    "after 8 hours of back to back meetings i need a comedy",
    "5 hours of driving today, something light please",
    "i burned like 20 minutes choosing already, a thriller",
    "spent 10 minutes picking lol, any comedy",
])
def test_hours_of_an_ordeal_are_no_runtime(values, text):
    assert _durations(values, text) == []


@pytest.mark.parametrize("text, value", [
    ("i want 2 hours of pure action", "96-120"),  # what the title should hold
    ("90 minutes of comedy please", "72-90"),
    ("a 2 hour movie", "96-120"),
])
def test_hours_of_a_kind_stay_a_runtime(values, text, value):
    assert _durations(values, text) == [value]


@pytest.mark.parametrize("text, value", [
    ("we lost 15 minutes deciding, only 65 minutes left", "-65"),
    ("wasted half an hour choosing, its an hour now", "-60"),
    ("we have 2 hours left", "-120"),
])
def test_time_left_is_a_ceiling(values, text, value):
    assert _durations(values, text) == [value]


@pytest.mark.parametrize("text, value", [
    ("a 10 hour flight tomorrow, give me a really long movie, 3 hours or more", "180-"),
    ("my train ride is 3 hours, a movie around 90 minutes", "81-99"),
])
def test_a_film_length_beats_the_trip(values, text, value):
    assert _durations(values, text) == [value]


@pytest.mark.parametrize("text, value", [
    ("a movie for my 2 hour flight", "-120"),  # the trip alone is still the time there is
    # a size word is no film length said with a number; a trip past any title's length sets no ceiling (round 24d)
    ("a 10 hour flight, a long movie", "140-"),
])
def test_a_trip_alone_stays_the_ceiling(values, text, value):
    assert _durations(values, text) == [value]


@pytest.mark.parametrize("text", [
    "13 hour flight to japan on sunday, a long film",
    "just back from a trip to portugal, want a comedy",
    "we went on holiday to greece and loved it, something funny",
    "just got back from italy, any thrillers",
    "been in france all week for work, a drama",
])
def test_a_country_travelled_to_is_no_origin(values, text):
    assert values(text, "country") == []


@pytest.mark.parametrize("text, country", [
    ("a film from spain", "Spain"),
    ("something set in spain", "Spain"),
    ("a documentary shot in iceland", "Iceland"),
    ("a film about a trip to italy", "Italy"),  # the story's trip: its setting
    ("a show where they travel to mexico", "Mexico"),
])
def test_a_country_of_the_titles_stays(values, text, country):
    assert values(text, "country") == [(country, None)]


@pytest.mark.parametrize("text", [
    "i havent watched a thing since like 2017 because of my twins, whats new in horror",
    "we've been out of the loop since 2016, any good comedies",
    "not seen a single film since 2019 lol, what's good",
    "i haven't been to the cinema since about 2015 because of work, some action",
])
def test_a_viewing_gap_year_is_no_release_bound(values, text):
    assert [v for v, _ in values(text, "year") if v != "recent"] == []


@pytest.mark.parametrize("text, value", [
    ("anything since 2018", "2018-"),
    ("thrillers since 2015 please", "2015-"),
    ("i haven't seen any thrillers made since 2018", "2018-"),  # what the titles are
])
def test_a_since_year_of_the_titles_stays(values, text, value):
    assert [v for v, _ in values(text, "year")] == [value]


def test_an_era_said_again_in_the_request_sentence_keeps_its_span(ents):
    """The story names the 90s first; the request sentence's own "90s" stays an entity on its span (extractor
    ``_SENTENCE_REPEATS``), so the actions reading the request sentence keep the era."""
    text = ("my uncle says nothing good came out after 2000 and he bet i cant find a funny film from the 90s. "
            "so it has to be a proper 90s movie, 1990 to 1999, comedy ideally")
    assert [e.surface for e in ents(text) if e.entity == "year" and e.value == "1990-1999"] == ["from the 90s", "90s"]


def test_one_sentence_says_its_era_once(ents):
    text = "a 90s movie, 1990 to 1999"
    assert len([e for e in ents(text) if e.entity == "year"]) == 1
