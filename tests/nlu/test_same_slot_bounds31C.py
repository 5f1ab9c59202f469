"""Round 31C: two bounds said together on one count (seasons, minutes, release years) both hold — the stricter
ceiling, the stricter floor, an exact count inside a looser bound (actions/constraints.combined_bounds) — while a
change of mind inside the message ("four seasons, no wait, two") still replaces the value before it
(nlu/extraction/corrections.py). End to end from the extractor to the planned constraints; phrasings are this
module's own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, low, high", [
    ("a mystery miniseries please, no more than 5 seasons", 1, 1),  # the exact count inside the looser ceiling
    ("a sitcom with no more than 6 seasons, under 4 seasons ideally", None, 3),  # the stricter ceiling
    ("a drama series with at least 2 seasons but no more than 4", 2, 4),  # a floor and a ceiling
])
def test_two_season_bounds_in_one_message_intersect(plan, text: str, low, high) -> None:
    got = plan(text)
    assert (got.min_seasons, got.max_seasons) == (low, high), got


def test_two_runtime_ceilings_in_one_message_keep_the_stricter(plan) -> None:
    got = plan("a comedy film under 100 minutes, no longer than two hours")
    assert (got.min_minutes, got.max_minutes) == (None, 100), got


def test_a_decade_and_a_later_floor_in_one_message_intersect(plan) -> None:
    got = plan("a thriller from the 2000s, something after 2004")
    assert (got.year_min, got.year_max) == (2005, 2009), got


@pytest.mark.parametrize("text, low, high", [
    ("a crime show with four seasons, no wait, two seasons", 2, 2),
    ("a series, at most 5 seasons, actually at most 3 seasons", None, 3),
    ("a sci-fi series, max 2 seasons, no, 4 at most", None, 4),  # the looser one, said last as a change of mind
])
def test_a_correction_in_one_message_still_replaces(plan, text: str, low, high) -> None:
    got = plan(text)
    assert (got.min_seasons, got.max_seasons) == (low, high), got
