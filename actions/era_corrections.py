"""A decade said after "no" as a correction of the search's own era: "wait no, 80s. that's my final answer" after
a search of the 90s. The NLU reads "no 80s" as a refusal, and the actions keep no refused years (a release year is
only ever bounded), so the search would stay in the 90s. Refusing an era the search already lies outside of changes
nothing, so the viewer can only mean it as the era wanted instead: it becomes the wish.

Only then: with no era in the search ("no 80s please" before any era) or one that overlaps it (searching the 80s,
"no 80s") the refusal stays what it was, and a message that also names an era it wants keeps that one.
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from actions.entities import Entity, values
from contract.constraints import Constraints

_RANGE_RE = re.compile(r"(?P<lo>\d{4})-(?P<hi>\d{4})")


def corrected_era(state: Constraints, entities: Sequence[Entity]) -> list[str]:
    """The refused era of ``entities`` as the era wanted, when it is the message's one year and lies wholly outside
    the search's years (``state``); else nothing."""
    if values(entities, "year"):
        return []
    refused = values(entities, "year", excluded=True)
    m = _RANGE_RE.fullmatch(refused[0]) if len(refused) == 1 else None
    if m is None or (state.year_min is None and state.year_max is None):
        return []
    lo, hi = int(m["lo"]), int(m["hi"])
    return refused if _outside(lo, hi, state.year_min, state.year_max) else []


def _outside(lo: int, hi: int, year_min: Optional[int], year_max: Optional[int]) -> bool:
    """``lo``–``hi`` shares no year with the search's range (open sides unbounded)."""
    return (year_max is not None and lo > year_max) or (year_min is not None and hi < year_min)
