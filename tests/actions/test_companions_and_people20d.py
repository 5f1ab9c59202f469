"""Round 20d, actions side: companions never reach the keyword query (actions/query_text.py ``_COMPANION``), and a
person's search whose genre none of their titles carries ranks by the genre instead (constraints.genres_for_people)."""

from __future__ import annotations

import pytest

from actions.constraints import genres_for_people
from actions.query_text import residual_query
from contract.constraints import Constraints
from contract.wording import people_genre_topic_note


@pytest.mark.parametrize("text, query", [
    ("my grandmother wants old musicals", "musicals"),
    ("my old dad of eighty he likes trains", "trains"),
    ("for my nephew of 7 and my niece of 4, something about pirates", "pirates"),
    ("my grandpa and grandma love gardening shows", "gardening"),
    ("with my twins and the dog, anything about space", "space dog"),
])
def test_companion_words_never_reach_the_query(text, query):
    assert set((residual_query(text, []) or "").split()) == set(query.split())


@pytest.mark.parametrize("text, word", [("a documentary about a grandmother", "grandmother"),
                                        ("a film on motherhood and a mother", "mother")])
def test_a_relative_as_the_subject_stays_in_the_query(text, word):
    assert word in (residual_query(text, []) or "").split()


def test_a_persons_series_only_genre_becomes_the_topic():
    moved = genres_for_people(Constraints(actors=["Some Actor"], genres=["crime"]))
    assert moved is not None
    state, genres = moved
    assert genres == ["crime"] and state.genres == [] and state.actors == ["Some Actor"] and state.query == "crime"
    assert "crime" in people_genre_topic_note(genres)


def test_a_persons_drama_becomes_the_topic_but_other_genres_stay():
    assert genres_for_people(Constraints(actors=["Some Actor"], genres=["horror"])) is None
    state, _ = genres_for_people(Constraints(actors=["Some Actor"], genres=["drama", "horror"]))
    assert state.genres == ["horror"] and state.query == "drama"


def test_no_person_no_move():
    assert genres_for_people(Constraints(genres=["crime"])) is None
