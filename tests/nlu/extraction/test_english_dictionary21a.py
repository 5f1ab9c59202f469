"""The general English dictionary (nlu/extraction/english.py, PyPI ``english-words``) and ``typos.everyday_english``:
everyday words no catalog list holds ("request", "suggestion", "favour", "vibe") are English; given names, surnames
and the catalog's people are not made English by it, and ``ordinary_english`` (the catalog's name rules) stays as the
catalog's own lists say."""

from __future__ import annotations

import pytest

from nlu.extraction.english import dictionary_words, in_dictionary
from nlu.extraction.typos import everyday_english, ordinary_english


@pytest.mark.parametrize("word", ["request", "suggestion", "craving", "query", "whim", "hunch", "errand"])
def test_everyday_words_are_in_the_dictionary(word):
    assert in_dictionary(word)


@pytest.mark.parametrize("word", ["favour", "colour", "theatre", "realise", "catalogue"])
def test_british_spellings_count(word):
    assert in_dictionary(word)


@pytest.mark.parametrize("word", ["vibe", "rewatch", "bingeable"])
def test_chat_words_no_old_dictionary_has_count(word):
    assert in_dictionary(word)


@pytest.mark.parametrize("word", ["jessica", "eric", "mary", "smith", "wong", "tarantino", "wobblebottom"])
def test_names_are_no_dictionary_words(word):
    # web2 writes them capitalised, or has a capitalised twin ("Mary", "Smith"), or no dictionary has them
    assert not in_dictionary(word)


def test_short_words_are_left_to_the_stop_words():
    assert not any(len(w) < 3 for w in dictionary_words())


def test_the_dictionary_is_read_once():
    assert dictionary_words() is dictionary_words()


@pytest.mark.parametrize("word", ["requests", "suggestions", "favours", "vibes", "cravings"])
def test_everyday_english_knows_inflections_of_dictionary_words(word):
    assert everyday_english(word)


@pytest.mark.parametrize("word", ["garland", "bogart", "rukh", "suggestion"])
def test_ordinary_english_stays_the_catalogs_own_lists(word):
    # a catalog surname that is also a dictionary word ("garland": Alex Garland) keeps its person in the name rules
    assert everyday_english(word) and not ordinary_english(word)


def test_a_made_up_surname_is_no_english():
    assert not everyday_english("quillfeather") and not everyday_english("wobblebottoms")
