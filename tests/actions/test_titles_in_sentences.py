"""A title binged through, then a craving for the next one: a like-search on it with no junk topic
(actions/query_text.py ``_FIGURE``: "my next fix" is a figure of speech). Phrasings are this module's own."""

from __future__ import annotations

import pytest
from planned_turns import after, at

from actions.planning import plan_recommendation


@pytest.mark.parametrize("text", [
    "we devoured all of dark over two nights, need our next fix, something like it",
    "finished dark yesterday and i need a new fix like it asap",
])
def test_the_next_fix_is_no_topic(text):
    turn = after(text, [at(text, "dark", "title", "Dark")], "request_recommendation", items=[])
    turn.slots = {}
    plan = plan_recommendation(turn, "request_recommendation")
    assert plan.constraints.similar_title == "Dark"
    assert plan.constraints.query is None


def test_fixing_things_stays_a_topic():
    text = "a show about people who fix old cars"
    plan = plan_recommendation(after(text, [], "request_recommendation", items=[]), "request_recommendation")
    assert plan.constraints.query and "fix" in plan.constraints.query
