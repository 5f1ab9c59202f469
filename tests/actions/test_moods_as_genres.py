"""Moods said instead of a genre (issue 10 "moods vs genres"; actions/constraints.py ``_mood_as_genre``):
"something funny" asks for comedies, "scary" for horror or thrillers, "the romantic ones" for romance — when
the search names no genre. A situation's moods ("friends are coming over": funny and light on one span) and
a mood beside a genre stay soft. Pure: no recommender, no Rasa."""

from __future__ import annotations

from actions.constraints import apply_entities
from actions.entities import EXCLUDE, Entity
from contract.constraints import Constraints


def mood(value: str, start: int | None = 0, end: int | None = 5, role: str | None = None) -> Entity:
    return Entity("mood", value, role, start, end)


def test_a_funny_request_without_a_genre_asks_for_comedies():
    state = apply_entities(Constraints(), [mood("funny")])
    assert state.genres == ["comedy"] and state.mood == ["funny"]


def test_scary_means_horror_or_thriller():
    assert apply_entities(Constraints(), [mood("scary")]).any_genres == ["horror", "thriller"]


def test_a_romantic_follow_up_narrows_a_genre_free_search_to_romance():
    state = apply_entities(Constraints(actors=["Shah Rukh Khan"], media_type=["movie"]), [mood("romantic")])
    assert state.genres == ["romance"] and state.actors == ["Shah Rukh Khan"]


def test_a_wish_to_cry_without_a_genre_asks_for_dramas():
    state = apply_entities(Constraints(media_type=["movie"]), [mood("sad")])
    assert state.genres == ["drama"] and state.mood == ["sad"]


def test_a_mood_beside_a_genre_stays_soft():
    state = apply_entities(Constraints(), [Entity("genre", "documentary", None, 0, 5), mood("funny", 6, 11)])
    assert state.genres == ["documentary"] and state.mood == ["funny"]


def test_the_moods_of_a_situation_stay_soft():
    state = apply_entities(Constraints(), [mood("funny", 0, 12), mood("light", 0, 12)])
    assert state.genres == [] and state.any_genres == [] and state.mood == ["funny", "light"]


def test_a_negated_mood_or_an_excluded_genre_is_never_required():
    assert apply_entities(Constraints(), [mood("scary", role=EXCLUDE)]).any_genres == []
    state = apply_entities(Constraints(exclude_genres=["horror"]), [mood("scary")])
    assert state.genres == ["thriller"] and state.any_genres == []


def test_a_new_mood_replaces_the_genre_an_earlier_mood_stood_for():
    funny = apply_entities(Constraints(), [mood("funny")])
    scary = apply_entities(funny, [mood("scary")])
    assert scary.genres == [] and scary.any_genres == ["horror", "thriller"]
    chosen = apply_entities(Constraints(genres=["comedy"]), [mood("scary")])
    assert chosen.genres == ["comedy"] and chosen.any_genres == []  # a genre the viewer named stays


def test_of_two_genre_moods_the_last_one_said_wins():
    state = apply_entities(Constraints(), [mood("romantic", 0, 10), mood("scary", 20, 25)])
    assert state.any_genres == ["horror", "thriller"] and state.genres == []
