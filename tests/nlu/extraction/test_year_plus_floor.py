"""A year or decade with "+" typed right after it is a floor ("2018+", "1990s+"), as "2018 and up" is
(nlu/extraction/years.py, rule ``year-plus``). Near-misses: a "+" joining two numbers, a longer number, "2018 ++"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, value", [
    ("2018+", "2018-"),
    ("only 2016+ pls", "2016-"),
    ("sci-fi 2019+", "2019-"),
    ("1990s+", "1990-"),
    ("2015 and up", "2015-"),      # the spaced forms read as before
    ("2018 +", "2018-"),
])
def test_a_year_with_a_plus_is_a_floor(values, text, value):
    assert values(text, "year") == [(value, None)]


@pytest.mark.parametrize("text", ["12018+", "c++2018+", "2018++"])
def test_no_floor_without_a_year_standing_alone(values, text):
    assert all(v != "2018-" for v, _ in values(text, "year"))


def test_a_plus_between_two_years_is_no_floor(values):
    assert ("2018-", None) not in values("2018+2019", "year")
