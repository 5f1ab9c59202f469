"""Children said to be home are watching; children not home yet are no audience (actions/planning.py
``_without_absent_children``). Sentences are this module's own."""

from __future__ import annotations

import pytest
from planned_turns import at, planned

from actions.turn import Turn


@pytest.mark.parametrize("text, kids", [
    ("my two boys are home with a cold, something for them", "my two boys"),
    ("the kids are home today, any ideas", "the kids"),
])
def test_children_said_to_be_home_keep_their_cap(text: str, kids: str) -> None:
    plan = planned(Turn("test", "request_recommendation", text, [at(text, kids, "audience", "family")], {}))
    assert plan.constraints.audience == "family", plan.constraints


@pytest.mark.parametrize("text, kids", [
    ("a thriller to finish before the kids are home", "the kids"),
    ("something gripping until my kids are back", "my kids"),
])
def test_children_not_home_yet_are_no_audience(text: str, kids: str) -> None:
    plan = planned(Turn("test", "request_recommendation", text, [at(text, kids, "audience", "family")], {}))
    assert plan.constraints.audience in (None, "adult"), plan.constraints
