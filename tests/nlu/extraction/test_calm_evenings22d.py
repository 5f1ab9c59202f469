"""Evenings with no genre said (round 22d): a sleepless night and the end of a shift are calm, light picks (moods
``relaxing`` + ``light``, never a keyword search or the fallback); learning asked for is the documentary genre.

Mechanisms: nlu/extraction/moods.py (``_SLEEPLESS``, ``AFTER_SHIFT`` in SITUATIONS; ``night_as_subject``),
nlu/extraction/genres.py (``EDUCATIONAL_PHRASES``, ``educational_for_children``)."""

from __future__ import annotations

import pytest

CALM = {("relaxing", None), ("light", None)}


@pytest.mark.parametrize("text", [
    "up again at 3am, cant sleep",
    "insomnia tonight, recommend something",
    "couldn't sleep so here i am",
    "night shift just ended, what do i put on",
    "just got off my shift, need something",
    "graveyard shift is over finally",
    "can’t sleep, anything",
    "working nights this week, just got in",
])
def test_a_sleepless_night_or_a_finished_shift_is_calm(values, text):
    assert set(values(text, "mood")) == CALM, values(text, "mood")


@pytest.mark.parametrize("text", [
    "a documentary about insomnia",
    "a film about a night shift nurse",
    "a series following a graveyard shift crew",
])
def test_near_miss_a_night_as_a_story_is_no_mood(values, text):
    assert values(text, "mood") == [], values(text, "mood")


@pytest.mark.parametrize("text", ["something educational", "anything educational on tonight",
                                  "i wanna learn something new", "something informative please",
                                  "something that teaches me stuff"])
def test_learning_asked_for_is_a_documentary(values, text):
    assert values(text, "genre") == [("documentary", None)], values(text, "genre")


@pytest.mark.parametrize("text", ["educational cartoons for my 5 year old", "something educational for the kids"])
def test_near_miss_learning_for_children_is_no_documentary(values, text):
    assert ("documentary", None) not in values(text, "genre"), values(text, "genre")


@pytest.mark.parametrize("text, mood, media", [
    ("a comfort movie please", "feel-good", "movie"),
    ("any comfort shows", "feel-good", "series"),
    ("something comfy", "relaxing", None),
    ("easy watching tonight", "light", None),
])
def test_comfort_and_easy_words_are_calm_moods(values, text, mood, media):
    assert (mood, None) in values(text, "mood"), values(text, "mood")
    assert values(text, "media_type") == ([(media, None)] if media else []), values(text, "media_type")


@pytest.mark.parametrize("text", ["out of my comfort zone pls", "a movie about a comfort dog"])
def test_near_miss_comfort_as_a_noun_is_no_mood(values, text):
    assert values(text, "mood") == [], values(text, "mood")
