"""Round 31C: an edit relative to the list shown ("older ones", "newer please", "shorter", "longer ones", "fewer
seasons") asks for other titles: the ones shown in this conversation — the earlier lists of the search too — are left
out while unseen matches exist, and come back (the answer says so) only when none do (``Plan.again_if_empty``).
Phrasings and items are this module's own."""

from __future__ import annotations

import pytest
from planned_turns import ITEMS, at

from actions.planning import Plan, plan_recommendation
from actions.turn import Turn

EARLIER = ["d1", "d2", "d3", "d4", "d5"]  # a first list of the search, before "something else" showed ITEMS
LIST = [dict(item, year=2012 + n, duration_minutes=90 + 10 * n) for n, item in enumerate(ITEMS)]
SHOWN = EARLIER + [i["id"] for i in LIST]


def _planned(text: str, phrase: str, name: str, value: str) -> Plan:
    state = {"last_items": LIST, "shown_ids": SHOWN, "genres": ["documentary"], "media_type": ["movie"]}
    plan = plan_recommendation(Turn("test", "refine", text, [at(text, phrase, name, value)], state))
    assert isinstance(plan, Plan), plan
    return plan


@pytest.mark.parametrize("text, phrase, name, value", [
    ("older ones maybe", "older", "year", "older"),
    ("hmm newer please", "newer", "year", "newer"),
    ("any shorter?", "shorter", "duration", "shorter"),
    ("longer ones pls", "longer", "duration", "longer"),
])
def test_a_relative_edit_leaves_every_title_shown_out_first(text: str, phrase: str, name: str, value: str) -> None:
    plan = _planned(text, phrase, name, value)
    assert set(SHOWN) <= set(plan.exclude_ids), plan.exclude_ids
    assert set(plan.again_if_empty) == set(SHOWN), plan.again_if_empty  # nothing new: the matching ones come back


def test_the_edit_itself_still_applies() -> None:
    plan = _planned("older ones maybe", "older", "year", "older")
    assert plan.constraints.year_max is not None and plan.constraints.year_max < 2014, plan.constraints
    assert plan.constraints.genres == ["documentary"], plan.constraints


def test_a_title_turned_down_never_comes_back() -> None:
    state = {"last_items": LIST, "shown_ids": SHOWN, "rejected_ids": ["d2"], "genres": ["documentary"]}
    text = "older ones maybe"
    plan = plan_recommendation(Turn("test", "refine", text, [at(text, "older", "year", "older")], state))
    assert isinstance(plan, Plan) and "d2" in plan.exclude_ids and "d2" not in plan.again_if_empty, plan
