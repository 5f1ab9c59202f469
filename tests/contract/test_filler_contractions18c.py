"""Contractions typed without their apostrophe are filler like the spelt ones (round 18c): "shes into ghosts", "whos
in it" never put "shes" / "whos" in the query or a shown reason. Real words that are a contraction without its
apostrophe ("shed", "hell", "shell") stay content words."""

from __future__ import annotations

import pytest

from contract.words import is_content_word, is_filler


@pytest.mark.parametrize("word", ["shes", "hes", "theyre", "youre", "whos", "who's", "wheres", "hows", "didnt",
                                  "wasnt", "ive", "weve", "theyve"])
def test_a_contraction_without_its_apostrophe_is_filler(word):
    assert is_filler(word) and not is_content_word(word)


@pytest.mark.parametrize("word", ["shed", "hell", "shell"])
def test_real_words_spelt_like_a_contraction_are_not_filler(word):
    assert not is_filler(word)
