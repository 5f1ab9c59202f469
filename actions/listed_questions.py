"""A question about one title of the list shown, asked by its position: "the first one, is it action?", "is number 3
long?", "how long is the second?", "what's the 4th rated?". It asks for that title's details (its genres, runtime,
rating), never a new search: the genre or runtime words in it describe what the viewer wonders about, and the title
becomes the focused one, so "more like that one" afterwards refers to it (docs/contracts.md "Dialogue edit rules").

Near-misses stay edits of the search: a position turned down or asked for more ("is the 2nd dull? others?", "not the
first"), a request ("the first one but shorter", "one like the third"), "is there ..." (a question about the catalog).
"""

from __future__ import annotations

import re
from typing import Optional

from actions.references import UnresolvedReference, resolve
from actions.turn import Turn

_F = re.IGNORECASE
# A question about "it" / "that one" / the listed title: a question verb before the subject, or a question opening.
_SUBJECT = (r"(?:it|that(?:\s+one)?|this(?:\s+one)?|the\s+\w+(?:\s+one)?|number\s+\w+|no\.?\s*\d|#\s*\d|\d(?:st|nd|rd|th)"
            r"(?:\s+one)?|(?:first|second|third|fourth|fifth|last)(?:\s+one)?)")
_QUESTION_RE = re.compile(
    rf"\b(?:is|was|isn'?t|does|did|doesn'?t|has|are)\s+{_SUBJECT}\b"
    r"|\bhow\s+(?:long|old|scary|violent|good)\b|\bwhat(?:'s|\s+is|\s+are)\s+(?:it|that|the\s+\w+(?:\s+one)?)\s+(?:rated|about)\b"
    r"|\bwhat\s+(?:genre|rating|year|kind)\b|\bwhen\s+(?:was|did)\b|\bwho\s+(?:is|was|'s)\s+in\b", _F)
# Words that turn the question into a request of the search, or a turn-down of the title.
_NOT_A_QUESTION_RE = re.compile(
    r"\b(?:else|others?|another|more|instead|different|similar|like\s+(?:it|that|this|the)|but|not|no|skip|seen|watched"
    r"|show\s+me|find|give\s+me|anything|any\s+(?:others?|more|like)|there)\b|n't\s+(?!it\b)", _F)


def asks_about_a_listed_title(turn: Turn) -> Optional[str]:
    """The id of the listed title a question by its position is about (module docstring), or None."""
    text = turn.text or ""
    if not turn.last_items or not text or text.startswith("/"):
        return None
    if not any(e.name == "position" for e in turn.entities) or not _QUESTION_RE.search(text):
        return None
    if not (text.rstrip().endswith("?") or re.match(r"^\W*(?:is|was|does|how|what|when|who)\b", text, _F)
            or re.search(r"[,;]\s*(?:is|was|does|how|what)\b", text, _F)):
        return None
    if _NOT_A_QUESTION_RE.search(text):
        return None
    try:
        ref = resolve([e for e in turn.entities if e.name == "position"], turn.last_items, None)
    except UnresolvedReference:
        return None
    return str(ref.item_id) if ref is not None and ref.item is not None and ref.item_id else None
