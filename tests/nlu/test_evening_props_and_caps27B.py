"""Round 27B: negated compound kinds, the clean cap said as a list item, and the props of an evening — through the real
extractor (the bundled catalog's gazetteer) and the planner (no recommender, no Rasa). Phrasings are this module's own.

1. A mood's story part before a genre, negated ("no gloomy ending thriller kind of thing"), rules the genre out with
   the mood (negation ``_STORY_PARTS``); the genre is never asked for.
2. A school story negated ("nothing resembling hs drama") is the teen shelf, ruled out whatever its form (negation
   ``_combination``); "no teen dramas" stays the combined kind.
3. "clean" as its own item after a kind of title ("a show, also clean, ...") is the clean cap and no query word
   (audience ``_CLEAN_RE``); the chore ("cook and clean") is not.
4. The props of an evening — a pet watched with, a drink or snack held — never reach the query (actions/query_text
   ``evening_prop_scopes``); "something sweet" is the feel-good/light mood, a night of women friends is the funny mood.
"""

from __future__ import annotations

import pytest

from contract.vocabulary import CLEAN_AUDIENCE, ratings_for_audience


# -- 1. a mood's story part before a genre ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, genre", [
    ("a comedy film, nothing with a bleak ending thriller kind of thing", "thriller"),
    ("some romance but no depressing plot drama sort of stuff please", "drama"),
])
def test_a_moods_story_part_before_a_genre_rules_the_genre_out(plan, text, genre):
    c = plan(text)
    assert genre in c.exclude_genres and genre not in c.genres, c


def test_a_story_part_after_a_negated_mood_with_no_genre_after_it_takes_no_later_genre(plan):
    c = plan("a comedy without a sad ending, a drama is fine too")
    assert "drama" not in c.exclude_genres, c


# -- 2. a school story is the teen shelf --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "italian shows but nothing resembling hs drama",
    "a korean series, no high school dramas thanks",
])
def test_a_school_story_ruled_out_is_the_teen_shelf(plan, text):
    c = plan(text)
    assert "teen" in c.exclude_genres and not c.exclude_origin_genres, c


def test_teen_dramas_ruled_out_stay_the_combined_kind(plan):
    c = plan("nope, no teen dramas")
    assert "teen" not in c.exclude_genres and c.exclude_origin_genres, c


# -- 3. "clean" as a list item ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "a film, and clean, my nan is devout",
    "some series, also clean, since grandpa is watching",
    "a comedy and clean please",
])
def test_clean_as_a_list_item_after_a_kind_is_the_clean_cap_and_no_query(plan, text):
    c = plan(text)
    assert c.ratings and set(c.ratings) <= set(ratings_for_audience(CLEAN_AUDIENCE)) and not {"TV-MA", "R"} & set(c.ratings), c
    assert "clean" not in (c.query or ""), c


def test_the_chore_of_cleaning_is_no_cap(plan):
    assert not plan("i have to cook, and clean, then put on a thriller").ratings


# -- 4. the props of an evening -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "me and the kitten tonight, with a mug of cocoa, a comedy",
    "just me and my old dog, cold beers and nachos, any thriller",
    "a film with the puppy and me, popcorn ready",
])
def test_pets_and_treats_of_the_evening_are_no_query(plan, text):
    assert plan(text).query is None, plan(text)


@pytest.mark.parametrize("text, word", [
    ("a documentary about wine", "wine"),
    ("a film about a dog", "dog"),
])
def test_a_treat_or_pet_as_the_subject_stays_the_topic(plan, text, word):
    assert word in (plan(text).query or ""), plan(text)


def test_something_sweet_is_the_feel_good_mood_and_no_query(plan):
    c = plan("my partner is expecting, so nothing heavy, something sweet")
    assert {"feel-good", "light"} & set(c.mood) and "sweet" not in (c.query or ""), c


def test_a_night_of_women_friends_is_the_funny_mood(plan):
    c = plan("ladies night with my friends, something fun")
    assert "funny" in c.mood and c.query is None, c
