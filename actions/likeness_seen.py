"""A request for titles like one, said with a version of it already seen: "shows like <title>, but the <country> one
we've watched", "similar to <title> — already saw the original" (round 31B).

The NLU may label such a message a "seen" (feedback_seen), and the feedback answer would then confirm the title left
out and end the search. The message opens with the likeness ask, though: it is a request for titles like the title.
What was seen is the title, or one version of it, which a search like the title leaves out anyway (its anchor is never
among its picks); the words describing that version ("the <country> one", "the <language> version") say which one was
seen, never what to watch, so they are no constraint of the search.
"""

from __future__ import annotations

import re
from dataclasses import replace

from actions.entities import SIMILAR, Entity
from actions.turn import Turn
from contract.words import LIKENESS_CUE_PATTERN

_F = re.IGNORECASE
# Words that may open the message before the likeness cue ("something", "any shows", "pls find me movies").
MAX_WORDS_BEFORE_CUE = 4
_LIKENESS_OPENING_RE = re.compile(rf"^\W*(?:[\w'’]+\s+){{0,{MAX_WORDS_BEFORE_CUE}}}?{LIKENESS_CUE_PATTERN}\s+\W*(?:the\s+)?$", _F)
# Words before the cue that say the viewer has seen or liked something: then the message is feedback first.
_FEEDBACK_OPENING_RE = re.compile(r"\b(?:seen|saw|watched|finished|loved|liked|hated|enjoyed)\b", _F)
_SEEN = r"(?:seen|saw|watched|(?:have|'ve|’ve)\s+(?:already\s+)?(?:seen|watched))"
_VIEWER = r"(?:i|we|i've|we've|ive|weve|i’ve|we’ve|me\s+and\s+\w+)"
_VERSION = r"(?:one|version|original|series|show|movie|film)"
# "the <describing words> one (that) i already saw", "already watched the <describing words> version".
_SEEN_VERSION_RES = (
    re.compile(rf"\bthe\s+(?P<words>(?:[\w'’.-]+\s+){{1,3}}?){_VERSION}\s+(?:that\s+|which\s+)?{_VIEWER}\s+"
               rf"(?:(?:have|already|just|both|all)\s+)*{_SEEN}\b", _F),
    re.compile(rf"\b{_SEEN}\s+(?:(?:it|already|before)\s+)*the\s+(?P<words>(?:[\w'’.-]+\s+){{1,3}}?){_VERSION}\b", _F),
)


def likeness_said_first(turn: Turn) -> bool:
    """The message opens with a likeness ask of a title ("like <title> …", "anything similar to <title> …"): a title of
    role ``similar`` after no more than a few opening words and a likeness cue, no seen or liked verb among them."""
    text = turn.text or ""
    for e in turn.entities:
        if e.name != "title" or e.role != SIMILAR or e.start is None:
            continue
        before = text[:e.start]
        if _LIKENESS_OPENING_RE.match(before) and not _FEEDBACK_OPENING_RE.search(before):
            return True
    return False


def without_the_seen_version(turn: Turn) -> Turn:
    """The turn without the entities that only describe the version seen ("the <country> one i already saw"): they
    say which title was watched, never what to watch next."""
    text = turn.text or ""
    spans = [(m.start("words"), m.end("words")) for rx in _SEEN_VERSION_RES for m in rx.finditer(text)]
    if not spans:
        return turn
    kept = [e for e in turn.entities if not _inside(e, spans)]
    return replace(turn, entities=kept) if len(kept) != len(turn.entities) else turn


def _inside(entity: Entity, spans: list[tuple[int, int]]) -> bool:
    """A constraint entity (no title) said within one of ``spans``."""
    return (entity.name != "title" and entity.start is not None and entity.end is not None
            and any(a <= entity.start and entity.end <= b for a, b in spans))
