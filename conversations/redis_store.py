"""Rasa's Redis tracker store for the scale path, without the read-merge on every save.

``rasa.core.tracker_store.RedisTrackerStore.save`` reads the stored tracker back, replays it and merges
it with the one being saved (to keep earlier sessions, since ``retrieve`` returns only the latest one):
two full decodes and a quadratic merge per turn. Here the key holds only the current session — Rasa
never reads earlier sessions for a turn, and the history agents and viewers see lives in the gateway's
transcripts — so a save is one ``SET``; Rasa's ``RedisLockStore`` already serialises a conversation's
turns across workers. Events are decoded through ``conversations.events`` and a long session is
compacted (``conversations.compaction``) like the SQL store's.
"""

from __future__ import annotations

import json
from typing import Any, Optional, Text, Union

from rasa.core.tracker_store import RedisTrackerStore
from rasa.shared.core.events import SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker

from conversations.compaction import compacted_tracker
from conversations.events import decode_events
from conversations.sql_store import max_events_setting


class ConversationRedisStore(RedisTrackerStore):
    """``RedisTrackerStore`` keeping one bounded session per key, saved with a single ``SET``."""

    def __init__(self, *args: Any, max_events: Optional[int] = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.max_events = max_events_setting() if max_events is None else int(max_events)

    async def save(self, tracker: DialogueStateTracker, timeout: Optional[float] = None) -> None:
        await self.stream_events(tracker)
        tracker = compacted_tracker(_latest_session(tracker, self.domain.slots), self.domain.slots, self.max_events)
        self.red.set(self.key_prefix + tracker.sender_id, self.serialise_tracker(tracker),
                     ex=timeout or self.record_exp)

    def deserialise_tracker(self, sender_id: Text,
                            serialised_tracker: Union[Text, bytes]) -> Optional[DialogueStateTracker]:
        dialogue = json.loads(serialised_tracker)
        return DialogueStateTracker.from_events(sender_id, decode_events(dialogue.get("events") or []),
                                                self.domain.slots)


def _latest_session(tracker: DialogueStateTracker, slots: Any) -> DialogueStateTracker:
    """The tracker from its latest ``session_started`` on (with the ``action_session_start`` before it)."""
    events = list(tracker.events)
    starts = [i for i, event in enumerate(events) if isinstance(event, SessionStarted)]
    if not starts or starts[-1] <= 1:
        return tracker
    return DialogueStateTracker.from_events(tracker.sender_id, events[starts[-1] - 1:], slots)
