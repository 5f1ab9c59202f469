"""Round 22m: a refused compound kind followed by its own head word ("no more true crime documentaries") is one
refused kind (``crime+documentary``), its head no genre refused of its own: a documentary asked for after it stays
wanted (nlu/extraction/negation.py ``_refused_combinations`` / ``_combination``)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "my partner is done with true crime documentaries. we still want a documentary",
    "no true crime docs, some other documentary is fine",
])
def test_the_head_after_a_refused_compound_stays_wanted_elsewhere(values, text):
    assert ("crime+documentary", "exclude") in values(text, "origin_genre"), values(text, "origin_genre")
    assert values(text, "genre") == [("documentary", None)], values(text, "genre")


def test_the_compound_with_its_head_is_one_refused_kind(values):
    text = "please no true crime documentaries"
    assert values(text, "origin_genre") == [("crime+documentary", "exclude")], values(text, "origin_genre")
    assert values(text, "genre") == [], values(text, "genre")


@pytest.mark.parametrize("text, kind", [
    ("no horror comedies, a comedy is fine", "comedy+horror"),
    ("nothing true crime, i want a documentary", "crime+documentary"),
])
def test_near_miss_other_refused_combinations_unchanged(values, text, kind):
    assert (kind, "exclude") in values(text, "origin_genre"), values(text, "origin_genre")
    assert ("documentary", "exclude") not in values(text, "genre") and ("comedy", "exclude") not in values(text, "genre")
