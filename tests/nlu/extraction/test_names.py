"""Titles and people from the gazetteer: full names only, roles from cues, precision on short titles
(nlu/extraction/names.py).

Its phrases are rows of cases/names.tsv (run by test_extractor.py); the tests here each name one behaviour.
"""

from __future__ import annotations

import pytest

from contract.gazetteer import Gazetteer, TitleEntry
from nlu.extraction import Extractor
from nlu_cases import TODAY, Ent, as_ents


def test_capitalised_short_title_after_a_cue_is_a_title(ents):
    assert Ent("Dark", "title", "Dark", "similar") in ents("something like Dark")


def test_partial_match_inside_a_longer_capitalised_name_is_rejected(values):
    # "Money Heist" is not in the Netflix file; the film "Money" must not be reported for it.
    assert values("similar to Money Heist", "title") == []


def test_title_beats_the_genre_words_inside_it(ents):
    assert ents("american horror story") == [Ent("american horror story", "title", "American Horror Story")]


def test_surname_alone_is_not_a_person(ents):
    assert [e for e in ents("a Scorsese film") if e.entity in ("actor", "director")] == []


def test_without_gazetteer_people_and_titles_are_skipped(bare_extractor):
    text = "comedies like Stranger Things with Adam Sandler"
    assert as_ents(text, bare_extractor.extract(text, TODAY)) == [Ent("comedies", "genre", "comedy")]


SHORT_TITLES = ("Up", "It", "Her", "You", "Love", "Dark")


@pytest.fixture(scope="module")
def short_title_ents():
    """A gazetteer holding exactly the everyday-word titles the precision rule is about."""
    extractor = Extractor(Gazetteer(titles=tuple(TitleEntry(f"x{i}", t) for i, t in enumerate(SHORT_TITLES))))
    return lambda text: [e for e in as_ents(text, extractor.extract(text, TODAY)) if e.entity == "title"]


@pytest.mark.parametrize("text,expected", [
    ("something like Up", Ent("Up", "title", "Up", "similar")),
    ("watch It", Ent("It", "title", "It")),
    ('is "it" any good?', Ent("it", "title", "It")),
    ("movies like You", Ent("You", "title", "You", "similar")),
    ("tell me about Love", Ent("Love", "title", "Love")),
    ("‘Her’", Ent("Her", "title", "Her")),
])
def test_everyday_word_titles_with_evidence(short_title_ents, text, expected):
    assert short_title_ents(text) == [expected]


@pytest.mark.parametrize("text", [
    "I'm up for anything", "show me something like it", "more like this one, I loved it",
    "something you would like", "I love comedies", "something dark", "watch it with her",
    "Up for a movie?", "It is late, something short", "like up",
])
def test_everyday_word_titles_without_evidence(short_title_ents, text):
    assert short_title_ents(text) == []
