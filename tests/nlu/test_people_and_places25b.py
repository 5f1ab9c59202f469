"""Round 25b of the NLU extraction: people in free text (nlu/extraction/names.py, audience.py). Classes of failures
seen on real viewers, each tested with this module's own phrasings and with near-misses that must not change."""

from __future__ import annotations

import pytest


def _people(values, text: str) -> list[tuple[str, str | None]]:
    return values(text, "director") + values(text, "actor")


# -- 1. a well-known director's surname with little around it ----------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("kubrick", "Stanley Kubrick"),                      # the whole message, a name the descriptions write as a name
    ("Kubrick please", "Stanley Kubrick"),
    ("fine, any spielberg works for me", "Steven Spielberg"),   # a settling remark after "any <surname>"
    ("more tarantino would do", "Quentin Tarantino"),
    ("scorsese from the 1990s", "Martin Scorsese"),      # a period with its preposition after the surname
    ("Spielberg in the early 80s", "Steven Spielberg"),
])
def test_a_directors_surname_alone_or_nearly_is_the_director(values, text, person):
    assert (person, None) in values(text, "director")


def test_a_making_verb_after_a_directing_family_is_both_directors(values):
    assert sorted(values("something the coens made", "director")) == [("Ethan Coen", None), ("Joel Coen", None)]


@pytest.mark.parametrize("text", ["the early years", "from the 80s", "any thing is fine", "more would do"])
def test_no_person_in_plain_words(values, text):
    assert _people(values, text) == []


# -- 2. a misspelt full name typed alone ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, person", [("dwayne jonhsen", "Dwayne Johnson"), ("ricky gervaise", "Ricky Gervais")])
def test_a_full_name_spelt_by_ear_alone_is_the_person(values, text, person):
    assert [p for p, _ in _people(values, text)] == [person]


def test_a_slip_that_changes_the_start_of_a_surname_is_no_other_person(values):
    assert [p for p, _ in _people(values, "john hughs")] == ["John Hughes"]


# -- 3. a performer with a handful of credits is not named by a bare surname ------------------------------------------

def test_a_bare_surname_of_a_minor_performer_is_nobody(values):
    assert _people(values, "Kurosawa. something old and japanese") == []


def test_a_minor_performer_with_a_cue_is_still_read(values):
    assert ("Tomoyo Kurosawa", None) in values("any anime with kurosawa", "actor")


# -- 4. places and families met are no people and no audience ---------------------------------------------------------

@pytest.mark.parametrize("text", ["my cousin just moved to lagos, show me some nollywood comedies",
                                  "a friend from lagos recommended nigerian dramas"])
def test_a_city_is_no_surname(values, text):
    assert _people(values, text) == []


def test_an_actor_whose_surname_is_near_a_city_is_still_read_with_a_cue(values):
    assert ("Clara Lago", None) in values("spanish films with clara lago", "actor")


@pytest.mark.parametrize("text", ["we're meeting her family on sunday, something british to chat about",
                                  "before i meet their family i want to see some korean dramas"])
def test_someone_elses_family_met_is_no_audience(values, text):
    assert values(text, "audience") == []


def test_the_family_watching_is_still_the_audience(values):
    assert ("family", None) in values("a comedy to watch with the family", "audience")


# -- 5. a long title keeps an audience word of its own ----------------------------------------------------------------

def test_a_long_title_wins_over_a_relative_inside_it(values):
    text = "my 15 year old adored to all the boys i've loved before, similar please"
    assert [v for v, _ in values(text, "title")] == ["To All the Boys I’ve Loved Before"]
    assert ("teen", "cap") not in values(text, "audience")


# -- 6. two viewers' picks side by side ----------------------------------------------------------------------------------

def test_a_given_name_wished_beside_a_full_name_is_a_person(values):
    text = "my wife wants keanu, i want sandra bullock"
    assert {p for p, _ in values(text, "actor")} == {"Keanu Reeves", "Sandra Bullock"}


def test_a_wish_verb_alone_names_nobody(values):
    assert _people(values, "she wants more, i want something else") == []
