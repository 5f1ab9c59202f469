"""A title praised in slang before a like request is the like-search's anchor (nlu/extraction/names.py with
contract/praise.py; issue 10 round 21c, class 3). Phrasings are this module's own; the gazetteer is the shipped
Netflix catalog's (tests/nlu/conftest.py)."""

from __future__ import annotations

import pytest


def titles(ents, text: str) -> list[tuple[str, str | None]]:
    return [(e.value, e.role) for e in ents(text) if e.entity == "title"]


@pytest.mark.parametrize("text,title", [
    ("narcos was goated, anything else like it?", "Narcos"),
    ("ok so the witcher was lowkey elite, more like that", "The Witcher"),
    ("squid game was an absolute vibe, got more?", "Squid Game"),
    ("mindhunter slapped ngl, similar stuff pls", "MINDHUNTER"),
])
def test_a_title_praised_in_slang_is_the_anchor(ents, text, title):
    assert titles(ents, text) == [(title, "similar")], ents(text)


def test_an_ordinary_word_title_praised_in_slang_then_asked_for_more_is_the_anchor(ents):
    assert titles(ents, "dark was a total banger, any recs?") == [("Dark", "similar")]


def test_an_ordinary_word_praised_without_asking_for_more_is_no_title(ents):
    assert titles(ents, "dark was a banger") == []


def test_slang_outside_a_title_names_no_title(ents):
    assert titles(ents, "something sick and twisted please") == []
