"""Round 16c: "not the baby shows" in a search for an older child leaves out the preschool TV ratings (TV-Y, TV-G)
and keeps the children's titles (actions/constraints.py ``PRESCHOOL_TV_RATINGS``); children ruled out in other words
still take the kids' genre away. Phrasings are this module's own."""

from __future__ import annotations

from actions.constraints import apply_entities
from actions.entities import Entity
from contract.constraints import Constraints

_BABY_SHOWS_OUT = Entity("audience", "preschool", "exclude")


def test_baby_shows_out_of_a_kids_search_leave_the_preschool_tv_ratings_out():
    state = apply_entities(Constraints(), [Entity("genre", "kids"), _BABY_SHOWS_OUT])
    assert state.genres == ["kids"] and not state.exclude_genres
    assert "TV-Y" not in state.ratings and "TV-G" not in state.ratings
    assert {"TV-Y7", "PG", "TV-PG", "G"} <= set(state.ratings)
    assert not {"TV-MA", "R", "PG-13", "TV-14"} & set(state.ratings)  # a child of no stated age: the family ratings


def test_baby_shows_out_for_a_child_of_an_age_keep_that_childs_cap():
    state = apply_entities(Constraints(), [Entity("genre", "kids"), Entity("audience", "kids"), _BABY_SHOWS_OUT])
    assert state.audience == "kids" and set(state.ratings) == {"G", "TV-Y7", "TV-Y7-FV"}


def test_baby_shows_out_as_a_follow_up_of_a_childs_search():
    before = Constraints(genres=["kids"], media_type=["series"], audience="family")
    state = apply_entities(before, [_BABY_SHOWS_OUT])
    assert state.genres == ["kids"] and state.audience == "family"
    assert "TV-Y" not in state.ratings and "TV-PG" in state.ratings


def test_baby_shows_out_of_a_grown_up_search_is_no_kids_titles():
    # near-miss: no child is searched for, so titles for children go ("a thriller, no baby stuff")
    state = apply_entities(Constraints(), [Entity("genre", "thriller"), _BABY_SHOWS_OUT])
    assert "kids" in state.exclude_genres


def test_children_ruled_out_still_take_the_kids_genre_away():
    state = apply_entities(Constraints(genres=["kids"], audience="family"),
                           [Entity("audience", "kids", "exclude")])
    assert "kids" not in state.genres
