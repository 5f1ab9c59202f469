"""Round 30A of the NLU extraction: a bound said before its number with no unit ("at least 6 now", "nothing more than
2 this time", "fewer than 4 tho") is the unitless ``bound`` entity the postfix forms give ("6 or more"), its unit left
to the search it edits (actions/title_questions.bound_in_the_unit_asked). Phrasings are this module's own; near misses
(an age, a count of something else, a number with its unit) keep their readings."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, value", [
    ("at least 6 now", "6-"),
    ("ok, minimum of 3 actually", "3-"),
    ("hmm no less than four then", "4-"),
    ("nothing more than 2 this time", "-2"),
    ("make it at most 5 instead", "-5"),
    ("up to 4 would be fine", "-4"),
    ("max 1 then", "-1"),
    ("more than 3 please", "4-"),
    ("ideally at least like 7", "7-"),
])
def test_a_comparator_before_a_bare_number_is_a_unitless_bound(values, text, value):
    assert values(text, "bound") == [(value, None)]


@pytest.mark.parametrize("text", ["fewer than 4 tho", "less than 100 now", "under 3 again"])
def test_a_strict_upper_bound_waits_for_its_unit(values, text):
    """"Under 3" is at most 2 seasons but "under 90" is 90 minutes at most: the value marks it strict (``<N``)."""
    got = values(text, "bound")
    assert len(got) == 1 and got[0][0].startswith("<"), got


@pytest.mark.parametrize("text", [
    "at least 3 of them",          # a count of something else
    "more than 2 people tonight",
    "my niece is over 10",         # an age
    "something for kids under 9",
    "rated under 13",
    "over 18 only",
    "i'm over 40 lol",
])
def test_no_bound_in_near_misses(values, text):
    assert values(text, "bound") == []


def test_a_number_with_its_unit_keeps_its_own_reading(values):
    assert values("no more than 2 hours actually", "duration") == [("-120", None)]
    assert values("no more than 2 hours actually", "bound") == []


def test_in_a_message_counting_seasons_the_bound_is_seasons(values):
    """"fewer than 3" beside a season count is at most 2 seasons (seasons.bare_bounds resolves the strict mark)."""
    text = "a show that doesn't drag on for 9 seasons, fewer than 3 ideally"
    assert ("-2", None) in values(text, "seasons")
    assert values(text, "bound") == []


def test_a_strict_bound_taken_back_after_a_season_count_is_whole_seasons(values):
    assert values("3 seasons, no, fewer than 3", "seasons") == [("-2", None)]
