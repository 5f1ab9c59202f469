"""Self-corrections inside one message and titles that point at a person (nlu/extraction/corrections.py)."""

from __future__ import annotations

import pytest

from nlu.extraction import corrections
from nlu.extraction.spans import Found


@pytest.mark.parametrize("text,entity,expected", [
    ("some horror, no wait, a romance", "genre", [("romance", None)]),
    ("a horror film. scratch that, make it a documentary", "genre", [("documentary", None)]),
    ("starring adam sandler... or rather jim carrey", "actor", [("Jim Carrey", None)]),
    ("for a 15 year old, sorry, she is 9", "audience", [("family", None)]),
    ("a show, i mean a movie", "media_type", [("movie", None)]),
])
def test_what_a_correction_takes_back_is_dropped(values, text, entity, expected):
    assert values(text, entity) == expected


@pytest.mark.parametrize("text,entity,expected", [
    ("a japanese horror, oops, a thriller", "country", [("Japan", None)]),   # another kind stays
    ("no gore please, i mean no blood, a thriller", "genre", [("horror", "exclude"), ("thriller", None)]),  # gore: no horror
    ("i actually want comedies and dramas", "genre", [("comedy", None), ("drama", None)]),  # no pause: no cue
])
def test_what_no_correction_touches_stays(values, text, entity, expected):
    assert values(text, entity) == expected


@pytest.mark.parametrize("text", ["movies with the guy from stranger things", "the lady in the crown, what else is she in",
                                  "that dad from ozark"])
def test_a_title_that_points_at_a_person_is_no_anchor(values, text):
    """It points at its cast (role ``cast_of``: names.cast_pointer; the action searches that cast)."""
    assert [role for _, role in values(text, "title")] == ["cast_of"]


def test_a_likeness_title_stays_an_anchor(values):
    assert values("something like stranger things", "title") == [("Stranger Things", "similar")]


def test_mechanism_on_plain_founds():
    text = "drama, no wait, comedy"
    found = [Found("genre", 0, 5, "drama"), Found("genre", 16, 22, "comedy")]
    assert corrections.apply(text, found) == [found[1], Found(corrections.TAKEN_BACK, 0, 5, "genre")]


@pytest.mark.parametrize("text, taken", [
    ("japanese um no korean romance shows", "japanese"),
    ("a swedish no danish crime show", "swedish"),
    ("a thriller... i mean a comedy", "thriller"),
])
def test_the_words_taken_back_are_reported_so_nothing_else_reads_them(ents, text, taken):
    assert [e.surface for e in ents(text) if e.entity == corrections.TAKEN_BACK] == [taken]


def test_nothing_is_taken_back_without_a_correction(ents):
    assert not [e for e in ents("comedies no horror, a korean one") if e.entity == corrections.TAKEN_BACK]


@pytest.mark.parametrize("text,entity,expected", [
    ("3 seasons max, make that 2", "seasons", [("-2", None)]),
    ("no more than four seasons... make that three please", "seasons", [("-3", None)]),
    ("something under 90 minutes, no wait, 60", "duration", [("-60", None)]),
    ("under 2 hours, change that to 1", "duration", [("-60", None)]),
    ("for my 10 year old, make that 6", "audience", [("kids", None)]),
])
def test_a_bare_number_after_a_cue_re_says_the_number_before_it(values, text, entity, expected):
    assert values(text, entity) == expected


def test_a_number_of_something_else_after_a_cue_is_no_new_count(values):
    assert values("3 seasons max, make that 2 people", "seasons") == [("-3", None)]


@pytest.mark.parametrize("text,entity,expected", [
    ("tom hanks films... or no, meryl streep", "actor", [("Meryl Streep", None)]),
    ("a western or no wait a heist thing, with denzel washington", "actor", [("Denzel Washington", None)]),
    ("some anime, change that to a documentary", "genre", [("documentary", None)]),
    ("horror, actually no, a comedy", "genre", [("comedy", None)]),
])
def test_or_no_and_change_that_to_are_correction_cues(values, text, entity, expected):
    assert values(text, entity) == expected



@pytest.mark.parametrize("text,entity,expected", [
    ("japanese um no korean romance shows", "language", [("ko", None)]),
    ("british.. no irish films", "country", [("Ireland", None)]),
    ("play a swedish no danish crime show", "country", [("Denmark", None)]),
    ("a film from 2019 no 2020", "year", [("2020-2020", None)]),
    ("a comedy with adam sandler no jim carrey", "actor", [("Jim Carrey", None)]),
])
def test_a_no_between_two_values_of_one_kind_takes_the_first_back(values, text, entity, expected):
    assert values(text, entity) == expected


def test_a_hesitant_no_takes_back_the_origin_said_before_it(values):
    assert values("japanese um no korean romance shows", "country") == []


@pytest.mark.parametrize("text,entity,expected", [
    ("comedies no horror", "genre", [("comedy", None), ("horror", "exclude")]),  # a title has several genres
    ("a korean drama, no japanese stuff", "country", [("Japan", "exclude")]),     # a comma and a word: a refusal
    ("spanish films no mexican ones", "country", [("Mexico", "exclude")]),       # words between: a refusal
    ("a thriller with tom hanks, no meg ryan", "actor", [("Tom Hanks", None), ("Meg Ryan", "exclude")]),
])
def test_a_no_that_refuses_stays_a_refusal(values, text, entity, expected):
    assert values(text, entity) == expected
