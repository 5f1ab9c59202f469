"""Round 22h: a title of one rare word typed with one slip as the whole message is that title
(``names.LooseNames._lone_title_slip``), no cue needed. Near misses: everyday and chat words, short words, a slip the
vocabulary's typo reader claims (a genre), the same slip inside a sentence. Phrasings are this module's own; the
gazetteer is the shipped catalog's."""

from __future__ import annotations

import pytest


def titles(ents, text: str) -> list[str]:
    return [e.value for e in ents(text) if e.entity == "title"]


@pytest.mark.parametrize("text, title", [
    ("the witchr", "The Witcher"),
    ("narcoss", "Narcos"),
    ("lucifr please", "Lucifer"),
    ("the witchr pls", "The Witcher"),
])
def test_a_one_word_title_with_a_slip_alone_is_the_title(ents, text, title):
    assert titles(ents, text) == [title], text


@pytest.mark.parametrize("text", [
    "ozrak?",  # five letters: a swap that short needs a cue (round 20j)
    "thnx", "whatevr", "amazng", "hellp", "okay", "thanks",
    "the witchr is too gory",  # in a sentence: no whole message
])
def test_words_that_are_no_lone_title_slip(ents, text):
    assert titles(ents, text) == [], text


@pytest.mark.parametrize("text, genre", [("horor", "horror"), ("thrillr", "thriller"), ("romnce", "romance")])
def test_a_genre_typed_with_a_slip_stays_a_genre(values, text, genre):
    assert values(text, "genre") == [(genre, None)] or (genre, None) in values(text, "genre"), text
    assert not [v for v in values(text, "title")], text
