"""Ratings said directly (round 21, area q; actions/constraints._apply_audience_and_rating).

An adult rating ruled out ("something that's not R rated") is the teen cap and only that: never a list of every
other rating, which the answer printed whole ("rated TV-Y/TV-G/.../NC-17/NR/UR").
"""

from __future__ import annotations

from actions.constraints import apply_entities
from actions.entities import Entity
from contract.constraints import Constraints


def _ents(*specs: tuple) -> list[Entity]:
    return [Entity(s[0], s[1], s[2] if len(s) > 2 else None, 0, 1) for s in specs]


def test_an_adult_rating_ruled_out_is_the_teen_cap_without_a_list():
    state = apply_entities(Constraints(), _ents(("rating", "R", "exclude")))
    assert state.audience == "teen" and not state.ratings


def test_an_adult_rating_ruled_out_keeps_the_genre_and_format():
    state = apply_entities(Constraints(), _ents(("genre", "action"), ("media_type", "movie"),
                                                ("audience", "teen"), ("rating", "R", "exclude")))
    assert state.genres == ["action"] and state.media_type == ["movie"]
    assert state.audience == "teen" and not state.ratings


def test_a_younger_cap_stays_beside_an_adult_rating_ruled_out():
    state = apply_entities(Constraints(), _ents(("audience", "kids"), ("rating", "R", "exclude")))
    assert state.audience == "kids" and not state.ratings


# Near misses: a rating below the adults' ruled out still leaves the list, and one among ratings already chosen goes.
def test_a_teen_rating_ruled_out_still_narrows_the_list():
    state = apply_entities(Constraints(), _ents(("rating", "PG-13", "exclude")))
    assert "PG-13" not in state.ratings and "PG" in state.ratings


def test_an_adult_rating_ruled_out_of_chosen_ratings_leaves_the_rest():
    state = apply_entities(Constraints(ratings=["PG-13", "R"]), _ents(("rating", "R", "exclude")))
    assert state.ratings == ["PG-13"]


# Mature ratings asked for beside an age said in the same message: the ratings outrank the age's cap.
def test_mature_ratings_asked_beside_a_teen_age_lift_the_cap():
    state = apply_entities(Constraints(), _ents(("audience", "teen"), ("genre", "horror"),
                                                ("rating", "R"), ("rating", "TV-MA")))
    assert state.ratings == ["R", "TV-MA"] and state.audience is None


def test_a_rating_the_age_lets_in_keeps_the_cap():
    state = apply_entities(Constraints(), _ents(("audience", "teen"), ("rating", "PG-13")))
    assert state.ratings == ["PG-13"] and state.audience == "teen"


def test_a_childs_age_keeps_its_cap_beside_a_rating_above_it():
    state = apply_entities(Constraints(), _ents(("audience", "kids"), ("rating", "PG-13")))
    assert state.ratings == ["PG-13"] and state.audience == "kids"


def test_a_rating_said_alone_keeps_an_earlier_cap():
    state = apply_entities(Constraints(audience="teen"), _ents(("rating", "TV-MA")))
    assert state.audience == "teen"
