"""An opinion on a title of the list named by what it is ("hated the german one", "seen the korean ones already").

The words that describe the title (a country, a language, a genre) come out of the NLU as constraint entities, but
here they only point at a title the viewer just saw: they are no edit of the search. Read as one, a dislike would ask
for more of what was hated and a like or a "seen" would narrow the search without recording anything. Such a message
stays feedback: it resolves, or the viewer is asked which title they mean.

Two shapes count:
- a "one/ones" head: a determiner, the describing words, then "one(s)" ("the german one", "that animated one");
- for a dislike, the describing words inside the object of a verb of dislike ("hated the german stuff"): a dislike
  never turns into a wish for more of the same.

A constraint turned down ("not the german one", "skip the japanese ones") is a real exclusion and stays an edit, and
a like or a "seen" that also asks for more ("more of the german ones", "seen the korean one, got others?") is a request.
"""

from __future__ import annotations

import re
from typing import Optional

from actions.constraints import CONSTRAINT_ENTITIES
from actions.edits.search_requests import REQUEST_CUES
from actions.entities import Entity
from actions.turn import Turn

_F = re.IGNORECASE

# The most words between the determiner and the describing word, and between it and its head ("the old german
# crime one"): enough for a few adjectives, never a clause.
_MAX_WORDS_BETWEEN = 2

# A determiner then up to two words, ending where the entity starts ("the ", "that creepy ").
_DETERMINER_BEFORE_RE = re.compile(
    rf"\b(?:the|that|this|those|these)\s+(?:[\w'-]+\s+){{0,{_MAX_WORDS_BETWEEN}}}$", _F)
# Up to two words then "one(s)" as the head, right after the entity (" one", " crime ones").
_ONE_HEAD_AFTER_RE = re.compile(rf"^(?:\s+[\w'-]+){{0,{_MAX_WORDS_BETWEEN}}}?\s+ones?\b", _F)
# A verb of dislike before the determiner ("hated the ", "didn't like those ", "couldn't stand that ").
_DISLIKE_BEFORE_RE = re.compile(
    r"\b(?:hated?|hates|disliked?|dislikes|loathed?|(?:did\s*n[o']?t|don'?t|didnt|dont)\s+(?:really\s+)?"
    r"(?:like|love|enjoy|care\s+for)|(?:could\s*n[o']?t|couldnt|can'?t|cant)\s+stand|was\s+(?:not\s+)?bored\s+by)\s+"
    rf"(?:the|that|this|those|these)\s+(?:[\w'-]+\s+){{0,{_MAX_WORDS_BETWEEN}}}$", _F)

# Words that ask for more beside a like or a "seen": the message is then a request, its words the search's.
_ASKS_FOR_MORE_RE = re.compile(r"\b(?:more|others?|another|similar)\b", _F)

# How far back the cues are looked for: a few words before the entity (keeps every search short on long messages).
_WINDOW = 80


def opinion_on_a_described_title(turn: Turn, kind: str) -> bool:
    """Whether this like / dislike / "seen" (``kind``) is about a listed title named by its attributes, so the
    constraint words in it describe that title and are no edit of the search."""
    text = turn.text or ""
    if kind != "dislike" and (_ASKS_FOR_MORE_RE.search(text) or REQUEST_CUES.search(text)):
        return False
    return any(_describes_a_title(text, e, kind) for e in turn.entities
               if e.name in CONSTRAINT_ENTITIES and not e.excluded)


def _describes_a_title(text: str, entity: Entity, kind: str) -> bool:
    """The entity is a describing word of "the <...> one(s)", or, for a dislike, of the disliked object."""
    before = _before(text, entity)
    if before is None:
        return False
    if _DETERMINER_BEFORE_RE.search(before) and _ONE_HEAD_AFTER_RE.match(text[entity.end:entity.end + _WINDOW]):
        return True
    return kind == "dislike" and _DISLIKE_BEFORE_RE.search(before) is not None


def _before(text: str, entity: Entity) -> Optional[str]:
    """The few words right before the entity, or None when the entity has no span in the text."""
    if entity.start is None or entity.end is None:
        return None
    return text[max(0, entity.start - _WINDOW):entity.start]
