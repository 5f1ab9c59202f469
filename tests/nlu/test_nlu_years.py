"""Release-year phrases → ``MIN-MAX`` years, relative ones computed from a fixed ``today``."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import TODAY, Ent
from nlu.extraction import extract_entities


@pytest.mark.parametrize("text,surface,value", [
    ("90s comedies", "90s", "1990-1999"),
    ("something from the 80s", "from the 80s", "1980-1989"),
    ("after 2018", "after 2018", "2019-"),
    ("before 1980", "before 1980", "-1979"),
    ("a 2015 movie", "2015", "2015-2015"),
    ("from 2015", "from 2015", "2015-2015"),
    ("since 2010", "since 2010", "2010-"),
    ("2010 or later", "2010 or later", "2010-"),
    ("pre-2000", "pre-2000", "-1999"),
    ("between 1990 and 2000", "between 1990 and 2000", "1990-2000"),
    ("the early 2000s", "the early 2000s", "2000-2003"),
    ("late 90s thrillers", "late 90s", "1996-1999"),
    ("the 1970s", "the 1970s", "1970-1979"),
    ("'90s", "'90s", "1990-1999"),
    ("80's", "80's", "1980-1989"),
    ("the nineties", "the nineties", "1990-1999"),
    ("older than 1970", "older than 1970", "-1969"),
    ("from the 2010s onwards", "from the 2010s onwards", "2010-"),
    ("stuff from 2019 or 2020", "from 2019 or 2020", "2019-2020"),
    ("comedy from 2021 or newer", "from 2021 or newer", "2021-"),
])
def test_absolute_years_and_decades(ents, text, surface, value):
    assert Ent(surface, "year", value) in ents(text)


@pytest.mark.parametrize("text,surface,value", [
    ("something recent", "recent", f"{TODAY.year - 2}-"),
    ("new horror movies", "new", f"{TODAY.year - 2}-"),
    ("the latest releases", "latest", f"{TODAY.year - 2}-"),
    ("last five years", "last five years", f"{TODAY.year - 5}-"),
    ("in the past 3 years", "in the past 3 years", f"{TODAY.year - 3}-"),
    ("the last decade", "the last decade", f"{TODAY.year - 10}-"),
    ("from last year", "from last year", f"{TODAY.year - 1}-{TODAY.year - 1}"),
    ("this year's releases", "this year's", f"{TODAY.year}-{TODAY.year}"),
])
def test_relative_years_use_today(ents, text, surface, value):
    assert Ent(surface, "year", value) in ents(text)


def test_relative_years_follow_the_given_date(gazetteer):
    later = extract_entities("last five years", dt.date(2030, 1, 1), gazetteer)
    assert [e["value"] for e in later] == ["2025-"]


@pytest.mark.parametrize("text", ["something new to me", "I'm in New York", "what's new?", "I'm in my 30s",
                                  "over 90 minutes", "#2021", "the 3000s"])
def test_non_year_phrases(values, text):
    assert values(text, "year") == []


def test_last_one_is_a_position_not_a_year(ents):
    assert [e.entity for e in ents("the last one")] == ["position"]
