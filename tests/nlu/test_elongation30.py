"""Round 30: a word stretched for emphasis (a letter typed three times or more) is read as the word meant by the entity
extractor (through ``shorthand.expand``, offsets kept on the typed word). Phrasings are this module's own."""

from __future__ import annotations

import pytest

from nlu.extraction.elongation import word_meant


@pytest.mark.parametrize("typed, meant", [
    ("nooooo", "no"),        # a single letter when the double is no word
    ("looooong", "long"),
    ("toooo", "too"),        # the double wins where both are words
    ("reeeally", "really"),
    ("pleeeeease", "please"),
    ("Scaaaary", "Scary"),   # the typed capital is kept
    ("funnyyyy", "funny"),
])
def test_a_stretched_word_reads_as_the_word_meant(typed, meant):
    assert word_meant(typed) == meant


@pytest.mark.parametrize("typed", ["comedy", "zzzzz", "grrrrfft", "aaabbbcccddd"])
def test_no_stretch_or_no_known_word_is_left_as_typed(typed):
    assert word_meant(typed) is None


def test_a_stretched_no_turns_the_genre_down(values):
    assert values("nooooo romance pls", "genre") == [("romance", "exclude")]


def test_a_stretched_mood_word_is_the_mood(ents):
    found = [e for e in ents("i want something reaaally creeeepy") if e.entity == "mood"]
    assert [(e.surface, e.value) for e in found] == [("creeeepy", "scary")]


def test_a_stretched_comparative_is_the_edit(values):
    assert values("shorterrrrr", "duration") == [("shorter", None)]


def test_a_stretched_everyday_word_is_nobody(ents):
    assert [e for e in ents("mooooore") if e.entity in ("unknown_person", "actor", "director")] == []
