"""Round 28A: a subject ruled out ("no superhero stuff", "not baking", "none of that zombie junk") is an entity the
actions read, ``topic`` with role ``exclude`` and the subject's base word as its value (nlu/extraction/
ruled_out_topics.py); it is never searched as wanted. Only subject words count: filler, moods, genres, countries,
formats and people keep their own readings. Examples are our own."""

from __future__ import annotations

import pytest


def test_a_subject_before_a_noun_of_kind_is_ruled_out(values):
    assert values("no superhero stuff, action films please", "topic") == [("superhero", "exclude")]
    assert values("no superhero stuff, action films please", "genre") == [("action", None)]


def test_a_bare_lexicon_subject_after_the_cue_is_ruled_out(values):
    assert values("not baking, we did those last week", "topic") == [("baking", "exclude")]


def test_a_subject_after_filler_and_before_junk(values):
    assert values("none of that vampire junk tonight", "topic") == [("vampire", "exclude")]


def test_a_subject_after_a_link_word(values):
    assert values("a horror film but nothing about ghosts", "topic") == [("ghost", "exclude")]
    assert values("something funny but nothing involving cooking", "topic") == [("cooking", "exclude")]


def test_the_value_is_the_base_word(values):
    assert values("a drama, nothing with werewolves please", "topic") == [("werewolf", "exclude")]
    assert values("action movie, no superheroes", "topic") == [("superhero", "exclude")]


def test_a_format_after_the_subject_is_its_head_not_a_wish(values):
    assert values("anything but shark movies", "topic") == [("shark", "exclude")]
    assert values("anything but shark movies", "media_type") == []


def test_a_place_said_after_a_ruled_out_subject_is_what_it_is_about(values):
    text = "a drama but no war films about korea"
    assert values(text, "topic") == [("war", "exclude"), ("korea", "exclude")]
    assert values(text, "country") == []


def test_weariness_rules_a_subject_out(values):
    assert values("i'm sick of pirate movies", "topic") == [("pirate", "exclude")]


def test_a_subject_listed_with_a_genre_ruled_out(values):
    assert values("no dinosaur or sci fi stuff", "topic") == [("dinosaur", "exclude")]
    assert values("no dinosaur or sci fi stuff", "genre") == [("sci-fi", "exclude")]


@pytest.mark.parametrize("text", ["not sure, surprise me", "no idea", "not tonight", "no thanks", "nothing else",
                                  "not really", "no, the second one", "not that one", "nothing too long",
                                  "nothing with my kids around", "no rush, whatever you like"])
def test_near_miss_no_subject_in_chat_and_filler(ents, text):
    assert [e for e in ents(text) if e.entity == "topic"] == []


@pytest.mark.parametrize("text, entity", [("no horror stuff", "genre"), ("nothing korean please", "language"),
                                          ("no sad stuff", "mood"), ("no series please", "media_type")])
def test_near_miss_kinds_keep_their_own_reading(ents, text, entity):
    got = ents(text)
    assert not [e for e in got if e.entity == "topic"]
    assert any(e.entity == entity and e.role == "exclude" for e in got)


def test_near_miss_a_word_that_is_no_noun_needs_evidence(ents):
    # an adjective or a participle after a cue is no subject ("not dubbed", "nothing gloomy")
    assert not [e for e in ents("not dubbed please") if e.entity == "topic"]
    assert not [e for e in ents("a comedy, nothing gloomy") if e.entity == "topic"]


def test_a_subject_never_reached_is_not_ruled_out(ents):
    # "who has never seen ..." is inexperience, not a dislike
    assert not [e for e in ents("a film for my friend who has never seen zombie movies") if e.entity == "topic"]


def test_the_plan_fills_exclude_topics(plan):
    got = plan("no superhero stuff, action films please")
    assert got.exclude_topics == ["superhero"] and got.genres == ["action"]
    assert not got.query or "superhero" not in got.query
