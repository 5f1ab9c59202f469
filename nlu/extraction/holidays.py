"""Holidays said as the occasion of a request: "halloween" wants a scare only when nothing tempers it.

A holiday is read as a mood ("halloween" → scary: ``moods.SITUATIONS``), which asks for horror or thrillers. That is
what a grown-up alone means, but not a family on Halloween night: with children watching ("its halloween, the kids
are 8 and 10"), or with gore, blood or violence turned down ("halloween but no gore"), the holiday stays the theme and
the scare goes — the scary mood is ruled out on the holiday's span (no horror), and the audience or the cap still
applies. A holiday the viewer turns down ("it's christmas but i can't stand christmas films") steers nothing: a title
or mood read on it is dropped, and the holiday word, inside the dislike's scope, never reaches the query
(docs/contracts.md "Situations, compact words and typos").
"""

from __future__ import annotations

import re

from contract.vocabulary import AUDIENCES, HOLIDAY_WORDS, KIDS_WORD_AUDIENCE
from contract.words import holiday_dislike_pattern

from . import audience
from .spans import EXCLUDE, Found
from .utterance import Utterance

MOOD = "mood"
SCARY = "scary"
# Audiences of children: up to the one "for the kids" means (family).
CHILD_AUDIENCES = frozenset(AUDIENCES[:AUDIENCES.index(KIDS_WORD_AUDIENCE) + 1])
# A content word ruled out with a dislike the general negation cues may not read ("i don't do gore", "can't stand
# blood"): before the word, a negation, a dislike verb, or "do not do".
_TURNED_DOWN_BEFORE_RE = re.compile(
    r"\b(?:no|not|nothing|without|never|none|(?:do|does|did)\s*(?:n't|nt|not)(?:\s+(?:do|like|want|watch))?"
    r"|dont(?:\s+(?:do|like|want|watch))?|don’t(?:\s+(?:do|like|want|watch))?|hate|hates|can'?t\s+stand"
    r"|cannot\s+stand|not\s+into|no\s+fan\s+of|avoid|skip)\s+(?:(?:too\s+much|any|the|much|a\s+lot\s+of|all\s+the)\s+)?$",
    re.IGNORECASE)
_HOLIDAY_DISLIKE_RE = re.compile(holiday_dislike_pattern(), re.IGNORECASE)


def _holiday_span(text: str, f: Found) -> bool:
    """``f`` is read on a phrase opening with a holiday word ("halloween", "halloween night")."""
    first = text[f.start:f.end].lower().split()
    return bool(first) and first[0] in HOLIDAY_WORDS


def _children_watch(found: list[Found]) -> bool:
    return any(f.entity == "audience" and f.role != EXCLUDE and f.value in CHILD_AUDIENCES for f in found)


def _violence_turned_down(text: str) -> bool:
    """A word of gore, blood or violence is ruled out anywhere in the message ("no gore", "i don't do blood")."""
    words = sorted(audience.GORE_WORDS | audience.VIOLENCE_WORDS, key=len, reverse=True)
    for m in re.finditer(rf"\b(?:{'|'.join(map(re.escape, words))})\b", text, re.IGNORECASE):
        if _TURNED_DOWN_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            return True
    return False


def turned_down_holidays(text: str) -> list[tuple[int, int]]:
    """Spans of holiday words the viewer turns down ("i hate christmas movies", "no more christmas stuff")."""
    return [m.span("holiday") for m in _HOLIDAY_DISLIKE_RE.finditer(text)]


def tempered(utt: Utterance, found: list[Found]) -> list[Found]:
    """``found`` with a holiday's scare ruled out where children watch or violence is turned down, and with nothing
    read on a holiday word the viewer turns down (module docstring)."""
    text = utt.text
    down = turned_down_holidays(text)
    holiday_words = [m.span() for m in re.finditer(r"[\w']+", text) if m.group().lower() in HOLIDAY_WORDS]
    if down:
        # "it's christmas but i hate christmas films": every mention of that holiday steers nothing
        said = {text[a:b].lower() for a, b in down}
        spans = [(a, b) for a, b in holiday_words if text[a:b].lower() in said]
        found = [f for f in found if f.role == EXCLUDE or not any(a < f.end and f.start < b for a, b in spans)
                 or f.entity not in ("title", MOOD)]
    scares = [f for f in found if f.entity == MOOD and f.value == SCARY and f.role is None and _holiday_span(text, f)]
    scare_turned_down = any(f.entity == MOOD and f.value == SCARY and f.role == EXCLUDE for f in found)
    if not scares or not (_children_watch(found) or scare_turned_down or _violence_turned_down(text)):
        return found
    return [Found(MOOD, f.start, f.end, SCARY, EXCLUDE) if f in scares else f for f in found]
