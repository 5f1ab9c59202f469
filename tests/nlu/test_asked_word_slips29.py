"""Round 29: an availability question asking about exactly a name of two words or more reads one everyday word typed
with a one-letter slip as the name's word (names ``_asked_word_slip``): the question's frame expects a title. Outside
such a question, or with more than one word off, an ordinary word is never a typo. Phrasings are this module's own;
titles from the bundled catalog."""

from __future__ import annotations

import pytest


def _titles(ents, text: str) -> list[str]:
    return [e.value for e in ents(text) if e.entity == "title"]


@pytest.mark.parametrize("text, title", [
    ("you got breaking bed??", "Breaking Bad"),
    ("is breaking bed on here", "Breaking Bad"),
    ("do you guys have grown upps", "Grown Ups"),
])
def test_a_one_letter_slip_of_an_everyday_word_in_the_asked_name(ents, text, title):
    assert _titles(ents, text) == [title]


def test_the_slip_outside_an_availability_question_is_no_title(ents):
    assert _titles(ents, "a film about a breaking bed frame") == []


def test_a_word_more_than_the_name_is_no_title(ents):
    assert _titles(ents, "do you have breaking red bed") == []


def test_two_everyday_words_off_are_no_title(ents):
    assert _titles(ents, "do you have breathing bed") == []
