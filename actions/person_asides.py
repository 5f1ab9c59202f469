"""An aside naming a title to say who the person just named is: "<director> films (the <title> guy)", "<actor> movies
(who was in <title>)", "<director>, the one who did <title>". The extractor reads the title as a pointer to its cast or
director (role ``cast_of`` / ``director_of``: nlu/extraction/names.py), and the actions would then add that title's
lead cast or directors to the search and leave the title out — people the viewer never asked for.

Said right after a person the message names (a work noun such as "films" or "stuff" may stand between, then an opening
bracket, a dash, a colon, a comma or "you know" / "i mean" / "as in" / "aka"), the aside only confirms that person: the
title becomes that person's entity again on its own span (its words never reach the free-text query), adds nobody and
leaves no title out. A pointer with nobody named before it, or one joined by "and" ("<name> and the <title> guy": another
person), keeps its reading.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from actions.entities import CAST_OF, DIRECTOR_OF, Entity
from actions.turn import Turn

_POINTER_ROLES = frozenset({CAST_OF, DIRECTOR_OF})
_PEOPLE = frozenset({"actor", "director"})
# Between the person named and the aside: a work noun or two ("films", "tv stuff"), then the aside's opening.
_ASIDE_OPENING_RE = re.compile(
    r"\s*(?:(?:movies?|films?|flicks?|shows?|series|stuff|things|work|tv|ones?|pls|please)\s*){0,2}"
    r"(?:[(\[]|[,:–—-]|,?\s*(?:you\s+know|y'?know|i\s+mean|as\s+in|aka|a\.k\.a\.?|ie|i\.e\.?)\b\s*[,:]?)\s*"
    r"(?:(?:the|that)\s+(?:one|guy|lady|woman|man|dude|person|actor|actress|director)\s+)?",
    re.IGNORECASE)


def asides_as_the_person(turn: Turn) -> Turn:
    """``turn`` with every title pointer said as an aside about the person named right before it replaced by that
    person (module docstring); unchanged when there is none."""
    text = turn.text or ""
    if not text or text.startswith("/") or not any(e.name == "title" and e.role in _POINTER_ROLES
                                                  for e in turn.entities):
        return turn
    people = [e for e in turn.entities if e.name in _PEOPLE and not e.excluded and e.end is not None]
    entities: list[Entity] = []
    changed = False
    for e in turn.entities:
        person = _person_before_the_aside(text, e, people) if e.name == "title" and e.role in _POINTER_ROLES else None
        if person is None:
            entities.append(e)
            continue
        entities.append(replace(person, start=e.start, end=e.end))
        changed = True
    return replace(turn, entities=entities) if changed else turn


def _person_before_the_aside(text: str, title: Entity, people: list[Entity]) -> Optional[Entity]:
    """The person named right before the title pointer, the pointer opening an aside after them, or None."""
    if title.start is None:
        return None
    for p in people:
        if p.end is not None and p.end <= title.start and _ASIDE_OPENING_RE.fullmatch(text, p.end, title.start):
            return p
    return None
