"""Round 19d of the NLU extraction: ages, numbers, self-corrections with numbers and negation scope
(nlu/extraction/{audience,shorthand,durations,ratings,corrections,negation}.py). Classes of failures, each tested with this module's own phrasings and
with near-misses that must not change.

1. a single viewer's own school age without an age word ("im 11, ...") is their audience (``audience._SELF_ONE_RE``);
2. kin and bare ages with no separator ("son 7 daughter 10"), "lads" with ages, "years of age", ", who are N and M",
   a range after "from" ("kids from 2 to 5");
3. chat's "n" for "and" before a half ("an hour n a half");
4. a trip whose length follows "it's" is a ceiling ("for the train, it's about 90 minutes");
5. "rated ma" is TV-MA;
6. runtimes in words with "hundred and" are one number; a bare "no" between two runtimes or season counts takes the
   first back (``corrections._numbers_taken_back``) and "<count> max no N" re-says the count;
7. negation scope (nlu/extraction/negation.py): "no" before "something" answers the bot, a likeness ("<name> type") before
   the genre qualifies it, "not someone from <country>" excludes it, menace ruled out ("nothing with monsters") rules
   out horror, thriller and action (``negation._menace_kinds``).
"""

from __future__ import annotations

import pytest


# -- 1. the viewer's own age ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, audience", [
    ("im 11, any good cartoons?", "family"),
    ("i'm 10 lol what should i watch", "family"),
    ("i am 15, something scary", "teen"),
    ("im 16 and i want a romance", "teen"),
])
def test_a_single_viewers_own_school_age_is_their_audience(values, text, audience):
    assert values(text, "audience") == [(audience, None)]


@pytest.mark.parametrize("text", [
    "im 35, a thriller please",       # a grown-up's age: no cap
    "im 10 minutes from home",        # a unit after it
    "we are 3, what can we watch",    # a count of viewers
])
def test_no_own_child_age_where_none_is_said(values, text):
    assert values(text, "audience") == []


# -- 2. kin with bare ages, "years of age", "from N to M" ---------------------------------------------------------------

@pytest.mark.parametrize("text, audience", [
    ("son 7 daughter 10 something for tonight", "family"),
    ("nephew 5 niece 9, we have an hour", "kids"),
    ("the lads 10 and 13 want something funny", "family"),
    ("my grandkids, who are three and eight years of age", "preschool"),
    ("the children are six and nine years of age", "kids"),
    ("a playgroup with kids from 2 to 5", "preschool"),
    ("toddlers from 1 to 3 at the nursery", "preschool"),
])
def test_children_with_ages_in_other_shapes(values, text, audience):
    assert values(text, "audience") == [(audience, None)]


def test_a_time_after_from_is_no_range_of_ages(values):
    # "kids" of no stated age stay the children's audience; 6 to 8 pm is no age
    assert values("kids from 6 to 8 pm watch cartoons", "audience") == [("family", None)]


def test_lads_without_ages_are_nobody(values):
    assert values("a night out with the lads", "audience") == []


# -- 3. "n" for "and" ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("a thriller about an hour n a half", "81-99"),
    ("2 n a half hours max", "-150"),
])
def test_n_for_and_before_a_half(values, text, value):
    assert values(text, "duration") == [(value, None)]


def test_n_elsewhere_is_left_alone(values):
    assert values("a rock n roll documentary", "duration") == []


# -- 4. a trip's length after "it's" ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("a film for the train, it's about 90 minutes", "-90"),
    ("something for my flight its like three hours", "-180"),
])
def test_a_trip_said_as_it_is_a_ceiling(values, text, value):
    assert values(text, "duration") == [(value, None)]


# -- 5. "rated ma" ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["a crime show but nothing rated ma", "a thriller, not rated m a please"])
def test_rated_ma_is_tv_ma(values, text):
    assert ("TV-MA", "exclude") in values(text, "rating")


def test_ma_alone_is_no_rating(values):
    assert values("a movie my ma would like", "rating") == []


# -- 6. numbers in words and corrections with numbers -------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("a film of one hundred and five minutes", "85-105"),
    ("a comedy under one hundred and thirty", "-130"),
])
def test_hundreds_in_words_are_one_number(values, text, value):
    assert values(text, "duration") == [(value, None)]


@pytest.mark.parametrize("text, entity, value", [
    ("a series with four seasons no three at most", "seasons", "-3"),
    ("a drama under one hundred and forty no one hundred and twenty minutes", "duration", "-120"),
    ("something under 100 no 80 minutes", "duration", "-80"),
    ("a show with 5 seasons no 4 seasons", "seasons", "4-4"),
    ("a sitcom, 3 seasons max no 2", "seasons", "-2"),
])
def test_a_bare_no_between_two_numbers_takes_the_first_back(values, text, entity, value):
    assert values(text, entity) == [(value, None)]


def test_a_no_before_a_kind_stays_a_refusal(values):
    text = "thrillers under 100 minutes no horror"
    assert values(text, "duration") == [("-100", None)]
    assert ("horror", "exclude") in values(text, "genre")


# -- 7. negation scope: an answering "no", a likeness before the genre, "not someone from", menace ruled out ----------

@pytest.mark.parametrize("text", ["hmm no something romantic and funny", "nah something romantic and funny please"])
def test_no_before_something_turns_down_the_list_not_the_words(values, text):
    assert values(text, "mood") == [("romantic", None), ("funny", None)]


def test_no_before_a_kind_still_negates(values):
    assert values("no romantic stuff", "mood") == [("romantic", "exclude")]


@pytest.mark.parametrize("text, genre", [
    ("none of that pixar type animation stuff", "anime"),
    ("nothing like that hallmark type romance", "romance"),
])
def test_a_likeness_before_the_genre_is_its_modifier(values, text, genre):
    assert (genre, "exclude") in values(text, "genre")


@pytest.mark.parametrize("text, country", [
    ("a stand-up show, not someone from the uk", "United Kingdom"),
    ("a comic but not anybody from canada", "Canada"),
])
def test_not_someone_from_a_country_excludes_it(values, text, country):
    assert values(text, "country") == [(country, "exclude")]


def test_someone_from_a_country_is_wanted(values):
    assert values("stand-up by someone from the uk", "country") == [("United Kingdom", None)]


@pytest.mark.parametrize("text", [
    "a cartoon for my 5 year old, nothing with ghosts or baddies",
    "no villains or monsters please, she's 6",
])
def test_menace_ruled_out_rules_out_the_kinds_built_on_it(values, text):
    genres = values(text, "genre")
    assert {("horror", "exclude"), ("thriller", "exclude"), ("action", "exclude")} <= set(genres)


@pytest.mark.parametrize("text", [
    "a thriller with no villains",   # the kind is asked for
    "a film with cute monsters",     # nothing ruled out
])
def test_menace_rules_nothing_out_where_a_kind_is_asked_or_nothing_is_negated(values, text):
    assert not [g for g, role in values(text, "genre") if role == "exclude"]
