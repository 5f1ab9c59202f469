"""Round 31C: bounds of one count said in one turn intersect (actions/constraints.combined_bounds): the stricter
ceiling and floor, an exact count inside a looser bound; a bound that contradicts the later ones is a wish given up.
The same rule for seasons, minutes and release years."""

from __future__ import annotations

import pytest

from actions.constraints import apply_entities, combined_bounds
from actions.entities import Entity
from contract.constraints import Constraints


@pytest.mark.parametrize("ranges, expected", [
    ([(1, 1), (None, 3)], (1, 1)),  # an exact count, then a looser ceiling
    ([(None, 3), (1, 1)], (1, 1)),  # the same in the other order
    ([(None, 7), (None, 4)], (None, 4)),
    ([(None, 4), (None, 7)], (None, 4)),
    ([(2, None), (5, None)], (5, None)),
    ([(3, None), (None, 6)], (3, 6)),
    ([(2, 9), (4, None), (None, 7)], (4, 7)),
    ([(8, None), (None, 5)], (None, 5)),  # contradiction: the later one stands
    ([(6, 6), (2, 2)], (2, 2)),
    ([], (None, None)),
])
def test_bounds_of_one_count_intersect(ranges, expected) -> None:
    assert combined_bounds(ranges) == expected


def test_a_one_season_series_and_a_looser_ceiling_stay_one_season() -> None:
    state = apply_entities(Constraints(genres=["crime"]), [Entity("seasons", "1-1"), Entity("seasons", "-4")])
    assert (state.min_seasons, state.max_seasons) == (1, 1)


def test_a_decade_and_a_floor_inside_it_intersect() -> None:
    state = apply_entities(Constraints(), [Entity("year", "1990-1999"), Entity("year", "1994-")])
    assert (state.year_min, state.year_max) == (1994, 1999)


def test_two_runtime_ceilings_keep_the_stricter_in_either_order() -> None:
    for first, second in (("-110", "-85"), ("-85", "-110")):
        state = apply_entities(Constraints(), [Entity("duration", first), Entity("duration", second)])
        assert (state.min_minutes, state.max_minutes) == (None, 85)
