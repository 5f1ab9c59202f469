"""Round 17d of the NLU extraction (nlu/extraction/{negation,durations,seasons,...}.py): classes of failures seen on
real viewers, each tested with this module's own phrasings and with near-misses that must not change.

1. a negated format with its own bound ("no films over N minutes", "no shows with more than N seasons") rules out the
   bound, never the format: the format stays asked for, the bound turns round at N;
3. a negated list goes on across a sentence break ("... no thrillers. or slashers") and through a subject the
   vocabulary lacks closed by a format noun ("anything but a vampire film or a musical");
7. "X rather than Y": Y is ruled out.
"""

from __future__ import annotations

import pytest


# -- 1. a negated format with its own bound -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, media, duration", [
    ("please no films longer than ninety minutes", "movie", "-90"),
    ("no movies over 100 min tonight", "movie", "-100"),
    ("no films more than an hour and a half", "movie", "-90"),
    ("no movies that are over 2 hours", "movie", "-120"),
    ("no films shorter than 75 minutes", "movie", "75-"),
])
def test_a_negated_format_with_a_runtime_keeps_the_format_and_turns_the_bound(values, text, media, duration):
    assert values(text, "media_type") == [(media, None)]
    assert values(text, "duration") == [(duration, None)]


@pytest.mark.parametrize("text, duration", [
    ("no movies, something under 90 minutes", "-90"),   # the comma ends the scope: movies ruled out, runtime kept
    ("nothing under 90 minutes", "90-"),
    ("not a long film", "-120"),                        # a size word is no strict bound
])
def test_near_misses_of_a_format_bound(values, text, duration):
    assert values(text, "duration") == [(duration, None)]


def test_a_comma_still_ends_the_format_scope(values):
    assert values("no movies, something under 90 minutes", "media_type") == [("movie", "exclude")]


@pytest.mark.parametrize("text, seasons", [
    ("i want no series with more than 4 seasons", "-4"),
    ("none of those shows with over two seasons", "-2"),
    ("not the long ones with 5 or more seasons", "-4"),   # "5 or more" refused: fewer than 5
    ("nothing with 6 seasons", "-5"),
])
def test_a_kind_refused_for_more_than_n_seasons_may_still_have_n(values, text, seasons):
    assert values(text, "seasons") == [(seasons, None)]


# -- 3. negation across fragments ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, excluded", [
    ("i'm not feeling horror. or thrillers. or anything gory", {"horror", "thriller"}),
    ("no war stuff... or westerns", set()),
    ("skip the comedies. nor romance please", {"comedy", "romance"}),
])
def test_a_negated_list_goes_on_after_a_sentence_break(values, text, excluded):
    genres = values(text, "genre")
    assert {v for v, r in genres if r == "exclude"} >= excluded
    assert not [v for v, r in genres if r is None], genres


@pytest.mark.parametrize("text", [
    "no horror. or a thriller would be fine",
    "no comedy. or maybe a drama?",
])
def test_a_fragment_that_accepts_what_it_names_is_no_continuation(values, text):
    assert [r for v, r in values(text, "genre") if v in ("thriller", "drama")] == [None]


def test_a_subject_with_its_format_noun_keeps_the_list_going(values):
    text = "anything but a vampire movie or a cartoon please"
    assert ("anime", "exclude") in values(text, "genre")
    assert ("kids", None) not in values(text, "genre")
    assert values(text, "media_type") == []


# -- 7. X rather than Y -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, wanted, refused", [
    ("a thriller rather than a horror", "thriller", "horror"),
    ("maybe comedy rather than drama tonight", "comedy", "drama"),
    ("we'd rather see a comedy than a thriller", "comedy", "thriller"),
    ("a mystery instead of the usual romance", "mystery", "romance"),
])
def test_rather_than_rules_out_what_follows(values, text, wanted, refused):
    genres = values(text, "genre")
    assert (wanted, None) in genres and (refused, "exclude") in genres


def test_more_x_than_y_still_reads(values):
    assert ("horror", "exclude") in values("more thriller than horror", "genre")


# -- 2. a format the viewer cannot commit to ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "a true crime doc, i can't commit to episodes",
    "science stuff but not a show, we won't commit to a series",
])
def test_a_format_the_viewer_cannot_commit_to_is_ruled_out(values, text):
    assert values(text, "media_type") == [("series", "exclude")]


def test_committing_to_a_format_asks_for_it(values):
    assert values("happy to commit to a series this time", "media_type") == [("series", None)]


# -- 6. negation by verb: a refusal, a kind used up ---------------------------------------------------------------------

