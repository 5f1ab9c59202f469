"""Round 19e of the NLU extraction: people in free text (nlu/extraction/names.py, contract/words.py). Classes of
failures seen on real viewers, each tested with this module's own phrasings and with near-misses that must not change."""

from __future__ import annotations

import pytest

from contract.words import name_words


# -- 1. a surname the descriptions write only as a name is its one well-known bearer after "with" ----------------------

@pytest.mark.parametrize("text, person", [
    ("comedy specials w/ seinfeld", "Jerry Seinfeld"),
    ("nature series with attenborough please", "David Attenborough"),
    ("a comedy special with mulaney", "John Mulaney"),
])
def test_a_surname_written_only_as_a_name_is_the_person_after_with(values, text, person):
    assert (person, None) in values(text, "actor") + values(text, "director")


@pytest.mark.parametrize("text", ["a guy with burns on his face", "stuff with brooks and rivers",
                                  "a drama with lincoln in it", "a thriller with torn loyalties"])
def test_an_everyday_or_topic_word_after_with_is_nobody(values, text):
    assert values(text, "actor") == [] and values(text, "director") == []


def test_name_words_hold_names_not_everyday_words():
    words = name_words()
    assert {"seinfeld", "attenborough"} <= words
    assert not {"torn", "urban", "root", "sharp", "covert"} & words


# -- 2. a name read by ear never turns a rightly spelt given name into another one ------------------------------------

@pytest.mark.parametrize("text, typed", [
    ("do you have a movie starring Cary Grant", "Cary Grant"),
    ("any cary grant films", "Cary Grant"),
])
def test_a_rightly_spelt_given_name_is_not_swapped_for_another(values, text, typed):
    assert values(text, "director") == [] and values(text, "actor") == []
    assert (typed, None) in values(text, "unknown_person")


@pytest.mark.parametrize("text, person", [("eddy murphy comedies", "Eddie Murphy"), ("jakie chan movies", "Jackie Chan")])
def test_a_given_name_spelt_by_ear_still_finds_the_person(values, text, person):
    assert values(text, "actor") == [(person, None)]


# -- 3. a given name that singles a person out: asked what they have done, or pointed at as "the <name> guy" ----------

@pytest.mark.parametrize("text, person", [
    ("what has denzel done lately", "Denzel Washington"),
    ("anything keanu starred in", "Keanu Reeves"),
])
def test_a_given_name_asked_what_they_have_done_is_the_person(values, text, person):
    assert (person, None) in values(text, "actor") + values(text, "director")


def test_the_given_name_guy_is_the_one_person_of_that_given_name(values):
    assert values("the taika dude that made ragnarok", "director") == [("Taika Waititi", None)]


@pytest.mark.parametrize("text", ["the kevin guy", "that summer guy", "what has winter done to my garden"])
def test_a_shared_or_everyday_given_name_is_nobody(values, text):
    assert values(text, "actor") == [] and values(text, "director") == []


# -- 4. a work noun typed with a letter twice still backs a one-word stage name ----------------------------------------

@pytest.mark.parametrize("text, person", [("zendaya filmss", "Zendaya"), ("any prabhas moviess", "Prabhas")])
def test_a_stage_name_before_a_doubled_work_noun(values, text, person):
    assert values(text, "actor") == [(person, None)]
    assert values(text, "media_type") == [("movie", None)]


def test_a_doubled_letter_is_the_likeliest_slip(values):
    assert values("some scary moviess", "media_type") == [("movie", None)]


# -- 5. a surname a voice transcript split in two: an exact given name, then pieces that sound like its surname --------

@pytest.mark.parametrize("text, person", [
    ("films directed by martin scor seezee", "Martin Scorsese"),
    ("steven spiel burg movies please", "Steven Spielberg"),
])
def test_a_surname_heard_in_pieces_after_an_exact_given_name(values, text, person):
    assert values(text, "director") == [(person, None)]


@pytest.mark.parametrize("text", ["a movie about martin and his son", "tom hanks movies", "something steven spent ages on"])
def test_pieces_that_do_not_sound_like_the_surname_are_no_slip(values, text):
    assert values(text, "director") == []
