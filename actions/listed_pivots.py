"""A listed title named with a change: "the 2nd one but a series", "number three but shorter", "the first one, but
newer stuff". It is a pivot to similarity with a modifier — titles like that one of the list shown, with the change
applied (relative words relative to that title) — answered as "more like the <position> one but …" is
(``planning._plan_more_like``: the people and "like" title that made the previous list go, the title itself is never
offered). Whatever the intent label, since the NLU has no intent of its own for it.

Only when the message opens with the position (after a filler) and "but" follows it with constraints said after it;
a question about that title ("the second one, but is it long?") or a turn-down ("the 2nd one but not that") is not one.
"""

from __future__ import annotations

import re

from actions.turn import Turn

# constraint entities a modifier may carry
_MODIFIERS = frozenset({"genre", "media_type", "mood", "duration", "seasons", "year", "audience", "rating", "country",
                        "language"})
_OPENING_RE = re.compile(r"^\W*(?:(?:ok(?:ay)?|so|hmm+|um+|maybe|what\s+about|how\s+about|yeah|yes|ooh|oh)\W+)*$",
                         re.IGNORECASE)
_BUT_RE = re.compile(r"\s*[,;:-]?\s*(?:but|(?P<only>only|just))\b", re.IGNORECASE)
# after "only"/"just" the modifier follows at once ("the second one just in french"); "the first one just came out
# in 2020" is a remark about the title
_ONLY_THEN_RE = re.compile(r"\s*(?:(?:in|from|a|an|the|more|less|with)\s+)?$", re.IGNORECASE)
# a question about the title or a turn-down after "but": no pivot
_NOT_A_MODIFIER_RE = re.compile(r"\b(?:is|was|are|were|does|did|has|had|not|no|never|without|too|seen|watched)\b|\?",
                                re.IGNORECASE)


def pivots_to_a_listed_title(turn: Turn) -> bool:
    """Whether the message is "<a position of the list shown> but <constraints>" (module docstring)."""
    text = turn.text or ""
    if text.startswith("/") or not turn.last_items:
        return False
    positions = [e for e in turn.entities if e.name == "position" and not e.excluded and e.start is not None]
    if len(positions) != 1 or not _OPENING_RE.match(text[:positions[0].start]):
        return False
    position = positions[0]
    index = _index(str(position.value), len(turn.last_items))
    if index is None:
        return False
    but = _BUT_RE.match(text, position.end or 0)
    if but is None:
        return False
    modifiers = [e for e in turn.entities if e.name in _MODIFIERS and e.start is not None and e.start >= but.end()]
    if not modifiers or any(e.excluded for e in modifiers):
        return False
    between = text[but.end():min(e.start for e in modifiers if e.start is not None)]
    if but.group("only") and not _ONLY_THEN_RE.match(between):
        return False
    return not _NOT_A_MODIFIER_RE.search(between) and "?" not in text[but.end():]


def _index(value: str, count: int) -> int | None:
    """The 1-based item a position value names in a list of ``count`` ("last" is its last one: "the last but newer"),
    or None when the list has no such item."""
    index = count if value == "last" else int(value) if value.isdigit() else 0
    return index if 1 <= index <= count else None
