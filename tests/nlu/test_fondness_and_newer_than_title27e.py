"""Round 27e: a title the viewer (or their child) is fond of, then a request for more like it, through the real
extractor (the bundled catalog's gazetteer). Phrasings are this module's own.

1. A fondness cue, "the" allowed before a title without it ("hooked on the <title>"), and fondness said as "is
   into" / "can't stop watching", then "what else is like that/it/this" or "anything similar": a like-search on the
   title (names.NameMatcher ``_fond_then_likeness``). A vocabulary word stays a word ("the dark").
2. "A newer / older one" after a title watched or loved: a like-search on it, the year word kept for the actions to
   bound relative to the title (names ``_newer_one_after_watched``; actions/contrast.py).
"""

from __future__ import annotations

import pytest


def _titles(ents, text):
    return [(e.value, e.role) for e in ents(text) if e.entity == "title"]


@pytest.mark.parametrize("text", [
    "our twins are hooked on the octonauts, what else is like it",
    "my nephew is totally into the octonauts. what else is like this",
    "she can't stop watching octonauts - anything similar?",
    "honestly i'm into castlevania, got anything similar",
])
def test_a_title_someone_is_fond_of_then_more_like_it_is_a_like_search(ents, text):
    got = _titles(ents, text)
    assert len(got) == 1 and got[0][1] == "similar", got


def test_an_everyday_word_after_a_fondness_and_the_stays_a_word(ents):
    assert _titles(ents, "our son loves the dark at bedtime, anything similar") == []


def test_fondness_without_more_asked_adds_no_title_through_the_article(ents):
    assert _titles(ents, "my boys are into the octonauts lately") == []


@pytest.mark.parametrize("text, year", [
    ("rewatched outlander three times now. got a newer one?", "newer"),
    ("binged castlevania over the weekend, is there an older one", "older"),
])
def test_a_newer_or_older_one_after_a_watched_title_is_like_it(values, text, year):
    assert values(text, "title")[0][1] == "similar"
    assert (year, None) in values(text, "year")


def test_a_watched_title_without_a_newer_one_keeps_no_likeness(values):
    assert values("rewatched outlander three times now", "title") == [("Outlander", None)]
