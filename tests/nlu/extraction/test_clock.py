"""Time left said as two clock times (nlu/extraction/clock.py): the minutes from the time now to the deadline are the
runtime bound. Near-misses: one clock time alone, a gap too long for an evening, a runtime said outright.
Phrasings are this module's own."""

from __future__ import annotations

import time

import pytest

from nlu.extraction import clock


@pytest.mark.parametrize("text, bound", [
    ("off shift now, asleep by 10, it's 8:30. a film that fits", "-90"),
    ("it's 7 and we have until 9, a thriller", "-120"),
    ("bedtime is 11pm, it's 9.45 now, something funny", "-75"),
    ("its like 6:15, gotta leave at 8 for the train", "-105"),
    ("it's 11pm, sleeping at 1am, anything", "-120"),
])
def test_a_deadline_and_the_time_now_are_a_runtime_bound(values, text, bound):
    assert values(text, "duration") == [(bound, None)]


@pytest.mark.parametrize("text", [
    "it's 10pm and i can't sleep, something weird",  # one time: no deadline
    "the kid goes to bed at 8, something for her",  # no time now
    "it's 9 now, work at 6am, something long",  # a night, not an evening plan
    "it's 8 o'clock, bed at 8:05",  # too short to be a plan
    "it's 8:30pm, i have to leave at 10 tomorrow morning, something relaxing",  # the next day
    "its 9 now and my shift starts at 10 tomorrow",
    "it's 11pm and work starts at 7 in the morning",
])
def test_no_bound_without_a_now_and_a_deadline_an_evening_apart(values, text):
    assert values(text, "duration") == []


def test_a_runtime_said_outright_wins_over_the_clock(values):
    assert values("it's 8pm, a movie under 2 hours, we leave at 11", "duration") == [("-120", None)]


def test_the_rule_is_linear_on_a_long_message():
    text = "it's " + "about " * 3000 + "x, until " + "like " * 3000
    started = time.perf_counter()
    clock.find(text)
    assert time.perf_counter() - started < 0.5
