"""Round 20c: comparatives, years, runtimes and season counts as non-native and hurried viewers say them, each with
near-misses that must not change. Phrasings are this module's own.

Classes: "more/less + adjective" is the comparative relative to the list shown (durations.py "duration-relative-more",
years.py "year-comparative-more", rules.COMPARATIVE_END); a decade said "the years seventy" / "years 80" and "before of"
(years.py); "more of N hours" is more than N, "more or less" after a runtime is a window round it (durations.py); "too
many seasons, N max" is a ceiling, never many seasons (seasons.py "seasons-too-many-said"); "N seasons, no, just M"
keeps the last count (corrections.py).
"""

from __future__ import annotations

import pytest


# -- 1. "more short", "less old" ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, entity, value", [
    ("more short pls", "duration", ("shorter", None)),
    ("hmm more long, we have the whole evening", "duration", ("longer", None)),
    ("more quick this time", "duration", ("shorter", None)),
    ("more old please", "year", ("older", None)),
    ("ok, more new", "year", ("newer", None)),
    ("less old, thanks", "year", ("newer", None)),
    ("less new please", "year", ("older", None)),
])
def test_more_or_less_before_an_adjective_is_the_comparative(values, text, entity, value):
    assert value in values(text, entity), values(text, entity)


@pytest.mark.parametrize("text, entity, value", [
    ("more short films", "duration", ("-30", None)),   # more of the short kind
    ("one more short one", "duration", ("-30", None)),  # another one
    ("more old movies", "year", ("old", None)),
])
def test_more_before_a_kind_is_more_of_it(values, text, entity, value):
    assert values(text, entity) == [value], values(text, entity)


@pytest.mark.parametrize("text", ["more comedies", "some more horror please"])
def test_more_of_a_genre_is_no_comparative(values, text):
    assert values(text, "duration") == [] and values(text, "year") == []


def test_less_violent_stays_a_wish_about_violence(values):
    assert values("something less violent", "duration") == [] and values("something less violent", "year") == []


# -- 2. years in words ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("a comedy of the years seventy", "1970-1979"),
    ("years 80, something with action", "1980-1989"),
    ("films from the years sixty to seventy", "1960-1979"),
    ("anything before of the year two thousand", "-1999"),
    ("released after of 2012", "2013-"),
])
def test_years_said_in_words(values, text, value):
    assert values(text, "year") == [(value, None)], values(text, "year")


@pytest.mark.parametrize("text", ["i waited years for this one", "for 3 years 80 episodes aired"])
def test_years_as_a_span_are_no_decade(values, text):
    assert values(text, "year") == []


# -- 3. runtimes in words --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("a movie of more of two hours", "120-"),
    ("less of an hour, we are tired", "-60"),
    ("one hour and a half, more or less", "81-99"),
    ("two hours and a half more or less", "135-165"),
])
def test_runtimes_said_loosely(values, text, value):
    assert values(text, "duration") == [(value, None)], values(text, "duration")


def test_more_of_without_a_runtime_is_nothing(values):
    assert values("more of the same please", "duration") == []


# -- 4. season counts ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("these ones have too many seasons, 3 max", "-3"),
    ("way too many seasons. two seasons at most", "-2"),
    ("too much seasons", "-2"),
])
def test_too_many_seasons_is_a_ceiling(values, text, value):
    assert values(text, "seasons") == [(value, None)] * len(values(text, "seasons")) and values(text, "seasons")


@pytest.mark.parametrize("text, value", [
    ("a thriller series with 3 seasons, no, just one", "1-1"),
    ("a sitcom w 4 seasons no only 2", "2-2"),
    ("a drama with 3 seasons, no just one season", "1-1"),
])
def test_a_season_count_corrected_keeps_the_last(values, text, value):
    assert values(text, "seasons") == [(value, None)], values(text, "seasons")


def test_a_no_before_other_words_is_no_correction(values):
    assert values("a show with 2 seasons, no, just one more thing", "seasons") == [("2-2", None)]


# -- comparatives with a number, "a more X one", four-digit decades said the translated way ----------------------------

@pytest.mark.parametrize("text, entity, value", [
    ("something more short than 100 minutes", "duration", "-100"),
    ("a film more long than an hour and a half", "duration", "91-"),
    ("nothing more long than 80 minutes", "duration", "-80"),
    ("less long than two hours please", "duration", "-120"),
    ("a western more old than 1970", "year", "-1969"),
    ("a thriller more new than 2012", "year", "2013-"),
    ("maybe a more short one", "duration", "shorter"),
    ("hits of the years 2000", "year", "2000-2009"),
    ("music films of years 1970", "year", "1970-1979"),
])
def test_comparatives_and_decades_with_numbers(values, text, entity, value):
    assert values(text, entity) == [(value, None)], values(text, entity)


def test_a_range_of_years_is_no_decade(values):
    assert values("from the years 2003 to 2008", "year") == [("2003-2008", None)]


def test_another_long_one_is_no_comparative(values):
    assert values("one more long one", "duration") == []
