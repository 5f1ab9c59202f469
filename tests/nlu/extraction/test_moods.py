"""Mood words and their synonyms (nlu/extraction/moods.py, contracts §5).

Its phrases are rows of cases/moods.tsv (run by test_extractor.py); the tests here each name one behaviour.
"""

from __future__ import annotations


def test_funny_alone_is_a_mood_not_a_genre(values):
    assert values("something funny", "genre") == []
    assert values("something funny", "mood") == [("funny", None)]