@pytest.mark.parametrize("text, genre", [
    ("my mum refuses anything with zombies or horror", "horror"),
    ("he refuses to watch musicals", "music"),
    ("my sister has seen all the anime, what else is there", "anime"),
    ("we've watched every thriller on here, something different", "thriller"),
])
def test_a_refused_or_used_up_kind_is_excluded(values, text, genre):
    assert (genre, "exclude") in values(text, "genre")


# a title watched through stays what the viewer liked: test_title_heads.test_watched_all_of_a_title


@pytest.mark.parametrize("text, seasons", [
    ("i refuse to watch more than 3 seasons", "-3"),
    ("i can't commit to more than two seasons", "-2"),
    ("i can't commit to 6 seasons", "-5"),
])
def test_a_refused_count_above_n_may_still_have_n(values, text, seasons):
    assert values(text, "seasons") == [(seasons, None)]


# -- 5. a rating ceiling with the letters spaced ------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("a comedy rated p g or lower for tonight", "family"),
    ("p g 13 and under please", "teen"),
    ("an animated film, p.g. max", "family"),
])
def test_a_spaced_rating_with_a_ceiling_is_a_cap(values, text, value):
    assert values(text, "audience") == [(value, None)]


def test_a_spaced_rating_alone_is_the_rating(values):
    assert values("are the p g 13 ones any good", "rating") == [("PG-13", None)]


# -- 8. time left before something else is a ceiling --------------------------------------------------------------------

@pytest.mark.parametrize("text, bound", [
    ("something shorter, the twins are off to bed in an hour", "-60"),
    ("we head out in 90 minutes, a comedy", "-90"),
    ("lights out in forty five minutes, what's quick", "-45"),
    ("guests arrive two hours from now, a film before that", "-120"),
    ("he must be asleep within the hour", "-60"),
])
def test_time_until_something_else_is_an_upper_bound(values, text, bound):
    assert (bound, None) in values(text, "duration")


@pytest.mark.parametrize("text", ["a thriller set in 2 hours of real time", "a heist that happens in 3 hours"])
def test_the_time_a_story_covers_is_no_deadline(values, text):
    assert not [v for v, _ in values(text, "duration") if v.startswith("-")]


def test_a_relative_word_beside_a_deadline_is_left_to_the_dialogue(values):
    # the dialogue keeps the stricter of the bound said and shorter than the list (actions/constraints.py)
    assert values("shorter, the kids sleep in an hour", "duration") == [("shorter", None), ("-60", None)]


# -- 9. a title that must fit into the time said ------------------------------------------------------------------------

@pytest.mark.parametrize("text, bound", [
    ("my bus ride home, about 90 minutes, something to fit", "-90"),
    ("a film that fits in roughly two hours", "-120"),
    ("we have 2 hours, what fits", "-120"),
])
def test_fitting_into_a_span_is_an_upper_bound(values, text, bound):
    assert values(text, "duration") == [(bound, None)]


@pytest.mark.parametrize("text, window", [
    ("roughly two hours", "108-132"),
    ("a comedy that fits the mood, about 90 minutes", "81-99"),
])
def test_an_approximate_runtime_without_fitting_stays_a_window(values, text, window):
    assert values(text, "duration") == [(window, None)]


# -- 10. violence ruled out rules out the violent kinds -----------------------------------------------------------------

_VIOLENT = {"action", "horror", "thriller", "crime"}


@pytest.mark.parametrize("text", [
    "nothing with shootouts and blood please, a series",
    "the one full of guns and gore, my wife doesn't like it",
    "my dad can't stand violence",
])
def test_violence_ruled_out_excludes_the_violent_kinds(values, text):
    assert {v for v, r in values(text, "genre") if r == "exclude"} >= _VIOLENT, values(text, "genre")


@pytest.mark.parametrize("text, genres", [
    ("a war movie, not too violent", []),                             # only too much of it
    ("an action film but no blood", [("action", None), ("horror", "exclude")]),  # a violent kind chosen: its violence
    # turned down, and blood ruled out is no horror (round 18d)
    ("no gory horror", [("horror", "exclude")]),                      # the word describes the genre ruled out
    ("a crime drama without gunplay", [("crime", None), ("drama", None)]),
])
def test_violence_turned_down_beside_a_chosen_kind_keeps_the_kinds(values, text, genres):
    assert values(text, "genre") == genres


def test_a_closing_dislike_rules_out_what_the_clause_named(values):
    assert values("those creepy horror things, my son hates them", "genre") == [("horror", "exclude")]
    assert values("a comedy, she really likes it", "genre") == [("comedy", None)]
