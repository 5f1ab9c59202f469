"""People in context, round 22j (nlu/extraction/names.py):

1. a lone surname typed with one slip ("tarantinno", "spilberg") names its person without a cue when the surname it
   slips from is distinctive (``LooseNames._distinctive_slip``): the slip reader already asks for 7+ letters, one edit,
   one surname that close and no everyday word, so such a slip at a request's start, before "night", "marathon",
   "for <occasion>", is as good as the surname spelled right. Near misses: everyday words, a slip of an ordinary
   surname, the name as the topic ("a doc about ...");
2. a genre read only through a slip from a word shaped as a catalog title's nickname (the title's leading word clipped,
   with a -y ending: the Indiana Jones titles') beside a named person is that franchise, no genre
   (``names.franchise_nicknames_beside_people``). Near misses: the genre spelled as the vocabulary has it, the
   nickname-shaped word with no person named, ordinary genre words beside a person.

The phrasings are this module's own; the gazetteer is the shipped Netflix catalog's (tests/nlu/conftest.py).
"""

from __future__ import annotations

import pytest


def people(ents, text: str) -> list[tuple[str, str]]:
    return [(e.entity, e.value) for e in ents(text) if e.entity in ("actor", "director")]


@pytest.mark.parametrize("text, expected", [
    ("spilberg for our saturday movie night", ("director", "Steven Spielberg")),
    ("spielbrg for a cozy night in", ("director", "Steven Spielberg")),
    ("tarantinno night with the guys", ("director", "Quentin Tarantino")),
    ("tarrantino marathon, every one of them", ("director", "Quentin Tarantino")),
    ("the spilberg one with the shark", ("director", "Steven Spielberg")),
])
def test_a_slip_of_a_distinctive_surname_names_the_person(ents, text, expected):
    assert people(ents, text) == [expected], ents(text)


@pytest.mark.parametrize("text", [
    "spilling popcorn on movie night",          # an everyday word one letter off
    "something for a quiet night in",           # no name at all
    "a marathon of sitcoms tonight",
    "movies about a travellling circus",        # a slip of an everyday word
])
def test_everyday_words_are_no_slipped_surname(ents, text):
    assert people(ents, text) == [], ents(text)


def test_a_slipped_surname_as_the_topic_needs_more(ents):
    assert ("director", "Steven Spielberg") not in people(ents, "a documentary about spilberg"), \
        ents("a documentary about spilberg")


def genres_of(ents, text: str) -> list[str]:
    return [e.value for e in ents(text) if e.entity == "genre"]


@pytest.mark.parametrize("text", [
    "a harrison ford weekend: indy first, then anything else of his",
    "harrison ford binge, the indy ones and more",
])
def test_a_franchise_nickname_beside_its_actor_is_no_genre(ents, text):
    assert ("actor", "Harrison Ford") in people(ents, text), ents(text)
    assert genres_of(ents, text) == [], ents(text)


@pytest.mark.parametrize("text, genre", [
    ("any indy movies from last year", "independent"),        # no person: the slip of "indie" stays
    ("an indie drama with harrison ford", "independent"),     # the genre as spelled
    ("harrison ford comedies please", "comedy"),              # a genre word beside the actor
    ("tom hanks dramas", "drama"),
])
def test_genres_beside_people_or_alone_stay(ents, text, genre):
    assert genre in genres_of(ents, text), ents(text)
