"""A compacted conversation is the same conversation for the next turn: slots, history the policies see."""

from __future__ import annotations

from conftest import conversation
from rasa.shared.core.events import SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from conversations.compaction import KEEP_TURNS, compacted_events, compacted_tracker, needs_compaction


def _replayed(domain, tracker) -> DialogueStateTracker:
    return DialogueStateTracker.from_events(tracker.sender_id, compacted_events(tracker, domain.slots), domain.slots)


def test_a_short_conversation_is_left_alone(domain) -> None:
    tracker = conversation(domain, KEEP_TURNS)
    assert compacted_events(tracker, domain.slots) is None
    assert compacted_tracker(tracker, domain.slots, max_events=1) is tracker


def test_compaction_keeps_every_slot_value(domain) -> None:
    tracker = conversation(domain, 20)
    assert _replayed(domain, tracker).current_slot_values() == tracker.current_slot_values()


def test_compaction_keeps_the_last_turns_verbatim(domain) -> None:
    tracker = conversation(domain, 20)
    replayed = _replayed(domain, tracker)
    texts = [e.text for e in replayed.events if isinstance(e, UserUttered)]
    assert texts == [e.text for e in tracker.events if isinstance(e, UserUttered)][-KEEP_TURNS:]
    assert replayed.latest_message.text == tracker.latest_message.text
    assert replayed.latest_action_name == tracker.latest_action_name


def test_the_policies_see_the_same_recent_states(domain) -> None:
    tracker = conversation(domain, 20)
    recent = KEEP_TURNS * 2  # two states per turn (the action, then listening)
    assert _replayed(domain, tracker).past_states(domain)[-recent:] == tracker.past_states(domain)[-recent:]


def test_the_compacted_session_starts_like_a_carried_over_rasa_session(domain) -> None:
    events = compacted_events(conversation(domain, 20), domain.slots, now=1000.0)
    assert events[0].action_name == "action_session_start" and isinstance(events[1], SessionStarted)
    assert {e.timestamp for e in events} == {1000.0}  # never older than its own session start


def test_compaction_bounds_the_events_of_a_long_conversation(domain) -> None:
    short = compacted_tracker(conversation(domain, 30), domain.slots, max_events=60)
    longer = compacted_tracker(conversation(domain, 300), domain.slots, max_events=60)
    assert len(short.events) == len(longer.events) < 60
    assert not needs_compaction(conversation(domain, 300), max_events=0)  # 0: off
