"""People in free text, round 18 (helper A): a director's surname typed with one slip after the exact given name
(names._director_surname_slip: directors have too few credits to be "well known"), a person credited both ways who
mostly directed read as the director from "<name> movies" (the gazetteer's mainly_directors, documentary appearances
not counted as acting), and "stand up" with "stand" mistyped (shorthand.MISSPELT). Phrasings are this module's own;
the gazetteer is the shipped catalog's. Near-misses must not trigger."""

from __future__ import annotations

import pytest


def people(ents, text: str) -> list[tuple[str, str]]:
    return [(e.entity, e.value) for e in ents(text) if e.entity in ("actor", "director")]


def genres(ents, text: str) -> list[str]:
    return [e.value for e in ents(text) if e.entity == "genre"]


# -- 1. a director's surname with one slip ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "john hughs 90s stuff",             # a decade after the name
    "john hughs",                       # the whole message
    "anything by john hughs",           # a cue
    "john hughs films pls",             # a work noun after it
    "John Hughs comedy",                # capitals, a genre after it
])
def test_a_directors_surname_with_one_slip_is_the_director(ents, text):
    assert people(ents, text) == [("director", "John Hughes")]


@pytest.mark.parametrize("text", [
    "john hugs his dog in a comedy",    # an everyday word is no slip
    "john highs and lows",              # two slips off
    "a film where john hughs a tree",   # no evidence: a word in the middle of a sentence
])
def test_an_everyday_word_or_no_evidence_is_no_director(ents, text):
    assert people(ents, text) == []


# -- 2. "<name> movies" for a person who mostly directed ----------------------------------------------------------------

def test_name_movies_is_the_director_for_someone_who_mostly_directed(ents):
    assert people(ents, "guillermo del toro movies") == [("director", "Guillermo del Toro")]
    assert people(ents, "francis ford coppola films") == [("director", "Francis Ford Coppola")]


@pytest.mark.parametrize("text", ["movies with guillermo del toro", "starring guillermo del toro"])
def test_a_cast_cue_keeps_the_director_as_cast(ents, text):
    assert people(ents, text) == [("actor", "Guillermo del Toro")]


def test_an_actor_who_directed_a_little_stays_an_actor(ents):
    assert people(ents, "jon favreau movies") == [("actor", "Jon Favreau")]


# -- 3. "stand up" with "stand" mistyped ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["kevin hart stnd up", "stnd up comedy tonight", "a stnad-up special", "stnd-up"])
def test_stand_up_mistyped_is_stand_up(ents, text):
    assert "stand-up" in genres(ents, text)


def test_stand_mistyped_outside_stand_up_is_no_genre(ents):
    assert "stand-up" not in genres(ents, "i cant stnd horror")
    assert "stand-up" not in genres(ents, "she cant stnd long films")


# -- 4. two people wanted together --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, both", [
    ("shah rukh and kareena together", ["Shah Rukh Khan", "Kareena Kapoor"]),   # two words of a name, a given name
    ("kajol and shah rukh khan pls", ["Kajol", "Shah Rukh Khan"]),             # a stage name before a full name
    ("aamir khan and kareena", ["Aamir Khan", "Kareena Kapoor"]),
])
def test_a_name_joined_to_a_named_person_is_a_person(ents, text, both):
    assert [v for _, v in people(ents, text)] == both


@pytest.mark.parametrize("text", ["sun and rain", "bread and kajol", "tom hanks and grace"])
def test_a_word_beside_no_person_or_no_name_stays_a_word(ents, text):
    assert [v for _, v in people(ents, text)] in ([], ["Tom Hanks"])


# -- 5. two directors of one surname named as a family -----------------------------------------------------------------

@pytest.mark.parametrize("text", ["something by the coens", "coen brothers movies", "the coens films"])
def test_a_family_of_two_directors_is_both(ents, text):
    assert sorted(people(ents, text)) == [("director", "Ethan Coen"), ("director", "Joel Coen")]


@pytest.mark.parametrize("text", [
    "the hughes brothers",              # three directors carry the surname: no one pair
    "the stones",                       # an everyday word in the plural
    "i like the coens but my wife hates them",   # no cue, no work noun, not the whole message
])
def test_a_plural_surname_without_a_clear_pair_or_cue_is_nobody(ents, text):
    assert people(ents, text) == []
