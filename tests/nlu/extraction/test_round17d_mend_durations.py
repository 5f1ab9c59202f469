"""Mend of round 17d (nlu/extraction/durations.py): fitting and story time went too far. Each class is tested with its
over-reach and with the round's own behaviour that must keep working (near-misses)."""

from __future__ import annotations

import pytest


# -- fitting takes a time -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, window", [
    ("a film fitting for a rainy day, roughly 2 hours", "108-132"),
    ("a show that fits my dad's taste, about 90 minutes", "81-99"),
    ("something fit for a date, around an hour and a half", "81-99"),
])
def test_fitting_a_taste_or_an_occasion_keeps_the_window(values, text, window):
    assert values(text, "duration") == [(window, None)]


@pytest.mark.parametrize("text, bound", [
    ("about 2 hours on the couch, something that fits into it", "-120"),    # near miss: fitting the time
    ("around 90 minutes, can we squeeze a film in", "-90"),
    ("i have roughly an hour, need one to fit", "-60"),
    ("two hours free, what would fit?", "-120"),
])
def test_fitting_the_time_is_still_a_ceiling(values, text, bound):
    assert values(text, "duration") == [(bound, None)]


@pytest.mark.parametrize("text", [
    "a heist that plays out in 2 hours",
    "a thriller that happened in 48 hours",
    "a mystery that unfolded in 90 minutes",
    "a war story that takes place in 24 hours",
])
def test_the_time_a_story_takes_is_no_deadline(values, text):
    assert not [v for v, _ in values(text, "duration") if v.startswith("-")], values(text, "duration")


def test_time_left_is_still_a_deadline(values):
    assert values("we go out in 2 hours, a comedy", "duration") == [("-120", None)]
