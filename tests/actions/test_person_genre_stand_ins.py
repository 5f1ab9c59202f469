"""A film search for a genre the catalog tags for series only ("crime") asks for its nearest film genre (thriller)
unless it names people: a person's few films seldom hold the stand-in, so the genre only ranks as the topic
(actions/constraints.genres_for_films)."""

from __future__ import annotations

from actions.constraints import genres_for_films
from contract.constraints import Constraints


def test_a_persons_crime_films_keep_crime_as_the_topic_and_no_stand_in() -> None:
    state, moved = genres_for_films(Constraints(genres=["crime"], media_type=["movie"], actors=["Ana Vela", "Bo Reyes"]))
    assert (state.genres, state.query, moved) == ([], "crime", ["crime"])
    state, _ = genres_for_films(Constraints(genres=["crime"], media_type=["movie"], directors=["Cy Lone"]))
    assert state.genres == []


def test_without_people_the_stand_in_stays() -> None:
    state, _ = genres_for_films(Constraints(genres=["crime"], media_type=["movie"]))
    assert state.genres == ["thriller"]
    state, _ = genres_for_films(Constraints(genres=["crime", "drama"], media_type=["movie"], actors=["Ana Vela"]))
    assert state.genres == ["drama"], "another genre asked for stays required"
