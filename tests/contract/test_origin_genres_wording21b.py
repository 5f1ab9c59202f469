"""Genres ruled out from one origin are said in the search's description (contract/wording.py
``origin_genres_words``) and read by the schema helpers (contract/constraints.py)."""

from __future__ import annotations

from contract import wording
from contract.constraints import Constraints, origin_genre, split_origin_genre


def test_pairs_of_one_language_are_said_together():
    assert wording.origin_genres_words(["drama@es", "romance@es"]) == "no drama or romance in Spanish"


def test_a_pair_of_a_country_names_the_country():
    assert wording.origin_genres_words(["comedy@United Kingdom"]) == "no comedy from United Kingdom"


def test_the_description_says_the_pairs():
    text = wording.describe(Constraints(genres=["drama"], exclude_origin_genres=["drama@es"]).to_api())
    assert "no drama in Spanish" in text


def test_values_round_trip_and_malformed_ones_are_none():
    assert split_origin_genre(origin_genre("drama", "ko")) == ("drama", "ko")
    assert split_origin_genre("drama") is None and split_origin_genre("drama@") is None


def test_slots_keep_the_pairs_as_a_list():
    state = Constraints.from_slots({"exclude_origin_genres": "drama@es"})
    assert state.exclude_origin_genres == ["drama@es"]
