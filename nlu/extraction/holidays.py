"""Holidays said as the occasion of a request: "halloween" wants a scare only when nothing tempers it.

A holiday is read as a mood ("halloween" → scary: ``moods.SITUATIONS``), which asks for horror or thrillers. That is
what a grown-up alone means, but not a family on Halloween night: with children watching ("its halloween, the kids
are 8 and 10"), or with gore, blood or violence turned down ("halloween but no gore"), the holiday stays the theme and
the scare goes — the scary mood is ruled out on the holiday's span (no horror), and the audience or the cap still
applies. A holiday the viewer turns down ("it's christmas but i can't stand christmas films") steers nothing: a title
or mood read on it is dropped, wanted or ruled out (``contract.words.holiday_mentions_turned_down``: never after a bare
"not", and not when a plain mention of it follows), and the holiday word never reaches the query; a holiday negated
("not halloween themed") rules out its theme, never its mood (docs/contracts.md "Situations, compact words and typos").
"""

from __future__ import annotations

import re

from contract.vocabulary import AUDIENCES, HOLIDAY_WORDS, KIDS_WORD_AUDIENCE
from contract.words import DISLIKE_VERB_PATTERN, holiday_mentions_turned_down

from . import audience, soft_scares
from .spans import EXCLUDE, Found
from .utterance import Utterance

MOOD = "mood"
SCARY = "scary"
# Audiences of children: up to the one "for the kids" means (family).
CHILD_AUDIENCES = frozenset(AUDIENCES[:AUDIENCES.index(KIDS_WORD_AUDIENCE) + 1])
# A content word ruled out with a dislike the general negation cues may not read ("i don't do gore", "can't stand
# blood"): before the word, a negation, a dislike verb (contract.words.DISLIKE_VERB_PATTERN), or "do not do".
_TURNED_DOWN_BEFORE_RE = re.compile(
    r"\b(?:no|not|nothing|without|never|none|(?:do|does|did)\s*(?:n't|nt|not)(?:\s+(?:do|like|want|watch))?"
    rf"|dont(?:\s+(?:do|like|want|watch))?|don’t(?:\s+(?:do|like|want|watch))?|{DISLIKE_VERB_PATTERN}"
    r"|avoid|skip)\s+(?:(?:too\s+much|any|the|much|a\s+lot\s+of|all\s+the)\s+)?$",
    re.IGNORECASE)


def _holiday_span(text: str, f: Found) -> bool:
    """``f`` is read on a phrase opening with a holiday word ("halloween", "halloween night")."""
    first = text[f.start:f.end].lower().split()
    return bool(first) and first[0] in HOLIDAY_WORDS


# Words that may follow a holiday in the phrase read as its mood and still name only the holiday ("halloween night").
_HOLIDAY_TIME_WORDS = frozenset("night nights eve day days themed theme season time week weekend party".split())


def _holiday_alone(text: str, f: Found) -> bool:
    """``f`` is read on a holiday named alone ("halloween", "halloween night"), no word of the mood itself with it
    ("no halloween scares" rules the scares out)."""
    words = text[f.start:f.end].lower().split()
    return _holiday_span(text, f) and set(words[1:]) <= _HOLIDAY_TIME_WORDS


def _children_watch(found: list[Found]) -> bool:
    return any(f.entity == "audience" and f.role != EXCLUDE and f.value in CHILD_AUDIENCES for f in found)


def _violence_turned_down(text: str) -> bool:
    """A word of gore, blood or violence is ruled out anywhere in the message ("no gore", "i don't do blood")."""
    words = sorted(audience.GORE_WORDS | audience.VIOLENCE_WORDS, key=len, reverse=True)
    for m in re.finditer(rf"\b(?:{'|'.join(map(re.escape, words))})\b", text, re.IGNORECASE):
        if _TURNED_DOWN_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            return True
    return False


def tempered(utt: Utterance, found: list[Found]) -> list[Found]:
    """``found`` with a holiday's scare ruled out where children watch or violence is turned down, and with nothing
    read on a holiday word the viewer turns down (module docstring)."""
    text = utt.text
    # "it's christmas but i hate christmas films": every mention of that holiday steers nothing, wanted or ruled out
    spans = holiday_mentions_turned_down(text)
    found = [f for f in found if f.entity not in ("title", MOOD) or not any(a < f.end and f.start < b for a, b in spans)
             or (f.entity == "title" and f.role == EXCLUDE)]
    # "not halloween themed, just a proper horror": the holiday negated is the theme turned down, not its mood
    found = [f for f in found if not (f.entity == MOOD and f.role == EXCLUDE and _holiday_alone(text, f))]
    # a holiday said softly ("halloween-ish", "something halloweeny") is a light scare already: soft_scares.py keeps it
    scares = [f for f in found if f.entity == MOOD and f.value == SCARY and f.role is None and _holiday_span(text, f)
              and not soft_scares.softened(text, f)]
    scare_turned_down = any(f.entity == MOOD and f.value == SCARY and f.role == EXCLUDE for f in found)
    if not scares or not (_children_watch(found) or scare_turned_down or _violence_turned_down(text)):
        return found
    return [Found(MOOD, f.start, f.end, SCARY, EXCLUDE) if f in scares else f for f in found]
