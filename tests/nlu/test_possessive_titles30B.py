"""Round 30B: a title named with its maker's possessive ("<director>'s <title>, … like it") is read as the title opens
the message: the possessive only says whose title it is (names ``NameMatcher._possessive_credit_start``), so a
likeness asked after it makes it the "like" title, as without the name. The person is still reported; whether the
title credits them (then they are no constraint) is the actions' question (tests/actions/test_possessive_anchor30B.py).
A title's head of rare words only ("el camino" of the catalog's "El Camino: A Breaking Bad Movie") is a weak name of
the title (``NameMatcher._rare_head``). A verb before the possessive ("binged nolan's …") is no first name of a person
the catalog lacks (unknown_people ``_verb_before_possessive``). Phrasings are this module's own; titles from the
bundled catalog."""

from __future__ import annotations

import pytest


def _titles(ents, text: str) -> list[tuple[str, str | None]]:
    return [(e.value, e.role) for e in ents(text) if e.entity == "title"]


def _people(ents, text: str) -> list[str]:
    return [e.value for e in ents(text) if e.entity in ("director", "actor")]


@pytest.mark.parametrize("text, title, person", [
    ("nolan's inception, got more like that?", "Inception", "Christopher Nolan"),
    ("Nolan's Inception, something like it", "Inception", "Christopher Nolan"),
    ("scorsese's the irishman, more like it pls", "The Irishman", "Martin Scorsese"),
    ("Martin Scorsese's Shutter Island, anything similar", "Shutter Island", "Martin Scorsese"),
    ("spielberg's jaws kinda thing", "Jaws", "Steven Spielberg"),
    ("films similar to spielberg's jaws please", "Jaws", "Steven Spielberg"),
    ("really loved scorsese's the irishman, anything similar?", "The Irishman", "Martin Scorsese"),
])
def test_a_makers_possessive_before_the_like_title(ents, text, title, person):
    assert _titles(ents, text) == [(title, "similar")]
    assert _people(ents, text) == [person]


def test_the_possessive_of_a_person_before_a_kind_is_still_their_work(ents):
    assert _titles(ents, "nolan's movies from the 2010s") == []
    assert _people(ents, "nolan's movies from the 2010s") == ["Christopher Nolan"]


@pytest.mark.parametrize("text", ["films like el camino", "el camino vibes", "anything similar to El Camino?"])
def test_a_head_of_rare_words_names_the_title(ents, text):
    assert _titles(ents, text) == [("El Camino: A Breaking Bad Movie", "similar")]


def test_the_other_title_holding_the_head_keeps_its_name(ents):
    assert _titles(ents, "something like el camino christmas") == [("El Camino Christmas", "similar")]


def test_a_head_of_everyday_words_stays_words(ents):
    assert _titles(ents, "a documentary about the war") == []


def test_a_verb_before_the_possessive_is_no_first_name(ents):
    text = "binged nolan's inception, got anything similar"
    assert not [e for e in ents(text) if e.entity == "unknown_person"]
    assert _people(ents, text) == ["Christopher Nolan"]
    assert [t for t, _ in _titles(ents, text)] == ["Inception"]


def test_a_first_name_before_a_catalog_surname_stays_someone_else(ents):
    assert [e.entity for e in ents("Jerome Nolan's films") if e.entity != "media_type"] == ["unknown_person"]
