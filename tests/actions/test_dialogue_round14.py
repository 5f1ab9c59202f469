"""Issue 10, round 14 (classes read on evaluation set 12): children present are the audience, ..."""

from __future__ import annotations

import pytest
from planned_turns import at

from actions.planning import Plan, plan_recommendation
from actions.turn import Turn


def first(text: str, entities: list) -> Plan:
    plan = plan_recommendation(Turn("test", "request_recommendation", text, entities, {}))
    assert isinstance(plan, Plan), plan
    return plan


@pytest.mark.parametrize("text", [
    "kids 6 and 8 in the back seat, a film for the drive",
    "the kids are in the living room with me, a cartoon",
])
def test_children_in_a_place_with_the_viewer_are_the_audience(text: str) -> None:
    plan = first(text, [at(text, "kids", "audience", "kids")])
    assert plan.constraints.audience == "kids", plan.constraints


@pytest.mark.parametrize("text", ["the kids are in bed, a thriller", "kids in their rooms now, something for us"])
def test_children_in_bed_or_their_rooms_are_away(text: str) -> None:
    plan = first(text, [at(text, "kids", "audience", "kids")])
    assert plan.constraints.audience in (None, "adult"), plan.constraints
