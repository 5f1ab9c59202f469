"""Moods and kinds said as feelings (round 21i): being cheered up is the funny mood on a span of its own (comedy when
no genre is named), silliness ruled out is the kids' slapstick ruled out (comedy kept), a thrill is the thriller
genre, true crime ruled out keeps both its genres for the actions, and a genre the viewer watched last is context
when the message asks for another kind (nlu/extraction/moods.py, genres.py, past_viewing.py)."""

from __future__ import annotations

import pytest


# -- being cheered up -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["got anything to cheer the kids up", "she really needs cheering up",
                                  "a film that makes us smile", "something to lighten the mood a bit",
                                  "anything to lift my spirits", "put a smile on our faces please"])
def test_being_cheered_up_is_the_funny_mood_on_a_span_of_its_own(ents, text):
    moods = [e for e in ents(text) if e.entity == "mood"]
    funny = [e for e in moods if e.value == "funny"]
    assert funny and all(e.role is None for e in moods), moods
    assert not [e for e in moods if e.value != "funny" and e.surface == funny[0].surface], moods


@pytest.mark.parametrize("text", ["feeling down today", "had a bad day at work"])
def test_a_low_state_stays_the_feel_good_situation(values, text):
    assert ("funny", None) not in values(text, "mood") and ("feel-good", None) in values(text, "mood")


def test_cheering_up_beside_a_kind_keeps_the_kind(values):
    assert values("a nature documentary to cheer me up", "genre") == [("documentary", None)]


# -- silliness ruled out ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["another one but less silly", "not so goofy this time", "nothing too slapstick"])
def test_silliness_ruled_out_is_no_kids_slapstick_and_no_funny_refusal(values, text):
    assert values(text, "genre") == [("kids", "exclude")]
    assert ("funny", "exclude") not in values(text, "mood")


@pytest.mark.parametrize("text", ["less funny this time", "nothing funny tonight"])
def test_funny_ruled_out_is_still_the_funny_mood_refused(values, text):
    assert values(text, "mood") == [("funny", "exclude")] and not values(text, "genre")


def test_silly_asked_for_is_still_funny(values):
    assert values("something silly and zany", "mood") == [("funny", None), ("funny", None)]


# -- a thrill is a thriller -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["got anything thrilling", "a proper nail-biter tonight",
                                  "a show that keeps you on the edge of your seat", "something suspenseful"])
def test_a_thrill_is_the_thriller_genre_and_the_exciting_mood(values, text):
    assert values(text, "genre") == [("thriller", None)] and ("exciting", None) in values(text, "mood")


def test_a_thrill_beside_another_kind_is_the_mood_only(values):
    assert values("a thrilling sci-fi film", "genre") == [("sci-fi", None)]


@pytest.mark.parametrize("text", ["something exciting", "a gripping one", "pure adrenaline"])
def test_excitement_stays_the_mood_alone(values, text):
    assert not values(text, "genre") and values(text, "mood") == [("exciting", None)]


def test_a_thrill_ruled_out_rules_out_the_thriller(values):
    assert ("thriller", "exclude") in values("nothing thrilling, it's late", "genre")


# -- true crime ruled out ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["my wife can't stand true crime", "no true-crime stuff"])
def test_true_crime_ruled_out_keeps_both_genres_for_the_actions(values, text):
    # round 22f: both genres as one excluded kind (the titles that are both)
    assert values(text, "genre") == [] and values(text, "origin_genre") == [("crime+documentary", "exclude")]


def test_a_rom_com_ruled_out_still_keeps_comedy_possible(values):
    assert values("no rom-coms please", "origin_genre") == [("comedy+romance", "exclude")]


# -- a past viewing is context ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, asked", [
    ("the last film i saw was a horror, now i'd like a comedy", ("comedy", None)),
    ("we've just watched a western, fancy some anime next", ("anime", None)),
    ("i've been watching a lot of k-dramas, want a documentary now", ("documentary", None)),
])
def test_the_kind_watched_last_is_dropped_when_another_is_asked(values, text, asked):
    assert values(text, "genre") == [asked]


def test_the_mood_asked_after_a_viewing_drops_the_kind_watched(values):
    assert not values("we finally finished a gory horror, now something cosy", "genre")


@pytest.mark.parametrize("text", ["i watched a great thriller last night, another one like that please",
                                  "we really liked the last comedy we watched, more of those",
                                  "just watched a documentary, want another documentary"])
def test_the_kind_watched_asked_again_or_alone_stays(values, text):
    assert values(text, "genre")[:1] in ([("thriller", None)], [("comedy", None)], [("documentary", None)])


def test_a_kind_used_up_is_still_ruled_out(values):
    assert ("horror", "exclude") in values("we've watched every horror here, something else", "genre")


def test_a_kind_never_watched_is_no_viewing(values):
    assert ("anime", "any") in values("i never watched anime, want a comedy or anime", "genre")
