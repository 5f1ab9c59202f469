"""Round 24a, class 1: a rating turned down is ruled out, never asked for (nlu/extraction/ratings.py ``_refused``): a
refusal before it with only words of letting someone watch between, or a verdict after it. Phrasings are this module's
own; near misses keep their reading."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "my 13 year old is into slashers but we won't let him see anything R rated",
    "a war film for my daughter, i'm not allowing her to watch rated R",
    "we don't want R tonight, a comedy",
])
def test_a_refusal_of_letting_someone_watch_rules_the_rating_out(values, text):
    assert values(text, "rating") == [("R", "exclude")], values(text, "rating")


@pytest.mark.parametrize("text, code", [
    ("a heist movie, R is a no", "R"),
    ("a thriller for the two of us, TV-MA is off the table", "TV-MA"),
    ("some sci-fi, but R isn't okay", "R"),
])
def test_a_verdict_after_the_rating_rules_it_out(values, text, code):
    assert values(text, "rating") == [(code, "exclude")], values(text, "rating")


def test_the_age_said_beside_a_refused_rating_stays(values):
    text = "my 14 year old loves zombies but she's not watching R rated stuff"
    assert ("teen", None) in values(text, "audience")
    assert values(text, "rating") == [("R", "exclude")]


@pytest.mark.parametrize("text", ["R is fine too", "I don't mind R, any thriller", "a rom com, R works"])
def test_near_miss_a_rating_let_in_is_no_refusal(values, text):
    assert ("R", "exclude") not in values(text, "rating"), values(text, "rating")


def test_a_lower_case_r_in_a_list_of_refused_ratings_is_the_rating(values):
    got = values("no tv-14, no r, no tv-ma. any mystery?", "rating")
    assert ("R", "exclude") in got and ("TV-14", "exclude") in got, got


def test_near_miss_a_lone_lower_case_r_is_a_letter(values):
    assert values("a mystery, no r", "rating") == []
