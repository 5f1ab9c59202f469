"""Self-corrections inside one message, and titles that only point at a person.

* "a western, no wait, a heist film", "with tom hanks... actually, denzel": the viewer takes back what they
  said before a correction cue ("no wait", "i mean", "actually", "sorry", "oops", "scratch that", "or rather",
  "make that"). Entities of a kind named again after the cue are dropped before it; other kinds stay ("a
  french comedy, sorry, a thriller" keeps France). Actor and director count as one kind (a person), and a
  negated entity is a kind of its own ("no gore, i mean no violence" does not take back a wanted genre).
* "the guy from <title>", "the lady in <title>", "the dad from <title>": the viewer points at a person through a
  title they played in; the title is no "like" anchor and is dropped.

docs/contracts.md §5 "Self-corrections".
"""

from __future__ import annotations

import re

from .spans import Found

# Cues that take back what came before whenever they are said; the looser ones ("actually", "sorry", "oops",
# "wait", "make it") only after a pause (punctuation), so "i actually like comedies" or "sorry to bother you,
# any comedies" are no corrections (the latter has nothing of the same kind before it anyway).
_CUE_RE = re.compile(
    r"\b(?:no,?\s+wait|wait,?\s+no|i\s+mean(?:t)?|scratch\s+that|or\s+rather|make\s+that|correction)\b"
    r"|(?:[,.;:!?…—–-]|\.\.\.)\s*(?:actually|sorry|oops|whoops|wait|make\s+it|no\s+sorry|err?m?|uh+)\b",
    re.IGNORECASE)
_PERSON = frozenset({"actor", "director"})

# "the guy from breaking bad", "that actress in the crown", "the dad on modern family"
_PERSON_POINTER_RE = re.compile(
    r"\b(?:the|that|this)\s+(?:\w+\s+)?(?:guy|guys|lady|ladies|woman|women|man|men|girl|boy|dad|father|mom|mum|"
    r"mother|actor|actress|kid|brother|sister|son|daughter|husband|wife|villain|lead|star|host|narrator|"
    r"detective|doctor|cop|chef|teacher)\s+(?:who\s+(?:was|is|played|plays)\s+)?(?:from|in|on|of)\s+(?:the\s+show\s+|"
    r"the\s+movie\s+)?$", re.IGNORECASE)


def _kind(f: Found) -> tuple[str, bool]:
    return ("person" if f.entity in _PERSON else f.entity, f.role == "exclude")


def apply(text: str, found: list[Found]) -> list[Found]:
    """``found`` without what a correction took back and without titles that point at a person."""
    found = [f for f in found if not (f.entity == "title" and _PERSON_POINTER_RE.search(text[:f.start]))]
    cues = [m for m in _CUE_RE.finditer(text)]
    if not cues:
        return found
    dropped: set[int] = set()
    for cue in cues:
        after = {_kind(f) for f in found if f.start >= cue.end()}
        for i, f in enumerate(found):
            if f.end <= cue.start() and _kind(f) in after:
                dropped.add(i)
    return [f for i, f in enumerate(found) if i not in dropped]
