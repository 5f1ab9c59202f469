"""Review of round 22d: a hedge before a number ("like", "maybe", "probably") is an age's only when the number ends the
clause or an age's words follow (nlu/extraction/audience.py ``_HEDGED_AGE_END``); a number counting something else
after the hedge is no age."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "my sis is probably 2 steps ahead of the plot always",
    "he's like 3 levels ahead of me in that game",
    "my brother is maybe 4 episodes behind, no spoilers",
])
def test_a_count_after_a_hedge_is_no_age(values, text):
    assert values(text, "audience") == [], values(text, "audience")


@pytest.mark.parametrize("text, audience", [
    ("my niece, she's like 6", "kids"),
    ("my nephew is maybe 8 and loves lego", "family"),
    ("he's probably 10 years old", "family"),
    ("she's like 5-ish, nothing scary", "kids"),
    ("my cousin is roughly seven", "family"),
])
def test_near_miss_a_hedged_age_is_still_an_age(values, text, audience):
    assert (audience, None) in values(text, "audience"), values(text, "audience")
