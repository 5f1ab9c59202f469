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


# "shorter than those", "longer than these ones", "newer than the last ones": a comparative said of the list shown
# (the extractor reads "shorter than <title>"; with a pointing word there is no title to compare with).
_LIST_COMPARATIVES: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(rf"\b(?:{words})\s+than\s+(?:those|these|them|that|this|the\s+(?:last|previous|other|first)"
                rf"(?:\s+(?:ones?|lot|list|picks|batch|few))?|(?:what|the\s+ones?)\s+you\s+(?:showed|gave|sent|listed))\b",
                re.IGNORECASE), name, value)
    for words, name, value in ((r"shorter|less\s+long", "duration", "shorter"), (r"longer", "duration", "longer"),
                               (r"newer|more\s+recent", "year", "newer"), (r"older", "year", "older")))


def list_comparatives(text: Optional[str], entities: Sequence[Entity]) -> list[Entity]:
    """"Shorter than those" after a list, when the extractor found no entity of that kind: the relative
    entity the extractor gives "shorter" (``duration: shorter``), spanning the words."""
    if not text or text.startswith("/"):
        return []
    found = {e.name for e in entities}
    out: list[Entity] = []
    for pattern, name, value in _LIST_COMPARATIVES:
        match = pattern.search(text)
        if match and name not in found:
            out.append(Entity(name, value, None, match.start(), match.end()))
            found.add(name)
    return out
