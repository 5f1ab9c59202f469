"""A decade right after a word that merely ends like a possessive ("other", "this", "four") is still the decade
(nlu/extraction/years.py "year-bare": the possessives "her", "his", "our" … are whole words, round 24b). Sentences are
this module's own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", ["any other 80s thrillers?", "cool, other 70s westerns", "this 80s one was fun, more?",
                                  "more of those 80s comedies"])
def test_a_decade_after_a_word_ending_like_a_possessive(values, text):
    assert values(text, "year") == [("1980-1989" if "80s" in text else "1970-1979", None)]


@pytest.mark.parametrize("text", ["a film about a woman in her 80s", "something my dad loved in his 20s",
                                  "a show about people in their 30s"])
def test_a_persons_age_in_decades_is_no_era(values, text):
    assert values(text, "year") == []
