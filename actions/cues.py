"""Relative refinements the viewer states as a complaint ("too long", "too scary").

The NLU extractor produces ``duration: shorter`` for "shorter" but a complaint about the last list
carries no entity at all, and answering "too long" with "what should I change?" would be obtuse.
These few cues are read only for refine-like turns and only when the extractor found nothing of that
kind, so they never override the NLU; they map onto the same entities the extractor would produce.
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from actions.entities import EXCLUDE, Entity
from actions.query_text import request_span

# (pattern, entity name, value, role)
CUES: tuple[tuple[re.Pattern[str], str, str, Optional[str]], ...] = (
    (re.compile(r"\btoo\s+(long|lengthy)\b|\bnot\s+so\s+long\b"), "duration", "shorter", None),
    (re.compile(r"\btoo\s+short\b"), "duration", "longer", None),
    (re.compile(r"\btoo\s+(scary|creepy|frightening)\b|\bless\s+scary\b"), "mood", "scary", EXCLUDE),
)


def cue_entities(text: Optional[str], entities: Sequence[Entity]) -> list[Entity]:
    """Entities implied by complaint cues in ``text`` that the NLU did not already extract."""
    if not text or text.startswith("/"):
        return []
    lowered = text.lower()
    start, end = request_span(text)  # in a long message, only its request sentence
    found_names = {e.name for e in entities}
    cues: list[Entity] = []
    for pattern, name, value, role in CUES:
        match = pattern.search(lowered, start, end)
        if match and name not in found_names:
            # The span keeps the cue words ("too scary") out of the free-text query.
            cues.append(Entity(name, value, role, match.start(), match.end()))
    return cues
