"""Round 31B: a title typed with one keystroke slip after a likeness cue (a letter doubled, one left out, two neighbours
swapped) is the title also when it is short (five letters: names ``_likeness_slip``); a substituted letter or an
ordinary word is not. A title word typed in two ("the irish man") is the title whose word they join into, over a
shorter title inside the words (names ``LooseNames._split_title_words``). Phrasings are this module's own; titles from
the bundled catalog."""

from __future__ import annotations

import pytest


def _titles(ents, text: str) -> list[tuple[str, str | None]]:
    return [(e.value, e.role) for e in ents(text) if e.entity == "title"]


@pytest.mark.parametrize("text, title", [
    ("got anything like ozzarkk", None),  # two slips: no reading
    ("got anything like ozzark", "Ozark"),
    ("shows like lupinn pls", "Lupin"),
    ("in the vein of borgn", "Borgen"),
    ("smth similar to ellite", "Elite"),
    ("anything like ozakr?", "Ozark"),
])
def test_a_short_title_with_one_keystroke_slip_after_a_likeness_cue(ents, text, title):
    assert _titles(ents, text) == ([(title, "similar")] if title else [])


@pytest.mark.parametrize("text", [
    "watch ozzark",          # no likeness cue: a short slip needs one
    "like ozork",            # a letter replaced, not doubled, dropped or swapped
    "something like garage",  # an ordinary word is never a slip of a title ("Garbage")
    "films like feud",
])
def test_no_short_title_without_the_cue_or_from_other_slips(ents, text):
    assert _titles(ents, text) == []


@pytest.mark.parametrize("text", [
    "films similar to the irish man",
    "any movies like the iris man?",
    "something in the vein of the irish man but shorter",
])
def test_a_title_word_typed_in_two_is_the_joined_title(ents, text):
    assert _titles(ents, text) == [("The Irishman", "similar")]


def test_the_shorter_title_is_still_read_alone(ents):
    assert _titles(ents, "shows similar to iris") == [("Iris", "similar")]
