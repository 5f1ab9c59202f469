"""Titles inside sentences by their distinctive head (nlu/extraction/names.py ``_add_title_heads``, the fondness cues,
contract/data/known_as.tsv). Phrasings are this module's own; the gazetteer is the shipped catalog's."""

from __future__ import annotations

import pytest


def titles(ents, text: str) -> list[tuple[str, str | None]]:
    return [(e.value, e.role) for e in ents(text) if e.entity == "title"]


@pytest.mark.parametrize("text, title", [
    # the head before a subtitle names the longer title, never the shorter title its first word is
    ("got anything similar to tiger king?", "Tiger King: Murder, Mayhem and Madness"),
    # a franchise's head without its part number names its first part
    ("scary stuff like fear street", "Fear Street Part 1: 1994"),
    ("shows like love death and robots", "Love, Death & Robots"),
])
def test_a_title_by_its_head(ents, text, title):
    assert titles(ents, text) == [(title, "similar")]


@pytest.mark.parametrize("text", [
    "tiger documentaries",            # the film "Tiger" is not named by a kind of documentary
    "anything with kevin hart",       # a comic's name heads his specials' titles: still the person
    "a christmas special",            # a head of vocabulary words is a format, not "A Christmas Special: ..."
])
def test_heads_never_take_over_other_readings(ents, text):
    assert not any(v.startswith(("Tiger King", "A Christmas Special")) for v, _ in titles(ents, text))
    if "kevin" in text:
        assert [e.value for e in ents(text) if e.entity == "actor"] == ["Kevin Hart"]


@pytest.mark.parametrize("text, title", [
    ("honestly i'm hooked on the crown", "The Crown"),
    ("obsessed with ozark rn", "Ozark"),
])
def test_a_title_the_viewer_is_fond_of(ents, text, title):
    assert titles(ents, text) == [(title, "similar")]


def test_fondness_for_a_genre_stays_the_genre(ents):
    assert titles(ents, "really fond of horror") == []
    assert [e.value for e in ents("really fond of horror") if e.entity == "genre"] == ["horror"]


def test_watched_all_of_a_title(ents):
    assert titles(ents, "we watched all of dark over the weekend, what now") == [("Dark", None)]


def test_a_title_known_under_its_british_name(ents):
    assert titles(ents, "anything like the great british bake off") == [("The Great British Bake Off", "similar")]


@pytest.mark.parametrize("text, title, role", [
    ("the irishman by martin scorsese was long but great, anything similar?", "The Irishman", "similar"),
    ("grown ups with adam sandler was fun", "Grown Ups", None),
])
def test_a_title_named_with_its_maker_or_star(ents, text, title, role):
    assert titles(ents, text) == [(title, role)]
    # the person is reported inside the title's span: whether the title credits them is the actions' question
    said = next(e.surface for e in ents(text) if e.entity == "title")
    people = [e for e in ents(text) if e.entity in ("actor", "director")]
    assert len(people) == 1 and said.endswith(people[0].surface) and said != people[0].surface


@pytest.mark.parametrize("text, title, people", [
    ("the irishman with kevin hart, more like that", "The Irishman", ["Kevin Hart"]),   # not its star: still said
    ("grown ups with adam sandler and chris rock, anything similar", "Grown Ups", ["Adam Sandler", "Chris Rock"]),
    ("the irishman starring joe pesci & al pacino - any more like it", "The Irishman", ["Joe Pesci", "Al Pacino"]),
])
def test_every_person_of_a_title_credit_is_reported(ents, text, title, people):
    assert [t for t, _ in titles(ents, text)] == [title]
    assert [e.value for e in ents(text) if e.entity in ("actor", "director")] == people


@pytest.mark.parametrize("text, person", [
    ("comedies by adam sandler", "Adam Sandler"),          # a kind, not a title
    ("dark comedies with adam sandler", "Adam Sandler"),
    ("i want something with adam sandler", "Adam Sandler"),
])
def test_a_kind_before_a_person_is_no_title(ents, text, person):
    assert titles(ents, text) == []
    assert [e.value for e in ents(text) if e.entity in ("actor", "director")] == [person]


def test_a_chat_word_is_never_a_slip_of_a_title(ents):
    """'alright' is one edit from the joined head of 'Alt-Right: Age of Rage': a chat word is itself."""
    assert [e for e in ents("alright") if e.entity == "title"] == []
    assert [e for e in ents("alright, 6 or more then") if e.entity == "title"] == []
