"""Mood words and their synonyms (nlu/extraction/moods.py, contracts §5).

Its phrases are rows of cases/moods.tsv (run by test_extractor.py); the tests here each name one behaviour.
"""

from __future__ import annotations

import pytest


def test_funny_alone_is_a_mood_not_a_genre(values):
    assert values("something funny", "genre") == []
    assert values("something funny", "mood") == [("funny", None)]


# --- round 5 (13k): falling asleep and winding down said as what the title should do ---------------------------------

@pytest.mark.parametrize("text", [
    "got anything that'll help me nod off",
    "a series to drift off to",
    "something that will put me to sleep",
    "need a film to help us unwind",
    "just want to wind down after a long shift",
    "something that puts me to sleep",
    "anything which sends me to sleep",
])
def test_falling_asleep_asks_for_a_relaxing_title(values, text):
    assert ("relaxing", None) in values(text, "mood")


@pytest.mark.parametrize("text", [
    "please don't fall asleep on me",
    "i keep nodding off lately, any thrillers",
    "the last one put me to sleep, something gripping",
    "that documentary sent me to sleep",
    "we watched a doc which put me to sleep, something livelier",
])
def test_sleep_said_of_the_viewer_or_a_watched_title_is_no_wish(values, text):
    assert ("relaxing", None) not in values(text, "mood")


def test_fear_said_as_a_reason_is_no_wish_for_scary(ents):
    found = ents("no dinosaurs please, my son gets scared of the roaring")
    assert not [e for e in found if e.value in ("scary", "horror")]


def test_fear_of_something_in_the_past_is_no_wish_for_scary(ents):
    found = ents("she got scared by the clowns last time, something gentle")
    assert not [e for e in found if e.value in ("scary", "horror")]


def test_wish_to_be_scared_by_something_stays_scary(values):
    assert values("i'd love to get scared by a haunted house film", "mood") == [("scary", None)]


def test_wish_to_be_scared_stays_horror(values):
    assert values("tonight we want to be scared", "genre") == [("horror", None)]
