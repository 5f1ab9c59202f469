"""An action's answer carries only the slot events that change something (actions/base.py)."""

from __future__ import annotations

from rasa_sdk.events import Restarted, SlotSet

from actions.base import changed_slots_only


def test_a_slot_set_to_the_value_it_has_is_dropped() -> None:
    events = [SlotSet("genres", ["crime"]), SlotSet("max_minutes", None), SlotSet("audience", "kids")]
    kept = changed_slots_only({"genres": ["crime"], "max_minutes": None, "audience": None}, events)
    assert kept == [SlotSet("audience", "kids")]


def test_the_last_of_several_sets_decides() -> None:
    events = [SlotSet("genres", ["drama"]), SlotSet("genres", ["crime"])]
    assert changed_slots_only({"genres": ["crime"]}, events) == events


def test_after_a_restart_every_slot_event_counts() -> None:
    events = [Restarted(), SlotSet("genres", ["crime"])]
    assert changed_slots_only({"genres": ["crime"]}, events) == events


def test_other_events_pass_untouched() -> None:
    events = [{"event": "followup", "name": "action_recommend"}]
    assert changed_slots_only({}, events) == events
