"""Round 26b: terse typists' compact words and abbreviations, through the real extractor (the bundled catalog's
gazetteer). Phrasings are this module's own.

1. One letter before a kind is its origin ("k thrillers", "j-comedy", "chorror"), as "k-drama" is: nlu/extraction/
   shorthand.py ``_ORIGIN_LETTER_RE`` writes the origin out (Korean, Japanese, Chinese), the dramas keep geo's series.
2. Origins and kinds in chat spelling: "naija" Nigerian, "bolly" Bollywood, "spn"/"span" Spanish before a kind,
   "srs" series (not "are u srs"), "smth"/"sth" something (shorthand ``SHORTHAND``).
3. A near title never swallows a kind word: "war docs" is documentaries about war, never a slip of a title
   (names.LooseNames ``_slip``: a work noun or a genre word is no slip).
4. "<N" keeps its number as "under N" does; "sub N" is an upper bound too (durations).
5. "us" ruled out: as the whole message ("not us") and at the head of a list ("no us/uk") it is the country, ruled
   out with the list (geo.us_beside_countries); the pronoun stays the pronoun.
6. An ordinal after a likeness cue without "the" ("similar to 4th") is a position of the list (positions).
"""

from __future__ import annotations

import pytest


def _pairs(ents, text):
    return sorted((e.entity, e.value, e.role) for e in ents(text))


# -- 1. one letter before a kind is its origin ------------------------------------------------------------------------

@pytest.mark.parametrize("text, origin, genre", [
    ("any k thrillers?", ("language", "ko"), "thriller"),
    ("j-comedy for tonight", ("country", "Japan"), "comedy"),
    ("got some jhorror", ("country", "Japan"), "horror"),
    ("c-romance pls", ("language", "zh"), "romance"),
    ("K-Action films", ("language", "ko"), "action"),
])
def test_an_origin_letter_before_a_genre_is_the_origin(ents, text, origin, genre):
    got = _pairs(ents, text)
    assert (*origin, None) in got and ("genre", genre, None) in got, got


def test_an_origin_letter_before_a_format_is_the_origin(values):
    assert values("k shows from the 2010s", "language") == [("ko", None)]
    assert values("k shows from the 2010s", "media_type") == [("series", None)]


def test_the_origin_letter_keeps_the_drama_a_series(values):
    assert values("a kdrama please", "media_type") == [("series", None)]
    assert values("a kdrama please", "language") == [("ko", None)]


@pytest.mark.parametrize("text", ["k, comedy then", "ok k thanks", "mark thrillers", "vitamin c comedy", "k-pop"])
def test_a_letter_that_is_no_origin_stays_so(values, text):
    assert values(text, "language") in ([], [("ko", None)] if text == "k-pop" else []), text
    assert not values(text, "country"), text


def test_a_letter_before_a_plain_film_word_is_no_chinese(values):
    assert not values("c movies are trash", "language")


# -- 2. chat spellings of origins and kinds -------------------------------------------------------------------------

@pytest.mark.parametrize("text, entity, value", [
    ("naija comedies pls", "country", "Nigeria"),
    ("some naija stuff", "country", "Nigeria"),
    ("bolly romance", "country", "India"),
    ("spn thrillers", "language", "es"),
    ("span tv", "language", "es"),
])
def test_an_origin_in_chat_spelling(values, text, entity, value):
    assert values(text, entity) == [(value, None)], text


def test_span_is_spanish_only_before_a_kind(values):
    assert not values("my attention span films are short ones", "language")
    assert not values("the span of a day", "language")


@pytest.mark.parametrize("text", ["crime srs", "a funny srs with 1 szn", "srs set in space"])
def test_srs_is_series(values, text):
    assert values(text, "media_type") == [("series", None)], text


@pytest.mark.parametrize("text", ["r u srs", "im srs", "srs?"])
def test_srs_as_serious_is_no_format(values, text):
    assert not values(text, "media_type"), text


def test_smth_is_something(ents):
    got = _pairs(ents, "smth w/ tom hanks")
    assert ("actor", "Tom Hanks", None) in got, got


# -- 3. a near title never swallows a kind word ---------------------------------------------------------------------

@pytest.mark.parametrize("text, genre", [
    ("war docs", "documentary"),
    ("some war doc", "documentary"),
])
def test_a_kind_word_is_no_slip_of_a_title(ents, text, genre):
    got = _pairs(ents, text)
    assert not any(e[0] == "title" for e in got) and ("genre", genre, None) in got, got


def test_a_real_slip_of_the_title_still_reads(values):
    assert values("something like war dgos", "title") == [("War Dogs", "similar")]
    assert values("war dogs", "title") == [("War Dogs", None)]


# -- 4. "<N" and "sub N" ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, bound", [
    ("thriller <100m", "-100"),
    ("<1h comedy", "-60"),
    ("doc sub 45m", "-45"),
    ("something sub 2hrs", "-120"),
])
def test_a_terse_upper_bound_keeps_its_number(values, text, bound):
    assert values(text, "duration") == [(bound, None)], text


# -- 5. "us" ruled out --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, countries", [
    ("not us", ["United States"]),
    ("non-us ones please", ["United States"]),
    ("no us/canada", ["Canada", "United States"]),
    ("nothing uk or us", ["United Kingdom", "United States"]),
])
def test_us_ruled_out_is_the_country(values, text, countries):
    got = values(text, "country")
    assert sorted(v for v, _ in got) == countries and all(r == "exclude" for _, r in got), (text, got)


@pytest.mark.parametrize("text", ["not for us", "it's not us who chose", "no, us two are watching"])
def test_the_pronoun_stays_the_pronoun(values, text):
    assert not values(text, "country"), text


def test_us_in_a_wanted_list_stays_wanted(values):
    assert sorted(values("us or canada thrillers", "country")) == [("Canada", None), ("United States", None)]


# -- 6. an ordinal after a likeness cue -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, position", [
    ("similar to 4th", "4"),
    ("sth like 2nd pls", "2"),
    ("more like last", "last"),
])
def test_an_ordinal_after_a_likeness_cue_is_a_position(values, text, position):
    assert values(text, "position") == [(position, None)], text


def test_like_last_time_is_no_position(values):
    assert not values("something like last time", "position")


def test_us_after_a_bare_comma_past_a_ruled_out_country_is_wanted(values):
    assert values("not canada, us then", "country") == [("Canada", "exclude"), ("United States", None)]
