"""Seen titles named by a position the extractor reads no entity in (round 21, area s): "seen the first couple",
"seen the first of those", "watched the second and fourth" leave those titles out and show fresh picks of the same
search (actions/edits.find_seen), never "which one do you mean?"."""

from __future__ import annotations

import pytest

from actions.edits.seen import find_seen
from actions.planning import Plan, plan_recommendation
from actions.turn import Turn

ITEMS = [{"id": f"s{i}", "title": f"Title {i}", "type": "series", "year": 2010 + i, "seasons": i} for i in range(1, 6)]


def searching(text: str, intent: str = "feedback_seen") -> Turn:
    state = {"genres": ["crime"], "media_type": ["series"], "last_items": ITEMS, "shown_ids": [i["id"] for i in ITEMS]}
    return Turn(sender_id="t", text=text, intent=intent, entities=[], slots=state)


@pytest.mark.parametrize("text, expected", [
    ("seen the first couple already, any more?", ["s1", "s2"]),
    ("we watched the first pair", ["s1", "s2"]),
    ("he's seen the first of those already", ["s1"]),
    ("she saw the second and fourth", ["s2", "s4"]),
    ("my son has watched the last of them, others?", ["s5"]),
    ("seen the 3rd, got anything else", ["s3"]),
])
def test_seen_positions_said_without_one(text, expected):
    seen = find_seen(searching(text), "feedback_seen")
    assert seen is not None and list(seen.item_ids) == expected


def test_seen_first_couple_keeps_the_search_without_a_query_word():
    plan = plan_recommendation(searching("seen the first couple already, any more?"))
    assert isinstance(plan, Plan) and plan.seen_ids == ["s1", "s2"]
    assert plan.constraints.genres == ["crime"] and not plan.constraints.query


@pytest.mark.parametrize("text", [
    "seen the first couple of seasons of it",  # seasons of a title, no titles of the list
    "i haven't seen the first of those",  # not seen
    "watched the first season, loved it",
])
def test_near_misses_name_no_seen_title(text):
    assert find_seen(searching(text), "feedback_seen") is None or find_seen(searching(text), "feedback_seen").every
