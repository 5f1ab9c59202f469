"""Round 21f: a century is the popular one (nlu/extraction/years.py "year-last-century", "year-this-century").

Viewers count the 20th century as the 1900s: "the last century", "last century's films", "the 20th century" are up to
1999 (the year 2000 is this century's), "this century" / "the 21st century" from 2000. The century said last in its
clause ("anything 20th century", "the twentieth century, please") is the time too; a century that is a story's
subject ("a film about the 20th century") or part of a title is no bound. Phrasings are this module's own.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "last century's films would be nice",
    "any horror from last century",
    "something from the 20th century",
    "westerns of the past century",
])
def test_the_last_century_ends_in_1999(values, text):
    assert values(text, "year") == [("-1999", None)], values(text, "year")


@pytest.mark.parametrize("text", ["anything 20th century", "the twentieth century, please"])
def test_the_twentieth_century_said_last_in_its_clause_is_the_time(values, text):
    assert values(text, "year") == [("-1999", None)], values(text, "year")


@pytest.mark.parametrize("text", ["animated stuff from this century", "thrillers of the 21st century only",
                                  "something 21st century, for the kids"])
def test_this_century_starts_in_2000(values, text):
    assert values(text, "year") == [("2000-", None)], values(text, "year")


@pytest.mark.parametrize("text", [
    "a film about the 20th century",  # a subject, no time of release
    "a documentary on the 20th century.",
    "a series about the 21st century",
    "did you like 20th century boys",  # a title
])
def test_a_century_as_a_subject_or_a_name_is_no_bound(values, text):
    assert values(text, "year") == [], values(text, "year")


def test_the_year_2000_itself_is_still_that_year(values):
    assert values("a comedy from 2000", "year") == [("2000-2000", None)]
