"""Review of round 22d: a grandparent's visit told as a title's story is no company, so no grown-ups' cap
(nlu/extraction/audience.py ``elders_in_company`` / ``_in_a_story``); grandparents watching too stay the cap."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "a comedy about a grandpa in town for the holidays",
    "a film about grandma visiting",
    "a series where the grandparents are staying with us",
    "a drama about my nan coming over for christmas",
    "a movie in which granny is visiting",
])
def test_a_grandparent_in_the_story_caps_nothing(values, text):
    assert values(text, "audience") == [], values(text, "audience")


@pytest.mark.parametrize("text", [
    "grandparents in town this weekend, any comedies",
    "a movie about dogs, grandma is visiting",
    "something about space, watching with my gran",
    "my grandpa is staying with us, a western maybe",
])
def test_near_miss_grandparents_watching_stay_the_cap(values, text):
    assert values(text, "audience") == [("family", "cap")], values(text, "audience")
