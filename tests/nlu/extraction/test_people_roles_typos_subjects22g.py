"""People in viewers' words, round 22g (nlu/extraction/names.py, partial_names.py, people_subjects.py):

1. a surname alone takes the role the sentence gives: a "by" after a verb of appearing on screen ("narrated by",
   "hosted by", "voiced by") is a cast cue, so the bearer in documentaries' casts is meant, not the director sharing
   the surname; "films by" / "directed by" keep the director;
2. typo'd names through the sound-alike and slip readers: a genre phrase of two words after the name is evidence
   ("<name> kung fu"), "x" sounds as "ks", two words of a three-word name typed as one ("shahrukh"), maybe with a slip;
   an article before a name is never read into it;
3. the person a documentary is about ("<name> doc", "a doc about <name>") is ``unknown_person`` with the role
   ``subject``; everyday words, topics, kinds, clipped words and catalog people are not.

The phrasings are this module's own; the gazetteer is the shipped Netflix catalog's (tests/nlu/conftest.py).
"""

from __future__ import annotations

import pytest

from nlu.extraction.names import sound_key


def people(ents, text: str) -> list[tuple[str, str]]:
    return [(e.entity, e.value) for e in ents(text) if e.entity in ("actor", "director")]


def subjects(ents, text: str) -> list[tuple[str, str]]:
    return [(e.surface, e.value) for e in ents(text) if e.entity == "unknown_person" and e.role == "subject"]


@pytest.mark.parametrize("text", [
    "anything narrated by attenborough", "a nature series hosted by attenborough", "stuff presented by attenborough",
    "something voiced by attenborough please",
])
def test_a_cast_by_is_the_bearer_in_casts(ents, text):
    assert people(ents, text) == [("actor", "David Attenborough")], ents(text)


@pytest.mark.parametrize("text", ["films by attenborough", "directed by attenborough", "a war film by attenborough"])
def test_a_plain_or_directing_by_keeps_the_director(ents, text):
    assert people(ents, text) == [("director", "Richard Attenborough")], ents(text)


@pytest.mark.parametrize("text, expected", [
    ("something narrated by morgan freeman", ("actor", "Morgan Freeman")),
    ("an old scorsese picture", ("director", "Martin Scorsese")),
    ("stuff with hanks", ("actor", "Tom Hanks")),
])
def test_roles_said_otherwise_are_unchanged(ents, text, expected):
    assert people(ents, text) == [expected], ents(text)


@pytest.mark.parametrize("text, expected", [
    ("jackie chang kung fu", ("actor", "Jackie Chan")),
    ("jackie chang martial arts please", ("actor", "Jackie Chan")),
    ("tom hanx", ("actor", "Tom Hanks")),
    ("tom hanx war movies", ("actor", "Tom Hanks")),
    ("shahrukh", ("actor", "Shah Rukh Khan")),
    ("shahrukh romance", ("actor", "Shah Rukh Khan")),
    ("any sharukh films", ("actor", "Shah Rukh Khan")),
    ("a shahrukh khan film", ("actor", "Shah Rukh Khan")),
    ("leonardo dicapprio", ("actor", "Leonardo DiCaprio")),
    ("ryan reynols comedies", ("actor", "Ryan Reynolds")),
])
def test_a_typod_name_is_the_person(ents, text, expected):
    assert people(ents, text) == [expected], ents(text)


def test_a_typod_name_keeps_its_own_span(ents):
    assert [e.surface for e in ents("a shahrukh khan film") if e.entity == "actor"] == ["shahrukh khan"]


def test_x_sounds_as_ks():
    assert sound_key("hanx") == sound_key("hanks")


@pytest.mark.parametrize("text", [
    "rocky mountain kung fu", "some kung fu", "old school martial arts", "a box office hit", "tom and jerry",
    "anything with alex", "a brand new comedy", "the shaolin kung fu", "a documentary on ballet",
])
def test_words_near_names_stay_words(ents, text):
    assert people(ents, text) == [], ents(text)


@pytest.mark.parametrize("text, expected", [
    ("pele doc", [("pele", "Pele")]),
    ("a blackpink documentary", [("blackpink", "Blackpink")]),
    ("justin bieber doc pls", [("justin bieber", "Justin Bieber")]),
    ("a doc about fangio", [("fangio", "Fangio")]),
    ("documentaries on peter tatchell", [("peter tatchell", "Peter Tatchell")]),
    ("pele's documentary", [("pele", "Pele")]),
    ("is there a documentary about malala", [("malala", "Malala")]),
    # a given name, then a word the synopses write only as a name, though a country reads it too
    ("michael jordan documentary", [("michael jordan", "Michael Jordan")]),
    ("a doc about michael jordan", [("michael jordan", "Michael Jordan")]),
])
def test_the_person_a_documentary_is_about(ents, text, expected):
    assert subjects(ents, text) == expected, ents(text)


@pytest.mark.parametrize("text", [
    "nature docs", "a bee documentary", "docs about cooking", "a skateboarding doc", "a dino doc",
    "any docs about cults", "a christmas documentary", "a korean doc", "a funny doc", "a short doc", "a wwii doc",
    "the tiger king doc", "a documentry about space", "jam master jay documentary", "docs about the ocean",
    "bob dylan doc",  # a catalog person: his credits, not a subject
    "a documentary about india", "docs about jordan",  # a country alone stays a place
])
def test_topics_kinds_and_catalog_people_are_no_subject(ents, text):
    assert subjects(ents, text) == [], ents(text)


def test_a_catalog_person_before_doc_stays_the_person(ents):
    assert people(ents, "bob dylan doc") == [("actor", "Bob Dylan")]


@pytest.mark.parametrize("text, value", [("a Fangio doc", "Fangio"), ("BTS documentary", "BTS"), ("a bbc doc", "BBC"),
                                         ("pele doc", "Pele")])
def test_the_subject_is_written_as_a_name(ents, text, value):
    assert [v for _, v in subjects(ents, text)] == [value], ents(text)


@pytest.mark.parametrize("text, expected", [
    ("doc about taylor swift", [("taylor swift", "Taylor Swift")]),        # a catalog actor after "about": the subject
    ("docs about kevin hart please", [("kevin hart", "Kevin Hart")]),
])
def test_a_catalog_actor_a_documentary_is_about(ents, text, expected):
    assert subjects(ents, text) == expected and people(ents, text) == [], ents(text)


@pytest.mark.parametrize("text, expected", [
    ("attenborough docs", ("actor", "David Attenborough")),   # before "docs": a narrator as likely, his credits
    ("a doc by werner herzog", ("director", "Werner Herzog")),
])
def test_a_person_beside_docs_otherwise_is_their_credits(ents, text, expected):
    assert people(ents, text) == [expected] and subjects(ents, text) == [], ents(text)
