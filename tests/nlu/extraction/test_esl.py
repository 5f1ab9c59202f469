"""English as a second language: literal translations read as their English equivalents (nlu/extraction/audience.py
"of N years" / "have N years", years.py decades "the years 80" / "the 80 years" and "no too old", genres.py "a film of
<genre noun>"), each with near-misses that must not change. Phrasings are this module's own.
"""

from __future__ import annotations

import re
import time

import pytest


# -- 1. ages said "of N years" / "have N years" ------------------------------------------------------------------------

@pytest.mark.parametrize("text, audience", [
    ("something for my son of 6 years", "kids"),
    ("a film for a little girl of 2 years", "preschool"),
    ("my nephew of 11 years is visiting", "family"),
    ("my two boys have 9 and 14 years", "family"),
    ("my granddaughter has 15 years, she likes music", "teen"),
    ("our twins have only 4 years", "preschool"),
    ("he has 10 years and loves dinosaurs", "family"),
    ("for the kids of 7 years old", "family"),
])
def test_an_age_of_n_years_is_the_childs_audience(values, text, audience):
    assert values(text, "audience") == [(audience, None)]


@pytest.mark.parametrize("text", [
    "my son has 3 years of guitar lessons behind him",
    "the kids have 2 years left at school",
    "a documentary of 5 years in the making",
    "my husband of 20 years loves westerns",
    "my daughter had 6 years ago a rabbit",
    "she has 30 years of experience as a nurse",
    "he has 2 years to finish his degree",
])
def test_years_of_something_else_are_no_age(values, text):
    # "the kids" alone is a child of no stated age (family); no age band may come from the years
    assert {value for value, _ in values(text, "audience")} <= {"family"}, values(text, "audience")


# -- 2. negation without "do" ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, entity, value", [
    ("we not want musicals", "genre", ("music", "exclude")),
    ("my wife not like horror", "genre", ("horror", "exclude")),
    ("he no like gore", "genre", ("horror", "exclude")),
    ("no so much swearing please", "audience", ("family", "cap")),
    ("something no too old", "year", ("recent:10", None)),
])
def test_a_negation_without_do_is_read_as_with_it(values, text, entity, value):
    assert value in values(text, entity), values(text, entity)


@pytest.mark.parametrize("text", ["no old movies please", "no too old for her"])
def test_no_too_old_needs_the_degree_word_and_no_for_after(values, text):
    assert ("recent:10", None) not in values(text, "year")


# -- 3. genre nouns after "of" -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, genres, media", [
    ("a good movie of terror for tonight", ["horror"], "movie"),
    ("some shows of love", ["romance"], "series"),
    ("any flicks of laughter?", ["comedy"], "movie"),
    ("a drama of love, please", ["drama", "romance"], None),
])
def test_a_genre_noun_after_of_is_the_genre(values, text, genres, media):
    assert sorted(v for v, _ in values(text, "genre")) == genres
    assert values(text, "media_type") == ([(media, None)] if media else [])


def test_a_film_of_terror_turned_down_excludes_horror(values):
    assert values("i not want films of terror", "genre") == [("horror", "exclude")]


@pytest.mark.parametrize("text", [
    "a movie about the power of love",
    "a series set during the reign of terror",
    "a film about a labour of love",
    "a show of hands",
])
def test_of_after_no_media_noun_or_another_word_is_no_genre(values, text):
    assert values(text, "genre") == []


# -- 4. decades in other word orders -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, years", [
    ("comedies of the years 70", "1970-1979"),
    ("something from years 90 please", "1990-1999"),
    ("an action film of the 80 years", "1980-1989"),
    ("shows of the years 80 and 90", "1980-1999"),
    ("movies from the years 00", "2000-2009"),
])
def test_a_decade_in_another_word_order_is_that_decade(values, text, years):
    assert values(text, "year") == [(years, None)]


@pytest.mark.parametrize("text", [
    "my grandpa is 80 years old",
    "a couple married for 60 years",
    "in the 50 years since the war",
    "a documentary of 70 years of history",
    "in 10 years 20 things changed",
    "the years 90 minutes felt long",
])
def test_a_span_or_an_age_of_years_is_no_decade(values, text):
    assert not [v for v, _ in values(text, "year") if re.fullmatch(r"\d{4}-\d{4}", v)], values(text, "year")


def test_a_long_translated_message_stays_fast(values):
    text = "a film of the years of love for my son of the years " * 20
    start = time.perf_counter()
    values(text[:1000], "year")
    assert time.perf_counter() - start < 1.0
