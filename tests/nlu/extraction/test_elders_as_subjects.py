"""An elderly relative is company (the clean cap) only when they watch: named as a story's subject ("a film about my
old dad") or as the one who asked about a title, they watch nothing (nlu/extraction/audience.py, review of round 20d).
Phrasings are this module's own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "any documentary about my elderly father and people like him",
    "a film on my grandmother of 90 would be weird lol",
    "my nan asked me about a musical she heard of",
])
def test_an_elder_as_the_subject_or_asker_watches_nothing(values, text):
    assert values(text, "audience") == []


@pytest.mark.parametrize("text", ["a western for my elderly father", "my gran likes old musicals"])
def test_an_elder_watching_is_still_the_clean_cap(values, text):
    assert values(text, "audience") == [("family", "cap")]
