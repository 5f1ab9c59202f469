"""The entities of one user message, in a typed form the dialogue logic can rely on.

Rasa hands entities over as loose dicts (the NLU pipeline's ``ConstraintExtractor`` and button
payloads such as ``/refine{"duration":"shorter"}`` produce slightly different shapes: payload entities
have no role and their offsets point at the JSON). Normalising them once here keeps every consumer
(constraint merging, item references, free-text query) free of ``dict.get`` noise.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Optional

EXCLUDE = "exclude"
SIMILAR = "similar"
# A title that names its maker ("from the director of <title>"): the action searches its directors (actions/made_by.py).
DIRECTOR_OF = "director_of"
# A title that points at someone playing in it ("the guy from <title>"): the action searches its lead cast (actions/cast_of.py).
CAST_OF = "cast_of"
# The words a self-correction took back ("japanese um no korean"): no constraint, only words consumed (domain.yml).
TAKEN_BACK = "taken_back"


@dataclass(frozen=True)
class Entity:
    """One extracted entity: contract §5 name, normalised string value, optional role and span."""

    name: str
    value: str
    role: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None

    @property
    def excluded(self) -> bool:
        return self.role == EXCLUDE


def parse_entities(raw: Optional[Iterable[dict[str, Any]]], text: Optional[str] = None) -> list[Entity]:
    """Turn Rasa's entity dicts into ``Entity`` objects, dropping malformed ones.

    Offsets are kept only when they point into ``text`` (payload entities point at the JSON of
    ``/intent{...}``, which is no use for locating words in what the viewer typed).
    """
    is_payload = bool(text) and text.startswith("/")
    entities: list[Entity] = []
    for item in raw or ():
        name, value = item.get("entity"), item.get("value")
        if not name or value is None or value == "":
            continue
        start, end = item.get("start"), item.get("end")
        if is_payload or not isinstance(start, int) or not isinstance(end, int):
            start = end = None
        entities.append(Entity(str(name), str(value).strip(), item.get("role") or None, start, end))
    return entities


def values(entities: Iterable[Entity], name: str, *, excluded: bool = False) -> list[str]:
    """Distinct values of entity ``name`` in message order, either negated ones or the others."""
    seen: list[str] = []
    for e in entities:
        if e.name == name and e.excluded == excluded and e.value not in seen:
            seen.append(e.value)
    return seen


def last_value(entities: Iterable[Entity], name: str, *, excluded: bool = False) -> Optional[str]:
    """The last value of entity ``name`` (the viewer's final word wins: "30, no, 40 minutes")."""
    found = values(entities, name, excluded=excluded)
    return found[-1] if found else None
