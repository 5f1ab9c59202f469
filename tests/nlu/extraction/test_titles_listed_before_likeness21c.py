"""Several titles before one likeness word ("<A> or <B> type stuff") are all like-titles, not only the last one
(nlu/extraction/names.py ``_listed_before_likeness``; issue 10 round 21c, class 2). Phrasings are this module's own;
the gazetteer is the shipped Netflix catalog's (tests/nlu/conftest.py)."""

from __future__ import annotations

import pytest


def titles(ents, text: str) -> list[tuple[str, str | None]]:
    return [(e.value, e.role) for e in ents(text) if e.entity == "title"]


@pytest.mark.parametrize("text,expected", [
    ("mindhunter or narcos type shows", ["MINDHUNTER", "Narcos"]),
    ("ozark and narcos vibes, nothing too long", ["Ozark", "Narcos"]),
    ("ozark, mindhunter or narcos kinda stuff", ["Ozark", "MINDHUNTER", "Narcos"]),
])
def test_every_title_before_the_likeness_word_is_similar(ents, text, expected):
    assert titles(ents, text) == [(t, "similar") for t in expected], ents(text)


def test_a_vocabulary_word_heading_the_list_stays_a_word(ents):
    found = ents("anything dark or narcos vibes")
    assert [(e.value, e.role) for e in found if e.entity == "title"] == [("Narcos", "similar")], found
    assert [e.value for e in found if e.entity == "mood"] == ["dark"], found


def test_titles_compared_without_a_likeness_word_get_no_role(ents):
    assert titles(ents, "was ozark better than narcos") == [("Ozark", None), ("Narcos", None)]
