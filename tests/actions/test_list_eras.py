"""Years said of the era of the list shown (actions/list_eras.py, resolved in actions.constraints._apply_year, round
21d): "same era", "from before then", "after that decade", "from around then". Sentences are this module's own."""

from __future__ import annotations

from actions.constraints import apply_entities
from actions.entities import Entity
from actions.list_eras import list_era
from contract.constraints import Constraints

NINETIES_LIST = [1994, 1997, 1999, 1995, 1991]


def _years(value: str, state: Constraints = Constraints(), shown=NINETIES_LIST, *more: Entity) -> tuple:
    new = apply_entities(state, [Entity("year", value), *more], shown_years=shown)
    return new.year_min, new.year_max


def test_the_era_is_the_decade_of_the_lists_middle_year() -> None:
    assert list_era(Constraints(), [1994, 1999, 2001, 2003, 1996]) == (1990, 1999)


def test_the_era_is_the_searchs_range_when_the_list_lies_in_it() -> None:
    assert list_era(Constraints(year_min=1985, year_max=1994), [1986, 1990, 1993]) == (1985, 1994)


def test_before_then_is_strictly_before_the_era() -> None:
    assert _years("before_then") == (None, 1989)


def test_after_then_is_strictly_after_the_era() -> None:
    assert _years("after_then") == (2000, None)


def test_same_era_is_the_era() -> None:
    assert _years("then") == (1990, 1999)


def test_around_then_is_a_window_round_the_era() -> None:
    assert _years("around_then") == (1987, 2002)


def test_an_earlier_bound_gives_way_to_the_era() -> None:
    assert _years("before_then", Constraints(year_min=1990, year_max=1999)) == (None, 1989)


# near misses: no list shown, or years named in the same message
def test_with_no_list_shown_the_years_stay_as_they_were() -> None:
    assert _years("before_then", Constraints(year_min=2010), []) == (2010, None)


def test_years_named_beside_it_win() -> None:
    assert _years("then", Constraints(), NINETIES_LIST, Entity("year", "1980-1989")) == (1980, 1989)
