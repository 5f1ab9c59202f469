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
