"""Round 27C: a listed title by its position, said to be disliked, with a request for others ("the 2nd one is a show i
gave up on and hated, got anything else", "number 3 i couldn't stand, others?"): that title is turned down for good and
fresh picks of the same search follow, whatever the label the intent model gives it (a like-search on "looks like",
the title's card on "started"). Never the title's details, never its dislike word as a query.

Only with both parts: a verb of dislike said after the position ("hated", "didn't like", "couldn't stand/get into",
"not for me", "boring") and a word asking for other titles ("anything else", "others", "another", "something
different"). "Is the first one boring?" alone is a question about it (listed_questions).
"""

from __future__ import annotations

import re
from typing import Optional

from actions.entities import Entity
from actions.turn import Turn
from contract.words import DISLIKE_VERDICT_PATTERN

_F = re.IGNORECASE
_DISLIKE_RE = re.compile(rf"\b(?:{DISLIKE_VERDICT_PATTERN})\b", _F)
_OTHERS_RE = re.compile(
    r"\b(?:(?:anything|something|what)\s+else|others?|other\s+(?:ones?|stuff|picks|options|titles)|another(?:\s+one)?"
    r"|something\s+different|different\s+ones?)\b", _F)


def listed_title_disliked(turn: Turn) -> Optional[Entity]:
    """The position of the listed title this message turns down with a dislike and asks others instead of, or None."""
    text = turn.text or ""
    if not text or text.startswith("/") or not turn.last_items:
        return None
    positions = [e for e in turn.entities if e.name == "position" and e.start is not None]
    if len(positions) != 1 or any(e.name in ("title", "item_id") for e in turn.entities):
        return None
    position = positions[0]
    after = text[position.end or position.start:]
    dislike = _DISLIKE_RE.search(after)
    if dislike is None or _OTHERS_RE.search(after[dislike.end():]) is None:
        return None
    return position
