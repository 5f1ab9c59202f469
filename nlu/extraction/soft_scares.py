"""A scare wished for softly, or for a little child, is the scary mood that ranks, never the horror shelf (round 30C).

"Something a bit spooky but cute", "a mildly creepy film", "halloween-ish", "a little spooky": the viewer wants a touch
of fright, not horror, so the scare words read as the horror genre ("a spooky film") give way to the scary mood, and the
mood's span is the whole soft phrase (``contract.vocabulary.soft_scare_spans``), so no softening word ("cute", "a bit")
reaches the free-text query. A little child watching ("a scary movie for my 3 year old": ``LITTLE_CHILD_AUDIENCES``) does
the same to any scare word. "Horror" named as such stays the genre. The actions let the horror / thriller shelves go for
these moods (actions/planning ``_scare_as_a_mood``; docs/contracts.md "Round 30C").
"""

from __future__ import annotations

import re

from contract.vocabulary import LITTLE_CHILD_AUDIENCES, soft_scare_spans

from .spans import Found

MOOD = "mood"
SCARY = "scary"
HORROR = "horror"
# The genre's own names: "horror" said is the shelf asked for, however softly ("a horror film for my 4 year old").
_NAMED_HORROR_RE = re.compile(r"horror|slasher", re.IGNORECASE)


def _scare_reading(text: str, f: Found) -> bool:
    """``f`` is a wish for a scare read on a scare word: the scary mood, or horror read on "scary" / "spooky" /
    "terrifying" rather than on the genre's own name."""
    if f.role is not None:
        return False
    if f.entity == MOOD and f.value == SCARY:
        return True
    return f.entity == "genre" and f.value == HORROR and not _NAMED_HORROR_RE.search(text[f.start:f.end])


def _little_child_watching(found: list[Found]) -> bool:
    return any(f.entity == "audience" and f.role is None and f.value in LITTLE_CHILD_AUDIENCES for f in found)


def as_moods(text: str, found: list[Found]) -> list[Found]:
    """``found`` with softened scares (and every scare for a little child) read as the scary mood alone (above)."""
    out = list(found)
    for a, b in soft_scare_spans(text):
        inside = [f for f in out if f.start < b and a < f.end and _scare_reading(text, f)]
        if inside:
            out = [f for f in out if f not in inside] + [Found(MOOD, a, b, SCARY)]
    if _little_child_watching(out):
        moods = {(f.start, f.end) for f in out if f.entity == MOOD and f.value == SCARY and f.role is None}
        shelves = [f for f in out if f.entity == "genre" and _scare_reading(text, f)]
        out = [f for f in out if f not in shelves] + [Found(MOOD, f.start, f.end, SCARY) for f in shelves
                                                      if (f.start, f.end) not in moods]
    return sorted(dict.fromkeys(out), key=lambda f: (f.start, f.end))


def softened(text: str, f: Found) -> bool:
    """``f`` lies inside a softened scare of ``text`` ("halloween-ish"): for the holiday rule, which leaves it alone."""
    return any(a <= f.start and f.end <= b for a, b in soft_scare_spans(text))
