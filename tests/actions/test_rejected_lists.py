"""actions/rejected_lists.py: a list turned down as a whole stays out while the viewer refines. Near-misses ("something
else", "not the third") turn no list down."""

from __future__ import annotations

import pytest

from actions.planning import Plan
from actions.rejected_lists import keep_turned_down_lists_out, turns_down_the_lists
from actions.turn import LAST_ITEMS, REJECTED_IDS, SHOWN_IDS, Turn
from contract.constraints import Constraints

FIRST, SECOND = ["a1", "a2", "a3"], ["b1", "b2", "b3"]


@pytest.mark.parametrize("text", ["none of these, something different", "nah none of those", "still no",
                                  "still not it. maybe something older", "nope, nothing", "didnt like any of them",
                                  "not into any of those", "these all look boring"])
def test_the_list_turned_down(text: str) -> None:
    assert turns_down_the_lists(text)


@pytest.mark.parametrize("text", ["something else", "another one", "not the third", "still looking for a comedy",
                                  "no, the second one", "none of them are scary right?", "neither scary nor gory please"])
def test_near_misses_turn_no_list_down(text: str) -> None:
    assert not turns_down_the_lists(text)


def _turn(text: str) -> Turn:
    return Turn("test:user", "refine", text, [], {SHOWN_IDS: FIRST + SECOND, REJECTED_IDS: ["z9"],
                                                  LAST_ITEMS: [{"id": i} for i in SECOND]})


def test_every_title_of_the_lineage_joins_the_turned_down() -> None:
    plan = Plan(Constraints(genres=["thriller"], exclude_countries=["United States"]), shown_ids=FIRST + SECOND)
    plan.again_if_empty = ["a1", "b2"]
    keep_turned_down_lists_out(plan, _turn("still no. maybe not american"))
    assert set(FIRST + SECOND) <= set(plan.exclude_ids)
    assert plan.rejected_ids == ["z9"] + FIRST + SECOND and plan.again_if_empty == []


def test_an_edit_without_turning_down_changes_nothing() -> None:
    plan = Plan(Constraints(genres=["thriller"]), shown_ids=FIRST + SECOND)
    keep_turned_down_lists_out(plan, _turn("maybe not american"))
    assert plan.exclude_ids == [] and plan.rejected_ids is None


def _after(rejected: list[str], text: str = "only ones from india") -> Turn:
    return Turn("test:user", "refine", text, [], {SHOWN_IDS: FIRST + SECOND, REJECTED_IDS: rejected,
                                                  LAST_ITEMS: [{"id": i} for i in SECOND]})


def test_an_edit_after_a_list_turned_down_leaves_the_later_picks_out_too() -> None:
    plan = Plan(Constraints(genres=["thriller"], countries=["India"]), shown_ids=FIRST + SECOND)
    keep_turned_down_lists_out(plan, _after(FIRST))
    assert set(FIRST + SECOND) <= set(plan.exclude_ids) and plan.rejected_ids is None


def test_one_title_turned_down_earlier_is_no_turned_down_lineage() -> None:
    plan = Plan(Constraints(genres=["thriller"], countries=["India"]), shown_ids=FIRST + SECOND)
    keep_turned_down_lists_out(plan, _after(["a3"]))
    assert plan.exclude_ids == []


def test_a_new_search_is_no_lineage() -> None:
    plan = Plan(Constraints(genres=["comedy"]), shown_ids=[])
    keep_turned_down_lists_out(plan, _after(FIRST, "now a comedy"))
    assert plan.exclude_ids == []
