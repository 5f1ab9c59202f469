"""Evaluation regressions of round 16b in the people rules (nlu/extraction/unknown_people.py, names.py): a person
noun closing a description is no name's last word, "stuff"/"movies"/"ones" are no name word, a catalog person's full
name wins over a name the catalog lacks read on part of it, a directing cue makes a lone surname the catalog's director
of that surname, and a name after a title described by what is in it is left unread. Phrasings are this module's own;
the gazetteer is the shipped catalog's. Near-misses must not trigger."""

from __future__ import annotations

import pytest


def unknown(ents, text: str) -> list[str]:
    return [e.value for e in ents(text) if e.entity == "unknown_person"]


def people(ents, text: str) -> list[tuple[str, str]]:
    return [(e.entity, e.value) for e in ents(text) if e.entity in ("actor", "director")]


# -- 1. "<title word> guy" after a person describes them -----------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("stallone, the rambo guy", "Sylvester Stallone"),
    ("stallone, rambo guy", "Sylvester Stallone"),
    ("stallone, creed guy", "Sylvester Stallone"),    # a given name some catalog person has, then "guy"
    ("tom hanks, forrest guy", "Tom Hanks"),
])
def test_a_person_noun_closing_a_description_is_no_name(ents, text, person):
    assert unknown(ents, text) == []
    assert [v for _, v in people(ents, text)] == [person]


@pytest.mark.parametrize("text, name", [
    ("movies by guy maddin", "Guy Maddin"),          # a person noun may open a name
    ("films by wes anderson", "Wes Anderson"),
])
def test_near_miss_a_person_noun_opening_a_name_the_catalog_lacks(ents, text, name):
    assert unknown(ents, text) == [name]


def test_near_miss_a_catalog_name_opening_with_a_person_noun(ents):
    assert people(ents, "something with lady gaga") == [("actor", "Lady Gaga")]


# -- 2. "stuff", "movies", "ones" are never a word of a name; a catalog full name wins -----------------------------

@pytest.mark.parametrize("text", [
    "mike flanagan stuff - the scary guy",
    "mike flanagan stuff",
    "mike flanagan movies, the creepy ones",
])
def test_a_catalog_full_name_wins_over_a_word_after_it(ents, text):
    assert unknown(ents, text) == []
    assert people(ents, text) == [("director", "Mike Flanagan")]


@pytest.mark.parametrize("text", ["fritz lang stuff", "bresson films please"])
def test_a_work_noun_after_a_name_the_catalog_lacks_is_not_part_of_it(ents, text):
    assert all(w not in v.lower().split() for v in unknown(ents, text) for w in ("stuff", "films"))


def test_near_miss_a_sole_surname_before_stuff_stays_the_person(ents):
    assert people(ents, "spielberg stuff") == [("director", "Steven Spielberg")]
    assert unknown(ents, "spielberg stuff") == []


def test_near_miss_a_studio_after_by_is_no_person(ents):
    assert unknown(ents, "stuff by dreamworks") == []
    assert people(ents, "stuff by dreamworks") == []


# -- 3. a directing cue: a lone surname is the catalog's director of it ---------------------------------------------

@pytest.mark.parametrize("text", [
    "the series in the creepy old mansion, flanagan directed it i believe",
    "something directed by flanagan",
    "anything flanagan directed",
])
def test_a_directing_cue_picks_the_director_of_the_surname(ents, text):
    assert people(ents, text) == [("director", "Mike Flanagan")]


def test_near_miss_no_directing_cue_keeps_the_well_known_bearer(ents):
    assert people(ents, "flanagan movies") == [("actor", "Fionnula Flanagan")]


# -- 4. a name after a title described by what is in it ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "that irish crime show with the razor caps, arthur shelby",
    "the movie with the giant shark, martin brody",
])
def test_a_name_after_a_described_title_is_left_unread(ents, text):
    assert unknown(ents, text) == []


@pytest.mark.parametrize("text, name", [
    ("the series with the razor caps, by Otto Preminger", "Otto Preminger"),   # a person cue still places it
    ("ernst lubitsch?", "Ernst Lubitsch"),                                     # alone, no description before
    ("something cosy, fritz lang please", "Fritz Lang"),                       # no title described by its contents
])
def test_near_miss_a_placed_or_undescribed_name_stays_unknown(ents, text, name):
    assert unknown(ents, text) == [name]


@pytest.mark.parametrize("text, director", [
    ("anything garland directed", "Alex Garland"),          # a surname no well-known person carries alone
    ("something directed by garland", "Alex Garland"),
    ("the one minghella directed", "Anthony Minghella"),
])
def test_a_directing_cue_reads_the_one_director_of_a_surname(ents, text, director):
    assert people(ents, text) == [("director", director)]


@pytest.mark.parametrize("text", ["garland movies", "wheatley please", "a christmas garland story",
                                  "anything judy garland directed"])  # another given name before it
def test_near_miss_without_a_directing_cue_the_surname_is_not_read_as_the_director(ents, text):
    assert ("director", "Alex Garland") not in people(ents, text)
    assert ("director", "Ben Wheatley") not in people(ents, text)
