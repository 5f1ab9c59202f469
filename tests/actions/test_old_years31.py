"""Round 31: "old" is another era (``OLD_YEARS``: 1990 and before on the bundled catalog), widened to a generation back
(``GENERATION_YEARS``) only when the catalog has nothing that old for the search (actions/planning.py
``_old_widens_to_a_generation``). Phrasings are this module's own."""

from __future__ import annotations

from actions.entities import Entity
from contract import wording
from contract.constraints import GENERATION_YEARS, OLD_YEARS
from planned_turns import after, planned


def _old(text: str, word: str = "old") -> Entity:
    start = text.index(word)
    return Entity("year", "old", None, start, start + len(word))


def test_old_is_another_era_not_last_generation() -> None:
    plan = planned(after("any old musicals?", [_old("any old musicals?")], intent="request_recommendation"))
    assert plan.constraints.older_than_years == OLD_YEARS == 31


def test_old_widens_to_a_generation_only_when_nothing_is_that_old() -> None:
    plan = planned(after("any old musicals?", [_old("any old musicals?")], intent="request_recommendation"))
    assert plan.unless_empty is not None and plan.unless_empty.older_than_years == GENERATION_YEARS
    assert plan.empty_note == wording.nothing_that_old()
