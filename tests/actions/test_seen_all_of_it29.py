"""Round 29: "<franchise>, we've seen all of it" turns the whole story down, not one entry.

A title turned down by name and said seen in full in the same message ("it" pointing back at the story named) leaves
out every entry of its franchise, as "seen them all" does (actions/franchises.py ``_SEEN_POINTING_RE``). A title only
said seen ("seen <A> already") keeps its sequels. Phrasings are this module's own; titles from the bundled catalog."""

from __future__ import annotations

import pytest

from actions.franchises import seen_whole_franchises, widen_to_franchises
from actions.planning import plan_recommendation
from planned_turns import after, at

TWILIGHT = {"s448", "s449", "s450", "s451", "s452"}
ITEMS = [{"id": "s1", "title": "Some Romance"}, {"id": "s2", "title": "Another Romance"}]


pytestmark = pytest.mark.usefixtures("full_catalog_gazetteer")


def _turn(text: str):
    return after(text, [at(text, "twilight", "title", "Twilight", "exclude")], intent="deny", items=ITEMS,
                 genres=["romance"])


def test_seen_all_of_it_names_the_whole_story():
    assert set(seen_whole_franchises(_turn("skip twilight, we watched all of it"))) >= {"s452"}


def test_the_whole_franchise_is_left_out():
    turn = _turn("skip twilight, we watched all of it")
    plan = plan_recommendation(turn)
    widen_to_franchises(plan, turn)
    assert TWILIGHT <= set(plan.exclude_ids), plan.exclude_ids
    assert TWILIGHT <= set(plan.rejected_ids), plan.rejected_ids


def test_it_said_of_something_else_names_no_story():
    text = "seen all of it, got anything else"
    assert seen_whole_franchises(after(text, [], intent="deny", items=ITEMS, genres=["romance"])) == []
