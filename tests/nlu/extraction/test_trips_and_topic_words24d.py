"""Round 24d: situations, trips and topic words (nlu/extraction/durations.py ``_past_one_title``, the trip rules and the
postfix lower bound; geo.py ``_TRAVEL_BEFORE``; genres.py superlatives, sci-fi subjects, children's songs and
``subject_shows_unscripted``)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "flying 12 hours to tokyo with my toddler tomorrow",
    "long haul to sydney, fifteen hours, send help",
    "a 9 hour drive to the lake with the kids",
    "red-eye to boston, six hours, i need distraction",
])
def test_a_trip_longer_than_any_title_sets_no_runtime(values, text):
    assert values(text, "duration") == []


@pytest.mark.parametrize("text, bound", [
    ("a 75 minute flight, something to pass it", "-75"),
    ("flying 2 hours to rome, a comedy", "-120"),
])
def test_a_short_trip_keeps_its_ceiling(values, text, bound):
    assert values(text, "duration") == [(bound, None)]


def test_a_film_length_past_four_hours_said_of_the_film_stays(values):
    assert values("a 5 hour movie for the flight", "duration") != []


@pytest.mark.parametrize("text", [
    "flying 12 hours to japan with my son",
    "driving 5 hours up to france tomorrow",
    "red-eye to mexico tonight",
])
def test_the_place_travelled_to_is_no_country_asked_for(values, text):
    assert values(text, "country") == []


def test_titles_from_a_place_are_still_asked_for(values):
    assert values("films from japan for the flight", "country") == [("Japan", None)]


def test_at_least_after_a_frequency_is_a_lower_bound(values):
    text = "not swapping every 15 minutes, at least 100 minutes"
    assert values(text, "duration") == [("100-", None)]


def test_at_least_after_its_length_is_still_a_lower_bound(values):
    assert values("two hours at least", "duration") == [("120-", None)]


@pytest.mark.parametrize("text, genre, mood", [
    ("the funniest thing you've got", "comedy", "funny"),
    ("the creepiest film on here", "horror", "scary"),
    ("the most romantic one you have", "romance", "romantic"),
    ("the most suspenseful series", "thriller", "exciting"),
])
def test_a_superlative_of_a_feeling_is_its_genre(values, text, genre, mood):
    assert (genre, None) in values(text, "genre") and (mood, None) in values(text, "mood")


def test_a_superlative_beside_another_kind_is_only_the_mood(values):
    assert values("the scariest documentary", "genre") == [("documentary", None)]


@pytest.mark.parametrize("text, surface", [
    ("a cartoon with robots", "robots"),
    ("something about time travel", "time travel"),
    ("anime with spaceships", "spaceships"),
])
def test_science_fiction_subjects_read_as_sci_fi(ents, text, surface):
    assert any(e.entity == "genre" and e.value == "sci-fi" and e.surface == surface for e in ents(text))


@pytest.mark.parametrize("text", ["play nursery rhymes for her", "some lullabies please", "kids songs for the car"])
def test_songs_for_small_children_are_the_kids_shelf(values, text):
    assert ("kids", None) in values(text, "genre")


@pytest.mark.parametrize("text", ["maybe a travel show", "food series please", "a gardening show"])
def test_a_subject_show_is_reality_or_documentary(values, text):
    assert sorted(values(text, "genre")) == [("documentary", "any"), ("reality", "any")]


@pytest.mark.parametrize("text, genres", [
    ("a comedy cooking show", [("comedy", None)]),      # the kind named wins
    ("a baking show", [("reality", None)]),             # a competition already
])
def test_a_subject_show_beside_a_kind_keeps_the_kind(values, text, genres):
    assert values(text, "genre") == genres
