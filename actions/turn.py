"""One user turn as the actions see it: intent, entities, text, and the remembered state.

Reading the tracker in one place keeps the actions short and lets the dialogue logic be tested with a
plain ``Turn`` instead of a full Rasa tracker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Optional

from rasa_sdk import Tracker

from actions.entities import Entity, parse_entities
from contract.constraints import Constraints
from contract.viewer import viewer_ref

# Slots that are not constraints but dialogue memory (see domain.yml).
LAST_ITEMS = "last_items"
SHOWN_IDS = "shown_ids"
FOCUSED_ID = "focused_id"
PENDING_RELAXATION = "pending_relaxation"
REJECTED_IDS = "rejected_ids"  # titles the viewer turned down in this conversation ("not the third")
EARLIER_LISTS = "earlier_lists"  # the searches whose lists were shown, with their items (actions/earlier_lists.py)
FAILURES = "failures"  # consecutive turns the bot did not understand (domain.yml resets it)
# How many of the viewer's earlier messages a turn remembers ("even less" reads the edit said before it).
EARLIER_MESSAGES = 4


@dataclass(frozen=True)
class Said:
    """One earlier message of the viewer: its words and the entities read in them."""

    text: Optional[str]
    entities: tuple[Entity, ...] = ()


@dataclass
class Turn:
    """The latest user message and the slot state before it was handled."""

    sender_id: str
    intent: Optional[str]
    text: Optional[str]
    entities: list[Entity] = field(default_factory=list)
    slots: Mapping[str, Any] = field(default_factory=dict)
    # What the gateway sent with the message (Rasa keeps it on the user event): a sealed reply address
    # for "tell me when" (bot/reply_address.py). Empty when Rasa was reached without the gateway.
    metadata: Mapping[str, Any] = field(default_factory=dict)
    # The viewer's messages before this one, newest first (at most ``EARLIER_MESSAGES``): a follow-up that repeats
    # an edit ("even less", "again") reads what the edit was there (actions/repeats.py).
    earlier: tuple[Said, ...] = ()

    @classmethod
    def from_tracker(cls, tracker: Tracker) -> "Turn":
        latest = tracker.latest_message or {}
        text = latest.get("text")
        return cls(
            sender_id=viewer_ref(tracker.sender_id),  # a key from the gateway; "rasa:<id>" when Rasa was reached directly
            intent=(latest.get("intent") or {}).get("name"),
            text=text,
            entities=parse_entities(latest.get("entities"), text),
            slots=dict(tracker.slots),
            metadata=latest.get("metadata") if isinstance(latest.get("metadata"), dict) else {},
            earlier=earlier_messages(tracker.events or [], latest),
        )

    @property
    def constraints(self) -> Constraints:
        return Constraints.from_slots(self.slots)

    @property
    def last_items(self) -> list[dict[str, Any]]:
        items = self.slots.get(LAST_ITEMS) or []
        return [i for i in items if isinstance(i, dict) and i.get("id")]

    @property
    def shown_ids(self) -> list[str]:
        return [str(i) for i in self.slots.get(SHOWN_IDS) or []]

    @property
    def rejected_ids(self) -> list[str]:
        return [str(i) for i in self.slots.get(REJECTED_IDS) or []]

    @property
    def focused_id(self) -> Optional[str]:
        value = self.slots.get(FOCUSED_ID)
        return str(value) if value else None

    @property
    def failures(self) -> int:
        value = self.slots.get(FAILURES)
        return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 0

    @property
    def pending_relaxation(self) -> Optional[dict[str, Any]]:
        value = self.slots.get(PENDING_RELAXATION)
        return value if isinstance(value, dict) and isinstance(value.get("constraints"), dict) else None


def earlier_messages(events: Iterable[Mapping[str, Any]], latest: Mapping[str, Any]) -> tuple[Said, ...]:
    """The viewer's messages before ``latest`` in the tracker's ``events``, newest first (the latest message is the
    last user event when the action runs; it is skipped), at most ``EARLIER_MESSAGES``; a restart ends the memory."""
    said: list[Said] = []
    skipped_latest = False
    for event in reversed(list(events)):
        if not isinstance(event, Mapping):
            continue
        if event.get("event") in ("restart", "session_started"):
            break
        if event.get("event") != "user":
            continue
        if not skipped_latest and event.get("text") == latest.get("text"):
            skipped_latest = True
            continue
        skipped_latest = True
        parse = event.get("parse_data") if isinstance(event.get("parse_data"), Mapping) else {}
        text = event.get("text")
        said.append(Said(text, tuple(parse_entities(parse.get("entities"), text))))
        if len(said) >= EARLIER_MESSAGES:
            break
    return tuple(said)
