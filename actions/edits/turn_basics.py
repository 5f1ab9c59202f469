"""What every kind of follow-up edit reads of a turn first (pure; no I/O): which entities point at a title of the list
(``REFERENCE_ENTITIES``), which name a person (``PERSON_ENTITIES``), which constrain the search
(``constraint_entities``), and whether a search is going on at all (``search_active``).
"""

from __future__ import annotations

from typing import Sequence

from actions.constraints import CONSTRAINT_ENTITIES
from actions.entities import Entity
from actions.turn import Turn

REFERENCE_ENTITIES = frozenset({"position", "title", "item_id"})
PERSON_ENTITIES = frozenset({"actor", "director"})


def search_active(turn: Turn) -> bool:
    """A search is going on: constraints are set or a list was shown."""
    return bool(turn.last_items) or not turn.constraints.is_empty()


def constraint_entities(entities: Sequence[Entity]) -> list[Entity]:
    return [e for e in entities if e.name in CONSTRAINT_ENTITIES]
