"""Compacting a long conversation to what the dialogue needs: its slots and its latest turns.

Rasa rebuilds a conversation from every event of its session on each turn, and its policies featurise
the whole history, so without a bound a turn costs more with every message. What the next prediction
depends on is the slots (the current search, the titles shown, the viewer's settings) and the last few
turns (``MemoizationPolicy`` looks at ``max_history: 3``; rules at fewer). A compacted session is what
Rasa's own ``action_session_start`` writes when it carries slots over to a new session —
``session_started``, one ``slot`` event per filled slot, ``action_listen`` — followed by the last
``KEEP_TURNS`` turns replayed as they happened. The slots written are the values *before* those turns,
so replaying them passes through the same states as the original conversation did.
"""

from __future__ import annotations

import copy
import time
from typing import Iterable, List, Optional

from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME
from rasa.shared.core.events import ActionExecuted, ActiveLoop, Event, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.slots import Slot
from rasa.shared.core.trackers import DialogueStateTracker

# Turns kept verbatim: more than the policies' history (MemoizationPolicy max_history 3 in config.yml),
# so the next prediction sees exactly what it would have seen without compaction.
KEEP_TURNS = 5


def needs_compaction(tracker: DialogueStateTracker, max_events: int) -> bool:
    """Whether the session holds more than ``max_events`` events (0 turns compaction off)."""
    return max_events > 0 and len(tracker.events) > max_events


def compacted_events(tracker: DialogueStateTracker, slots: Iterable[Slot],
                     keep_turns: int = KEEP_TURNS, now: Optional[float] = None) -> Optional[List[Event]]:
    """The events of one session equivalent to ``tracker`` for the next turn; None when there is nothing to cut.

    ``slots`` are the domain's slot definitions (initial values). Every event gets the time of compaction
    as its timestamp: a stored session is read from its latest ``session_started`` on, by timestamp, and
    the kept turns must not look older than it (an idle conversation still expires from its last turn).
    """
    events = list(tracker.events)
    turn_starts = [i for i, event in enumerate(events) if isinstance(event, UserUttered)]
    if len(turn_starts) <= keep_turns:
        return None
    cut = turn_starts[-keep_turns]
    before = DialogueStateTracker.from_events(tracker.sender_id, events[:cut], slots)
    stamp = time.time() if now is None else now
    head: List[Event] = [ActionExecuted(ACTION_SESSION_START_NAME, timestamp=stamp), SessionStarted(timestamp=stamp)]
    head += [SlotSet(slot.name, slot.value, timestamp=stamp)
             for slot in before.slots.values() if slot.value != slot.initial_value]
    if before.active_loop_name:
        head.append(ActiveLoop(before.active_loop_name, timestamp=stamp))
    head.append(ActionExecuted(ACTION_LISTEN_NAME, timestamp=stamp))
    return head + [_restamped(event, stamp) for event in events[cut:]]


def compacted_tracker(tracker: DialogueStateTracker, slots: Iterable[Slot], max_events: int) -> DialogueStateTracker:
    """``tracker`` itself when it is within bounds, else a new tracker holding its compacted session."""
    if not needs_compaction(tracker, max_events):
        return tracker
    slots = list(slots)
    events = compacted_events(tracker, slots)
    if events is None:
        return tracker
    return DialogueStateTracker.from_events(tracker.sender_id, events, slots)


def _restamped(event: Event, stamp: float) -> Event:
    clone = copy.copy(event)
    clone.timestamp = stamp
    return clone
