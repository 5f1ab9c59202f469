"""People in free text as viewers type them (nlu/extraction/names.py, typos.ordinary_english), issue 10 round 14:

- a two-word person spelt by ear in either word ("eddy" for Eddie, "bombach" for Baumbach), the edits scaled by
  length, never when an everyday word stands in for the surname;
- a famous surname alone names its one well-known bearer when it is no English word, and before a genre word;
- an English word one slip from a surname is no person ("he punches people" is no Ron Funches).

The phrasings are this module's own; the gazetteer is the shipped Netflix catalog's (tests/nlu/conftest.py).
"""

from __future__ import annotations

import pytest

from nlu.extraction.names import sound_alike, sound_key
from nlu.extraction.typos import ordinary_english


def people(ents, text: str) -> list[tuple[str, str]]:
    return [(e.entity, e.value) for e in ents(text) if e.entity in ("actor", "director")]


@pytest.mark.parametrize("typed,name", [
    ("jakie", "jackie"), ("jonny", "johnny"), ("eddy", "eddie"), ("bombach", "baumbach"), ("scorcese", "scorsese"),
    ("speilberg", "spielberg"), ("stefan", "stephan"),
])
def test_names_spelt_by_ear_sound_alike(typed, name):
    assert sound_key(typed) == sound_key(name)


def test_sound_alike_scales_edits_and_keeps_english_surnames_out():
    common = frozenset({"ham", "current", "steven"})
    assert sound_alike(("steven", "speilburg"), ("steven", "spielberg"), common) == 1
    assert sound_alike(("jon", "ham"), ("jon", "hamm"), common) is None          # a short surname, typed as a word
    assert sound_alike(("eddy", "current"), ("eddie", "curran"), common) is None  # an English word for the surname
    assert sound_alike(("brad", "pitt"), ("brad", "pitt"), common) is None        # the name itself: read exactly


@pytest.mark.parametrize("text,expected", [
    ("movies with eddy murphy", ("actor", "Eddie Murphy")),
    ("eddy murphy comedies", ("actor", "Eddie Murphy")),
    ("any of the jakie chan kung fu ones", ("actor", "Jackie Chan")),
    ("something by noah bombach", ("director", "Noah Baumbach")),
    ("jonny depp pirate films", ("actor", "Johnny Depp")),
    ("steven speilburg", ("director", "Steven Spielberg")),
    ("micheal caine war films", ("actor", "Michael Caine")),
    ("merril streep", ("actor", "Meryl Streep")),
])
def test_a_person_spelt_by_ear_is_the_person(ents, text, expected):
    assert people(ents, text) == [expected], ents(text)


@pytest.mark.parametrize("text", [
    "eddy current documentary", "the physics of an eddy current", "rocky mountain adventures",
    "something with a red hot chili vibe", "old school comedy", "black widow spiders doc",
])
def test_everyday_words_near_a_name_stay_words(ents, text):
    assert people(ents, text) == [], ents(text)


@pytest.mark.parametrize("text,expected", [
    ("scorcese gangster movies", ("director", "Martin Scorsese")),
    ("speilberg adventure for the kids", ("director", "Steven Spielberg")),
    ("tarantino romcom", ("director", "Quentin Tarantino")),
    ("i'm in the mood for tarantino tonight", ("director", "Quentin Tarantino")),
    ("what has fincher got", ("director", "David Fincher")),
    ("sandler comedy", ("actor", "Adam Sandler")),
])
def test_a_famous_surname_alone_is_the_person(ents, text, expected):
    assert people(ents, text) == [expected], ents(text)


@pytest.mark.parametrize("text", [
    "smith", "king", "young", "wood", "smith comedy", "a king horror", "young adult romance", "wood films",
    "murphy comedies",  # several well-known Murphys
])
def test_a_surname_that_is_a_word_or_shared_is_no_person(ents, text):
    assert people(ents, text) == [], ents(text)


@pytest.mark.parametrize("text", [
    "he just punches people", "something where the hero punches his way out", "movies with punches and kicks",
    "my boy likes it when he punches the bad guys",
])
def test_an_english_word_one_slip_from_a_surname_is_no_person(ents, text):
    assert people(ents, text) == [], ents(text)


def test_the_english_word_test_reads_inflections():
    assert all(ordinary_english(w) for w in ("punches", "punched", "stopped", "comedies"))
    assert not any(ordinary_english(w) for w in ("funches", "bombach", "tarantino", "jonny"))
