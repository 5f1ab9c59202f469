"""Self-corrections inside one message.

* "a western, no wait, a heist film", "with tom hanks... actually, denzel": the viewer takes back what they
  said before a correction cue ("no wait", "i mean", "actually", "sorry", "oops", "scratch that", "or rather",
  "make that"). Entities of a kind named again after the cue are dropped before it; other kinds stay ("a
  french comedy, sorry, a thriller" keeps France). Actor and director count as one kind (a person), and a
  negated entity is a kind of its own ("no gore, i mean no violence" does not take back a wanted genre).

("the guy from <title>" points at a person through a title: names.cast_pointer gives that title the role
``cast_of``.)

docs/contracts.md §5 "Self-corrections".
"""

from __future__ import annotations

import re
from typing import Callable

from . import audience, durations, seasons
from .numbers import WORD_NUMBER
from .spans import Found, Match

# Cues that take back what came before whenever they are said; the looser ones ("actually", "sorry", "oops",
# "wait", "make it") only after a pause (punctuation), so "i actually like comedies" or "sorry to bother you,
# any comedies" are no corrections (the latter has nothing of the same kind before it anyway).
_CUE_RE = re.compile(
    r"\b(?:no,?\s+wait|wait,?\s+no|i\s+mean(?:t)?|scratch\s+that|or\s+rather|make\s+that|correction"
    r"|change\s+(?:that|it)\s+to|or\s+no(?:,|\s+wait\b|\s*\.\.\.|\s*…)|actually\s+no\b,?)"
    r"|(?:[,.;:!?…—–-]|\.\.\.)\s*(?:actually|sorry|oops|whoops|wait|make\s+it|no\s+sorry|err?m?|uh+)\b",
    re.IGNORECASE)
_PERSON = frozenset({"actor", "director"})


def _kind(f: Found) -> tuple[str, bool]:
    return ("person" if f.entity in _PERSON else f.entity, f.role == "exclude")


def apply(text: str, found: list[Found]) -> list[Found]:
    """``found`` without what a correction took back."""
    cues = [m for m in _CUE_RE.finditer(text)]
    if not cues:
        return found
    dropped: set[int] = set()
    for cue in cues:
        after = {_kind(f) for f in found if f.start >= cue.end()}
        for i, f in enumerate(found):
            if f.end <= cue.start() and _kind(f) in after:
                dropped.add(i)
        found = _bare_number(text, cue, found, dropped)
    return [f for i, f in enumerate(found) if i not in dropped]


# "3 seasons max, make that 2", "under 90 minutes, no wait, 60": a bare number after the cue re-says the number of
# the last counted constraint before it, with that constraint's own words ("3 seasons max" read as "2 seasons max").
_BARE_NUMBER_RE = re.compile(rf"[\s,:]*(?P<n>\d{{1,4}}|{WORD_NUMBER})\b(?=\s*(?:$|[.,!?;)]|(?:please|pls|plz|instead"
                             r"|then|max|tops|thanks|thx|lol|actually)\b))", re.IGNORECASE)
_NUMBER_IN_RE = re.compile(rf"\d{{1,4}}|\b{WORD_NUMBER}\b", re.IGNORECASE)
_RECOUNTED: dict[str, Callable[[str], list[Match]]] = {"seasons": seasons.find, "duration": durations.find,
                                                       "audience": audience.find}


def _bare_number(text: str, cue: re.Match[str], found: list[Found], dropped: set[int]) -> list[Found]:
    """``found`` with the counted constraint before ``cue`` re-read with the bare number said after it."""
    m = _BARE_NUMBER_RE.match(text, cue.end())
    if not m or any(f.start < m.end() and f.end > m.start("n") for f in found):
        return found
    before = [i for i, f in enumerate(found) if f.end <= cue.start() and f.entity in _RECOUNTED and i not in dropped]
    if not before:
        return found
    i = max(before, key=lambda k: found[k].end)
    old = found[i]
    said = text[old.start:old.end]
    numbers = list(_NUMBER_IN_RE.finditer(said))
    if not numbers:
        return found
    last = numbers[-1]
    resaid = said[:last.start()] + m["n"] + said[last.end():]
    whole = [f for r in _RECOUNTED[old.entity](resaid) if r.start == 0 and r.end == len(resaid)
             for f in r.found if f.entity == old.entity]
    if not whole:
        return found
    return [f.with_value(whole[0].value) if k == i else f for k, f in enumerate(found)]
