"""Recently used conversations kept decoded between turns, trusted only while the database agrees.

Rebuilding a conversation from its rows (query, JSON, event objects, replay) was the largest remaining
cost of a turn in the Rasa process. Between two turns of a viewer nothing else usually touches their
rows, so the tracker Rasa saved is kept here with a fingerprint of what was stored: the number of rows of
the sender and the highest row id. A retrieve asks the database for the fingerprint only (one indexed
query) and uses the kept tracker when it matches and the object was not changed since (a turn that
failed before saving leaves extra events on it). Anything else that writes or deletes the rows — the
purge job, the privacy erase, another Rasa process — changes the fingerprint, so the rows are read again.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Optional, Tuple

from rasa.shared.core.trackers import DialogueStateTracker

Fingerprint = Tuple[int, int]  # (rows of the sender, highest row id)


@dataclass
class _Kept:
    tracker: DialogueStateTracker
    events: int  # len(tracker.events) when saved
    fingerprint: Fingerprint


class TrackerCache:
    """At most ``size`` conversations, least recently used dropped first (0: keep none)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._kept: "OrderedDict[str, _Kept]" = OrderedDict()

    def get(self, sender_id: str, fingerprint: Fingerprint) -> Optional[DialogueStateTracker]:
        kept = self._kept.get(sender_id)
        if kept is None:
            return None
        if kept.fingerprint != fingerprint or len(kept.tracker.events) != kept.events:
            del self._kept[sender_id]
            return None
        self._kept.move_to_end(sender_id)
        return kept.tracker

    def saved_events(self, tracker: DialogueStateTracker) -> Optional[int]:
        """How many of ``tracker``'s events are stored, when it is the very object kept here; else None."""
        kept = self._kept.get(tracker.sender_id)
        return kept.events if kept is not None and kept.tracker is tracker else None

    def fingerprint_of(self, sender_id: str) -> Optional[Fingerprint]:
        kept = self._kept.get(sender_id)
        return kept.fingerprint if kept is not None else None

    def put(self, tracker: DialogueStateTracker, fingerprint: Fingerprint) -> None:
        if self.size <= 0:
            return
        self._kept[tracker.sender_id] = _Kept(tracker, len(tracker.events), fingerprint)
        self._kept.move_to_end(tracker.sender_id)
        while len(self._kept) > self.size:
            self._kept.popitem(last=False)

    def drop(self, sender_id: str) -> None:
        self._kept.pop(sender_id, None)
