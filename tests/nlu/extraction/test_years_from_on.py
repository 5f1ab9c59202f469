""""From <year> on" is a floor whether a courtesy follows ("from 2015 on please") or the year is said the literal way
("from the years 2010 on"); "the years 2010" alone stays the decade (nlu/extraction/years.py, review of round 20c)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, value", [
    ("thrillers from 2016 on pls", "2016-"),
    ("a film of the years 2010 onwards", "2010-"),
    ("series from the years 2012 on", "2012-"),
])
def test_from_a_year_on_is_a_floor(values, text, value):
    assert values(text, "year") == [(value, None)]


@pytest.mark.parametrize("text, value", [("films from the years 2010", "2010-2019"),
                                         ("from 2015 on netflix", "2015-2015")])
def test_without_on_as_a_word_of_its_own_no_floor(values, text, value):
    assert values(text, "year") == [(value, None)]
