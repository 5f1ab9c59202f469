"""Turns after a list was shown, for the pure planning tests (no recommender, no Rasa): one copy of the
helpers that build them, so each test module states only its message → plan pairs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Optional

from actions.entities import Entity
from actions.planning import Plan, plan_recommendation
from actions.turn import Turn

# Five films shown by the previous turn.
ITEMS = [{"id": f"s{i}", "title": f"Title {i}", "type": "movie", "year": 2015, "duration_minutes": 100}
         for i in range(1, 6)]


def at(text: str, phrase: str, name: str, value: str, role: Optional[str] = None) -> Entity:
    """The entity ``name``=``value`` located on ``phrase`` in ``text`` (as the extractor would place it)."""
    start = text.index(phrase)
    return Entity(name, value, role, start, start + len(phrase))


def after(text: str, entities: list[Entity], intent: str = "refine",
          items: Sequence[dict[str, Any]] = ITEMS, **slots: Any) -> Turn:
    """A turn after ``items`` were shown for the search in ``slots``."""
    state: dict[str, Any] = {"last_items": list(items), "shown_ids": [i["id"] for i in items]}
    state.update(slots)
    return Turn("test", intent, text, list(entities), state)


def planned(t: Turn) -> Plan:
    plan = plan_recommendation(t)
    assert isinstance(plan, Plan), plan
    return plan
