"""A title read through a slip out of a likeness cue: "…seen klaus like 20 times, something like that" read "like 20"
as "Life 2.0" (one letter off), and the like-search ran on it instead of on the title the viewer named exactly.

"Like" opens a likeness ("like 20 times", "like that"): words typed from it are the cue and what follows, never a
title typed with a slip. A title the viewer typed exactly ("like life 2.0") is theirs, and a slip elsewhere ("the
crwon") is left to the extractor.
"""

from __future__ import annotations

import re
from typing import Sequence

from actions.entities import Entity
from contract.gazetteer import plain_name, unqualified

# Words that open a likeness or a comparison, never the first word of a title typed with a slip.
_CUE_WORDS = frozenset({"like", "similar", "than"})


def without_titles_slipped_from_cues(text: str | None, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` without the titles read through a slip from words opening with a likeness cue."""
    if not text or text.startswith("/"):
        return list(entities)
    return [e for e in entities if not _slipped_from_a_cue(text, e)]


def _slipped_from_a_cue(text: str, entity: Entity) -> bool:
    if entity.name != "title" or entity.start is None or entity.end is None:
        return False
    typed = text[entity.start:entity.end]
    words = re.findall(r"[\w']+", typed.casefold())
    if not words or words[0] not in _CUE_WORDS:
        return False
    name = plain_name(entity.value)
    bare = plain_name(unqualified(entity.value))
    return plain_name(typed) not in (name, bare)
