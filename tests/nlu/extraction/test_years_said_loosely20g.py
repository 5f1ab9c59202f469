"""Round 20g: years at the edges, as viewers say them loosely (phrasings are this module's own).

"year" with no article before a year said aloud or in digits is part of the year ("prior to year nineteen eighty",
"since year 2012"); "two thousand" alone before a word that names no kind is a count, no year; "the last years" /
"the past years" with no number are the catalog's recent years (years.py "year-last-years"), never a story's time.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, value", [
    ("a thriller prior to year nineteen eighty", "-1979"),
    ("cartoons before year 2005", "-2004"),
    ("anything after year twenty twelve", "2013-"),
    ("comedies since year two thousand and four", "2004-"),
    ("something from year nineteen eighty seven onwards", "1987-"),
    ("war films up to year two thousand", "-2000"),
])
def test_year_without_an_article_is_part_of_the_bound(values, text, value):
    assert values(text, "year") == [(value, None)], values(text, "year")


@pytest.mark.parametrize("text, value", [
    ("year two thousand comedies", "2000-2000"),
    ("a horror film from two thousand please", "2000-2000"),
    ("dramas of two thousand", "2000-2000"),
])
def test_two_thousand_as_a_year_stays_a_year(values, text, value):
    assert values(text, "year") == [(value, None)], values(text, "year")


@pytest.mark.parametrize("text", [
    "a film with two thousand soldiers in it",
    "two thousand ways to fall in love",
])
def test_two_thousand_as_a_count_is_no_year(values, text):  # near miss
    assert values(text, "year") == [], values(text, "year")


@pytest.mark.parametrize("text", [
    "from the past years, something new",
    "crime shows of the last years",
    "over the past years maybe",
])
def test_the_last_years_without_a_number_are_recent(values, text):
    assert ("recent", None) in values(text, "year"), values(text, "year")


@pytest.mark.parametrize("text", [
    "a drama about the last years of a painter",
    "the past years in his life were hard, anything funny",
])
def test_the_last_years_of_a_story_are_no_release_years(values, text):  # near miss
    assert values(text, "year") == [], values(text, "year")


@pytest.mark.parametrize("text", ["new, thanks", "ok just new", "only new now", "hm, these last years"])
def test_new_said_alone_after_a_list_is_recent(values, text):
    assert ("recent", None) in values(text, "year"), values(text, "year")


@pytest.mark.parametrize("text", ["anything new?", "something new to me", "new york crime shows", "nothing new here"])
def test_new_that_is_no_release_year_stays_unread(values, text):  # near miss
    assert ("recent", None) not in values(text, "year"), values(text, "year")


@pytest.mark.parametrize("text", ["hmm not so new", "nothing too new pls"])
def test_not_so_new_is_past_the_recent_years(values, text):
    assert values(text, "year") == [("old:3", None)], values(text, "year")


@pytest.mark.parametrize("text", ["that one is not so new to me", "not too new york-ish"])
def test_not_new_to_the_viewer_is_no_age(values, text):  # near miss
    assert ("old:3", None) not in values(text, "year"), values(text, "year")
