"""A genre ruled out from one origin ("no telenovelas": entity ``origin_genre`` drama@es) in the dialogue's state
(actions/constraints.py ``_apply_origin_genres``)."""

from __future__ import annotations

from actions.constraints import apply_entities, says_only_exclusions
from actions.entities import Entity
from actions.edits.removals import remove_fields
from contract.constraints import Constraints


def _pair(value: str) -> Entity:
    return Entity("origin_genre", value, "exclude")


def test_a_pair_ruled_out_keeps_the_genre_wanted():
    state = apply_entities(Constraints(), [Entity("genre", "drama"), _pair("drama@es"), _pair("romance@es")])
    assert state.genres == ["drama"]
    assert state.exclude_origin_genres == ["drama@es", "romance@es"]
    assert state.exclude_genres == [] and state.exclude_languages == []


def test_pairs_accumulate_over_turns():
    state = apply_entities(Constraints(), [_pair("drama@ko")])
    state = apply_entities(state, [Entity("genre", "comedy"), _pair("comedy@United Kingdom")])
    assert state.exclude_origin_genres == ["drama@ko", "comedy@United Kingdom"]


def test_the_genre_and_origin_wanted_again_lift_the_pair():
    state = apply_entities(Constraints(exclude_origin_genres=["drama@ko"]),
                           [Entity("genre", "drama"), Entity("language", "ko")])
    assert state.exclude_origin_genres == []


def test_the_origin_alone_wanted_keeps_the_pair():
    # near miss: korean thrillers after "no k-dramas" still leave the dramas out
    state = apply_entities(Constraints(exclude_origin_genres=["drama@ko"]),
                           [Entity("genre", "thriller"), Entity("language", "ko")])
    assert state.exclude_origin_genres == ["drama@ko"]


def test_a_pair_alone_is_an_exclusion_that_narrows():
    assert says_only_exclusions([_pair("drama@es")])


def test_forgetting_all_filters_drops_the_pairs():
    state = remove_fields(Constraints(genres=["comedy"], exclude_origin_genres=["drama@es"]), frozenset({"all"}))
    assert state.exclude_origin_genres == []
