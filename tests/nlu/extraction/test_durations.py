"""Runtime phrases → ``MIN-MAX`` minutes, or ``shorter``/``longer`` (nlu/extraction/durations.py, contracts §5).

Its phrases are rows of cases/durations.tsv (run by test_extractor.py); the tests here each name one behaviour.
"""

from __future__ import annotations

import pytest


def test_shorter_than_is_a_bound_not_a_relative_refinement(values):
    assert values("shorter than 2 hours", "duration") == [("-120", None)]


def test_negated_one_sided_duration_is_inverted(values):
    assert values("nothing under 90 minutes", "duration") == [("90-", None)]


def test_quick_question_is_not_a_duration(values):
    assert values("I have a quick question", "duration") == []


def test_cannot_limit_is_an_upper_bound(values):
    assert values("my daughter can't sit through more than 75 minutes", "duration") == [("-75", None)]


def test_time_spent_scrolling_is_not_a_runtime(values):
    assert values("we always waste an hour scrolling, something funny please", "duration") == []


def test_a_bare_number_after_an_hour_is_no_runtime_when_a_noun_follows(values):
    assert values("an hour and two episodes", "duration") == [("48-60", None)]


def test_two_bounds_on_the_same_side_stay_one_sided_readings(values):
    # not a window: both are upper bounds, read one by one as before
    assert ("-120", None) in values("under 2 hours, under 100 minutes even", "duration")


@pytest.mark.parametrize("text, window", [
    ("anything around 90 min", "81-99"),
    ("about an hour i guess", "54-66"),
    ("a drama around 2 hours", "108-132"),
    ("roughly 40 minutes", "35-45"),       # ± 5 min at least
    ("about 3 hours", "162-198"),
])
def test_about_n_is_a_window_of_a_tenth_of_n_either_side(values, text, window):
    assert values(text, "duration") == [(window, None)]


def test_a_bare_runtime_reaches_down_twice_the_window(values):
    assert values("a 90 minute film", "duration") == [("72-90", None)]


def test_a_window_that_would_reach_zero_is_open_below(values):
    assert values("about 5 minutes", "duration") == [("-10", None)]


# --- round 13a: "tops" before its number, a number beats a size word -----------------------------------------

@pytest.mark.parametrize("text, bound", [
    ("a heist film, tops 100 minutes", "-100"),
    ("documentary tops an hour and a half", "-90"),
    ("something tops 2 hours please", "-120"),
])
def test_tops_before_its_number_is_an_upper_bound(values, text, bound):
    assert values(text, "duration") == [(bound, None)]


def test_tops_after_its_number_is_still_an_upper_bound(values):
    assert values("a comedy, 45 minutes tops", "duration") == [("-45", None)]


@pytest.mark.parametrize("text, bound", [
    ("only short stuff, less than 40 minutes", "-40"),
    ("a quick documentary no longer than 50 minutes", "-50"),
    ("long films, at least two and a half hours", "150-"),
    ("not too long, about 100 minutes", "90-110"),
])
def test_a_runtime_with_a_number_beats_a_size_word_in_the_same_message(values, text, bound):
    assert values(text, "duration") == [(bound, None)]


@pytest.mark.parametrize("text", ["something short and sweet", "a quick one before bed", "a long movie for the flight"])
def test_a_size_word_alone_is_still_a_runtime(values, text):
    assert len(values(text, "duration")) == 1


def test_a_relative_refinement_beside_a_number_is_left_to_the_dialogue(values):
    # "shorter" is not a size word of this message's search but an edit of the last one (actions read it)
    assert ("shorter", None) in values("shorter, like under an hour", "duration")


# --- round 13c: time already behind the viewer is no runtime; time ahead still is ---------------------------------

@pytest.mark.parametrize("text", [
    "we're four hours into a drive to the coast, something for the back seat",
    "90 minutes in and the kids are restless already",
    "the movie ended an hour ago, another one like it",
    "I've been awake for 19 hours, something easy",
    "been on the road 5 hours, any audiobooks-style docs",
    "after a 12 hour shift I need a laugh",
    "after a long ten-hour day, something light",
    "after 9 hours at the office, a comedy",
    "just did a 14 hour double, anything funny",
    "we've debated it for twenty minutes, pick an action drama",
    "i worked for 10 hours today, something funny",
    "we waited 30 minutes for a table, something funny",
])
def test_time_already_elapsed_is_no_runtime(values, text):
    assert values(text, "duration") == []


@pytest.mark.parametrize("text, bound", [
    ("we're free for the next 2 hours, a thriller", "-120"),
    ("for the next hour and a half we can watch anything", "-90"),
    ("we have 3 hours left on the train", "-180"),
    ("a 4 hour drive ahead, something for the kids", "-240"),
])
def test_time_ahead_is_still_the_time_the_viewer_has(values, text, bound):
    assert values(text, "duration") == [(bound, None)]


@pytest.mark.parametrize("text, bound", [
    ("after a 10 hour flight, something under 90 minutes", "-90"),
    ("been up for 20 hours so a movie around 80 minutes", "72-88"),
    ("been looking for something under 2 hours", "-120"),
])
def test_a_runtime_beside_elapsed_time_is_still_read(values, text, bound):
    assert values(text, "duration") == [(bound, None)]


def test_a_past_search_for_a_length_is_still_a_runtime(values):
    assert values("we searched for 2 hour movies", "duration") == [("96-120", None)]


def test_a_size_word_beside_elapsed_time_is_still_read(values):
    # elapsed time has no minutes to beat "short" with (durations.explicit_bounds_win)
    assert values("after a 2 hour movie, something short", "duration") == [("-30", None)]


# -- Review 1: "shorter than that" after a strict lower bound refers to the number said -------------------------------

@pytest.mark.parametrize("text, referent", [
    # round 27D: dropping off during anything past a length is itself a ceiling at it ("shorter than that" then
    # resolves to the same bound, actions/constraints._apply_duration)
    ("falls asleep during anything over 90 min. comedy movie thats shorter than that", "-90"),
    ("we tune out on stuff longer than 100 minutes, a thriller shorter than that", "-100"),
    ("anything more than two hours is too much, shorter than that please", "120-"),
])
def test_shorter_than_a_strict_bound_refers_to_the_number_said(values, text, referent):
    assert values(text, "duration") == [(referent, None), ("shorter", None)], values(text, "duration")


@pytest.mark.parametrize("text, said", [
    ("something over 90 min", [("91-", None)]),                                    # no "than that": strict as before
    ("over 90 minutes, no, longer than that", [("91-", None), ("longer", None)]),  # longer: past 90 is what it asks
    ("at least 90 minutes is too long, something shorter than that", [("90-", None), ("shorter", None)]),
])
def test_other_bounds_beside_a_relative_keep_their_reading(values, text, said):
    assert values(text, "duration") == said, values(text, "duration")


def test_what_most_titles_run_is_a_complaint_not_a_wish(values):
    assert values("a bollywood film under 2 hours please, most are 3 hrs", "duration") == [("-120", None)]
