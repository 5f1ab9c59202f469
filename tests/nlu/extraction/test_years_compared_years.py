""""<comparison> the years <X>" (nlu/extraction/years.py "year-compared-years", round 21d): a four-digit year is that
year, two digits the decade; "the years 2000" alone stays the decade and "after 2000" / "after the 2000s" keep their
readings. Sentences are this module's own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, value", [
    ("any thrillers after the years 2000?", "2001-"),
    ("a comedy made later than the years 2005", "2006-"),
    ("dramas since the years 2000", "2000-"),
    ("westerns before the years 2000 pls", "-1999"),
    ("cartoons until the years 2000", "-2000"),
])
def test_a_four_digit_year_after_the_years_is_that_year(values, text, value):
    assert values(text, "year") == [(value, None)]


@pytest.mark.parametrize("text, value", [("horror after the years 90", "2000-"),
                                         ("musicals before the years eighty", "-1979")])
def test_two_digits_after_the_years_are_the_decade(values, text, value):
    assert values(text, "year") == [(value, None)]


@pytest.mark.parametrize("text, value", [
    ("romcoms of the years 2000", "2000-2009"),       # the decade, as a translation says it
    ("films from the years 2010", "2010-2019"),
    ("mysteries after 2000", "2001-"),                # a plain year: strict
    ("sitcoms after the 2000s", "2010-"),             # a decade: past its end
    ("sitcoms after 2000s", "2010-"),
    ("a thriller before the 90s", "-1989"),
    ("anime since the 2000s", "2000-"),
    ("something from the 2000s", "2000-2009"),
    ("series from the years 2012 on", "2012-"),
])
def test_near_misses_keep_their_readings(values, text, value):
    assert values(text, "year") == [(value, None)]


def test_a_count_of_years_is_no_bound(values):
    assert values("a story set after the years 90 minutes long", "year") == []
