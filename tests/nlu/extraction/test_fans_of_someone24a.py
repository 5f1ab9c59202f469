"""Round 24a, class 6: a grandparent named as the fan of a person or a title is no company, so no cap; only the person
counts (nlu/extraction/audience.py ``_fan_of_someone``). Phrasings are this module's own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, person", [
    ("my grandpa adores clint eastwood", "Clint Eastwood"),
    ("my nan is a big fan of tom hanks", "Tom Hanks"),
])
def test_a_grandparent_fan_of_a_person_caps_nothing(values, text, person):
    assert values(text, "audience") == []
    assert (person, None) in values(text, "actor") + values(text, "director")


def test_a_cap_said_after_still_caps(values):
    # round 34: "keep it <rating>" is a ceiling (the family band), no longer the one rating
    assert ("family", None) in values("my grandpa adores clint eastwood, keep it PG", "audience")


@pytest.mark.parametrize("text", ["my gran likes old musicals", "watching with my grandpa, he adores clint eastwood"])
def test_near_miss_grandparents_watching_or_liking_a_kind_stay_the_cap(values, text):
    assert ("family", "cap") in values(text, "audience"), values(text, "audience")
