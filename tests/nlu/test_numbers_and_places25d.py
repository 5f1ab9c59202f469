"""Round 25d of the NLU extraction: numbers said in words, positions by their place on screen, countries in talk of
countries, and eras a child has used up (nlu/extraction/durations.py, seasons.py, positions.py, geo.py, negation.py).
Each class with this module's own phrasings and near-misses that must not change."""

from __future__ import annotations

import pytest


# -- 1. an hour and a half without its article is a runtime -------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("a western, hour and a half max", "-90"),
    ("some thriller, hour and a quarter at most", "-75"),
    ("hour and a half tops please", "-90"),
])
def test_hour_and_a_half_without_an_article(values, text, value):
    assert values(text, "duration") == [(value, None)]


def test_the_article_form_is_unchanged(values):
    assert values("an hour and a half at most", "duration") == [("-90", None)]


@pytest.mark.parametrize("text", ["a happy hour and a half price deal", "rush hour and after"])
def test_no_runtime_inside_other_words(values, text):
    assert ("-90", None) not in values(text, "duration")


# -- 2. a season reached by its ordinal, and a bunch of seasons ----------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("a sitcom that got renewed for a fifth season", "5-"),
    ("any drama that made it to a 4th season", "4-"),
    ("a cartoon with a second season", "2-"),
    ("a comedy with a bunch of seasons", "3-"),
])
def test_seasons_reached_or_many(values, text, value):
    assert values(text, "seasons") == [(value, None)]


@pytest.mark.parametrize("text", ["the first season was slow", "its 3rd season dragged", "a season pass"])
def test_a_titles_season_talked_about_is_no_bound(values, text):
    assert values(text, "seasons") == []


# -- 3. the top and bottom of the list --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [("the top one looks fun", "1"), ("that bottom pick?", "last")])
def test_top_and_bottom_of_the_list(values, text, value):
    assert values(text, "position") == [(value, None)]


def test_the_top_one_turned_down(values):
    assert values("not the top one please, my brother liked it", "position") == [("1", "exclude")]


@pytest.mark.parametrize("text", ["top rated thrillers", "the top 10 comedies", "bottom of the barrel horror"])
def test_no_position_in_top_rated_or_counts(values, text):
    assert values(text, "position") == []


# -- 4. an ambiguous country word in talk of countries ------------------------------------------------------------------

@pytest.mark.parametrize("text, country", [
    ("what about other countries, jordan perhaps?", "Jordan"),
    ("films from a neighbouring country like georgia", "Georgia"),
])
def test_a_country_word_in_talk_of_countries(values, text, country):
    assert (country, None) in values(text, "country")


@pytest.mark.parametrize("text", ["a turkey dinner comedy", "something with jordan in it"])
def test_no_country_without_talk_of_countries(values, text):
    assert values(text, "country") == []


# -- 5. an era a child has used up beside the era asked for --------------------------------------------------------------

def test_the_era_used_up_gives_way_to_the_one_asked_for(values):
    text = "new stuff for my nephew, he has watched all the old ones"
    assert values(text, "year") == [("recent", None)]


def test_an_era_used_up_alone_stays(values):
    assert values("he has seen all the old ones", "year") == [("old", None)]
