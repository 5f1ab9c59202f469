"""Runtime phrases → ``MIN-MAX`` minutes, or ``shorter``/``longer`` (contracts §5)."""

from __future__ import annotations

import pytest

from conftest import Ent


@pytest.mark.parametrize("text,surface,value", [
    ("comedies under 40 minutes", "under 40 minutes", "-40"),
    ("less than an hour and a half", "less than an hour and a half", "-90"),
    ("around 2 hours", "around 2 hours", "105-135"),
    ("something quick", "quick", "-30"),
    ("between 90 and 120 minutes", "between 90 and 120 minutes", "90-120"),
    ("90 min or less", "90 min or less", "-90"),
    ("no longer than 1h30", "no longer than 1h30", "-90"),
    ("at least 2 hours", "at least 2 hours", "120-"),
    ("under an hour", "under an hour", "-60"),
    ("less than 90 mins", "less than 90 mins", "-90"),
    ("no more than an hour", "no more than an hour", "-60"),
    ("1-2 hours", "1-2 hours", "60-120"),
    ("2+ hours", "2+ hours", "120-"),
    ("two hours tops", "two hours tops", "-120"),
    ("roughly ninety minutes", "roughly ninety minutes", "75-105"),
    ("about 45 minutes", "about 45 minutes", "35-55"),
    ("a 90-minute movie", "90-minute", "75-105"),
    ("under 2hrs", "under 2hrs", "-120"),
    ("1 hour 30 minutes max", "1 hour 30 minutes max", "-90"),
    ("less than 1:30", "less than 1:30", "-90"),
    ("I only have 45 mins", "only have 45 mins", "-45"),
    ("nothing over 2 hours", "nothing over 2 hours", "-120"),
    ("not too long", "not too long", "-120"),
    ("half an hour", "half an hour", "20-40"),
    ("one and a half hours", "one and a half hours", "75-105"),
    ("< 90 min", "< 90 min", "-90"),
    ("> 2 hours", "> 2 hours", "120-"),
    ("30 min to 1h", "30 min to 1h", "30-60"),
    ("over an hour", "over an hour", "60-"),
    ("1.5 hours max", "1.5 hours max", "-90"),
])
def test_duration_phrases(ents, text, surface, value):
    assert Ent(surface, "duration", value) in ents(text)


@pytest.mark.parametrize("text,value", [
    ("something shorter", "shorter"),
    ("a bit longer please", "longer"),
    ("shorter ones", "shorter"),
])
def test_relative_durations_refine_the_previous_turn(values, text, value):
    assert values(text, "duration") == [(value, None)]


def test_shorter_than_is_a_bound_not_a_relative_refinement(values):
    assert values("shorter than 2 hours", "duration") == [("-120", None)]


def test_negated_one_sided_duration_is_inverted(values):
    assert values("nothing under 90 minutes", "duration") == [("90-", None)]


def test_quick_question_is_not_a_duration(values):
    assert values("I have a quick question", "duration") == []


@pytest.mark.parametrize("text", ["movies from 1990-2000", "for my 10 year old", "the 2nd one", "PG-13"])
def test_numbers_without_time_units_are_not_durations(values, text):
    assert values(text, "duration") == []
