"""The era of the list just shown, for years said of it: "same era but a comedy", "something from before that decade",
"from around then" (contract.constraints ``LIST_ERA_VALUES``; docs/contracts.md "Recency").

The era is the search's own year range when it had one on both sides and the list lies in it ("90s dramas" → 1990-1999),
else the decade of the list's middle year (a list of 1994-2001 titles → the 1990s): what a viewer who says "then" sees
in the years shown. "Before" and "after" are strict (the era itself is left out); "around" widens the era by
``ERA_MARGIN_YEARS`` each side. With no list shown there is no era, and no bound.
"""

from __future__ import annotations

from typing import Optional, Sequence

from contract.constraints import (AFTER_LIST_ERA, AROUND_LIST_ERA, BEFORE_LIST_ERA, ERA_MARGIN_YEARS, LIST_ERA,
                                  Constraints)

Bounds = tuple[Optional[int], Optional[int]]


def list_era(state: Constraints, shown_years: Sequence[int]) -> Optional[tuple[int, int]]:
    """(first, last) year of the era of the list shown (module docstring), or None without one."""
    years = sorted(int(y) for y in shown_years)
    if not years:
        return None
    low, high = state.year_min, state.year_max
    if low is not None and high is not None and low <= years[0] and years[-1] <= high:
        return low, high
    decade = years[(len(years) - 1) // 2] // 10 * 10
    return decade, decade + 9


def list_era_bounds(value: str, state: Constraints, shown_years: Sequence[int]) -> Optional[Bounds]:
    """(year_min, year_max) for a year value said of the list's era, or None (no list shown, or not such a value)."""
    era = list_era(state, shown_years)
    if era is None:
        return None
    first, last = era
    return {LIST_ERA: (first, last), BEFORE_LIST_ERA: (None, first - 1), AFTER_LIST_ERA: (last + 1, None),
            AROUND_LIST_ERA: (first - ERA_MARGIN_YEARS, last + ERA_MARGIN_YEARS)}.get(value)
