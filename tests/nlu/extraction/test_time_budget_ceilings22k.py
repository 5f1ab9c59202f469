"""Round 22k: a time the viewer has is a ceiling; "about N" beside a capping word is a ceiling too
(nlu/extraction/durations.py: _capped, _trip, _cannot_do, _unitless_post)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, bound", [
    ("roughly an hour and a half please, nothing longer", "-90"),
    ("a thriller, something like 100 min, not longer.", "-100"),
    ("something short, maybe about 40 minutes", "-40"),
    ("quick one, like 75 min, comedy", "-75"),
    ("around 2 hours, no more", "-120"),
    ("about 95 minutes or so, at most", "-95"),
])
def test_an_approximate_length_beside_a_capping_word_is_a_ceiling(values, text, bound):
    assert values(text, "duration") == [(bound, None)]


@pytest.mark.parametrize("text, window", [
    ("a drama about 90 minutes", "81-99"),                    # no capping word: the window asked for
    ("about 90 minutes, not a short one", "81-99"),           # "short" negated is no cap
    ("something around 2 hours long, not too short", "108-132"),
    ("about 90 minutes, no more horror though", "81-99"),     # "no more <genre>" is no cap on the length
])
def test_near_misses_keep_the_window(values, text, window):
    assert values(text, "duration") == [(window, None)]


@pytest.mark.parametrize("text, bound", [
    ("red-eye flight, roughly 3 hours, anything to pass the time", "-180"),
    ("the train ride home, around 40 min, something light", "-40"),
])
def test_a_trips_approximate_length_after_a_comma_is_a_ceiling(values, text, bound):
    assert values(text, "duration") == [(bound, None)]


def test_a_trip_beside_a_film_length_with_a_number_keeps_the_films(values):
    assert values("long flight, a long movie, 3 hours plus", "duration") == [("180-", None)]


@pytest.mark.parametrize("text, bounds", [
    ("can't do 2 hours tonight, an hour and a half max", {"-119", "-90"}),
    ("i cant manage 3 hrs, 2 and a half tops", {"-179", "-150"}),
    ("we cant do 3 hours, 1 and a half max", {"-179", "-90"}),
])
def test_a_length_one_cannot_do_and_a_ceiling_after_it(values, text, bounds):
    assert {v for v, _ in values(text, "duration")} == bounds


def test_a_length_not_to_be_found_is_no_limit(values):
    assert values("i cant find anything about 2 hours", "duration") == [("108-132", None)]


def test_not_under_an_hour_is_an_hour_and_more(values):
    assert values("nothing under an hour", "duration") == [("60-", None)]
