"""A conversation like the ones Rasa stores: the project's domain, turns of a search being refined."""

from __future__ import annotations

from pathlib import Path
from typing import List

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


def search_turn(n: int, genre: str) -> List[Event]:
    """One viewer turn answered by the recommendation action: the events Rasa stores for it."""
    return [
        UserUttered(f"{genre} please, take {n}", intent={"name": "recommend", "confidence": 0.9},
                    parse_data={"intent": {"name": "recommend", "confidence": 0.9}, "entities": [],
                                "text": f"{genre} please, take {n}"}),
        ActionExecuted("action_recommend"),
        SlotSet("genres", [genre]),
        SlotSet("shown_ids", [f"s{n}", f"s{n + 100}"]),
        BotUttered(f"Here are {genre} titles ({n})"),
        ActionExecuted("action_listen"),
    ]


def conversation(domain: Domain, turns: int) -> DialogueStateTracker:
    events: List[Event] = [ActionExecuted("action_listen"), SlotSet("audience", "family")]
    for n in range(turns):
        events += search_turn(n, ["comedy", "drama", "crime"][n % 3])
    return DialogueStateTracker.from_events("viewer-1", events, domain.slots)
