"""Review mend of round 18 (M3): a four-letter genre slip is an inner vowel dropped from a five-letter genre word.
Sentences are this module's own; near-misses keep their old readings."""

from __future__ import annotations

import pytest


# -- finding 10: four-letter genre slips ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, genre", [
    ("some good drma tonight", "drama"),
    ("a musc documentary", "music"),
    ("any sprt films", "sports"),
    ("an anme series", "anime"),
])
def test_a_genre_word_with_an_inner_vowel_dropped(values, text, genre):
    assert genre in [v for v, _ in values(text, "genre")]


@pytest.mark.parametrize("text", [
    "a dram of whisky and a thriller",  # cut short: a real word
    "sort of a thriller",  # a consonant gone from "sport": a real word
    "a dame in a thriller",  # "drama" less its r
    "spot on thriller",
])
def test_real_words_near_a_genre_stay_as_typed(values, text):
    assert [v for v, _ in values(text, "genre")] == ["thriller"]
