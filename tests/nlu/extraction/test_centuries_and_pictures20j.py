"""Round 20j: formal and old-fashioned English (phrasings are this module's own).

A century said as the time of release is a bound: the last / previous / twentieth century up to 1999, this /
the twenty-first century from 2000 (years.py "year-last-century", "year-this-century"; round 21f moved both ends to
the popular reading, tests/nlu/extraction/test_centuries_popular21f.py); a title with the word is none. "picture(s)" is the film format (media.py), not the image, the verb or the venue.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, value", [
    ("a spy thriller from the last century", "-1999"),
    ("westerns of the previous century, if you please", "-1999"),
    ("something made in the twentieth century", "-1999"),
    ("20th-century pictures about the sea", "-1999"),
    ("romances from this century only", "2000-"),
    ("comedies of the twenty-first century", "2000-"),
])
def test_a_century_said_as_the_time_is_a_bound(values, text, value):
    assert values(text, "year") == [(value, None)], values(text, "year")


@pytest.mark.parametrize("text", ["is 20th century fox still around", "that century old castle story"])
def test_a_century_in_a_name_or_an_age_is_no_bound(values, text):
    assert values(text, "year") == []


def test_two_decades_joined_by_or_are_the_span(values):
    assert values("a thriller from the thirties or forties", "year") == [("1930-1949", None)]


@pytest.mark.parametrize("text", ["a swedish picture would be lovely", "any courtroom pictures from the sixties"])
def test_picture_names_the_film_format(values, text):
    assert values(text, "media_type") == [("movie", None)]


@pytest.mark.parametrize("text", ["picture the scene: a quiet evening in", "she wants a picture book tonight"])
def test_picture_as_image_or_verb_is_no_format(values, text):
    assert values(text, "media_type") == []


@pytest.mark.parametrize("text", ["i'd like something rather serious tonight", "a serious one this time",
                                  "a serious picture, please"])
def test_something_serious_is_a_drama(values, text):
    assert ("drama", None) in values(text, "genre")


@pytest.mark.parametrize("text", ["we are serious about the length", "nothing too serious for the evening"])
def test_serious_about_or_nothing_serious_is_no_drama(values, text):
    assert values(text, "genre") == []
