"""Recency edits of the list shown (pure; no I/O).

"Newer ones", "older ones" after a list: newer / older than it; "new / recent ones": the catalog's recent years
(``recency_cues``); "any from the year after?": the search's years moved by the count said (``relative_year_cues``).
"""

from __future__ import annotations

import re
import statistics
from typing import Optional, Sequence

from actions.entities import Entity
from contract.constraints import Constraints

_F = re.IGNORECASE

# "new ones", "more recent please", "older ones", "classic ones": relative to the list just shown.
_RECENCY_RE = (
    ("newer", re.compile(r"\b(?:newer|more\s+recent|fresher)\s+(?:ones?|stuff|titles|picks"
                         r"|releases|things)\b|^\s*(?:(?:something|anything)\s+)?(?:newer|more\s+recent)"
                         r"(?:\s+(?:please|pls|ones|stuff))?\s*[.!?]*\s*$", _F)),
    # "new / recent / latest ones" are the catalog's recent years (contracts "Recency"), "newer ones" newer
    # than the list just shown
    ("recent", re.compile(r"\b(?:new|recent|latest|modern)\s+(?:ones?|stuff|titles|picks|releases|things)\b"
                          r"|^\s*(?:(?:something|anything)\s+)?latest(?:\s+(?:please|pls|ones|stuff))?\s*[.!?]*\s*$"
                          r"|^\s*new(?:\s+(?:please|pls))?\s*[.!?]*\s*$", _F)),
    ("older", re.compile(r"\b(?:old|older|classic|vintage|retro)\s+(?:ones?|stuff|titles|picks|things)\b"
                         r"|^\s*(?:(?:something|anything)\s+)?(?:older|classic|retro)(?:\s+(?:please|pls|ones|stuff))?"
                         r"\s*[.!?]*\s*$", _F)),
)


def recency_cues(text: Optional[str], entities: Sequence[Entity]) -> list[Entity]:
    """"New ones" / "older ones" after a list, when the extractor found no year: a ``year`` entity
    ``newer`` / ``older`` (relative to the list shown) spanning the cue words."""
    if not text or text.startswith("/") or any(e.name == "year" for e in entities):
        return []
    for value, rx in _RECENCY_RE:
        m = rx.search(text)
        if m and not _PERSON_BY_AGE_RE.search(text, max(0, m.start() - _POSSESSIVE_REACH), m.end() + _VERB_REACH):
            return [Entity("year", value, None, m.start(), m.end())]
    return []


# "My older one", "our older ones", "the older one is back": a child by age, not older titles (contracts "Recency").
_PERSON_BY_AGE_RE = re.compile(
    r"\b(?:my|our|his|her|their|your)\s+(?:old|older|oldest)\s+ones?\b"
    r"|\bthe\s+(?:older|oldest)\s+one\s+(?:is|was|'s|’s|wants|likes|loves|has|just|too|got|came)\b", _F)
_POSSESSIVE_REACH = 8  # characters before the cue where a possessive may stand ("our ")
_VERB_REACH = 8  # characters after it where the child's verb may stand (" wants")


# A year said relative to the search's own ("any from the year after?", "the year before", "a couple of years later"):
# the count of years and the direction.
_YEAR_COUNT = r"(?P<n>a|an|one|1|two|2|three|3|four|4|five|5|a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+few|few)"
_RELATIVE_YEAR_RE = re.compile(
    r"\b(?:the\s+)?(?:(?P<next>following|next|subsequent)|(?P<prev>previous|preceding|prior))\s+years?\b"
    r"|\b(?:the\s+)?year\s+(?:(?P<after>after|later)|(?P<before>before|prior|earlier))\b"
    rf"|\b{_YEAR_COUNT}\s+years?\s+(?:(?P<later>later|after|on|afterwards)|(?P<earlier>earlier|before|prior|back|previously))\b",
    _F)
_YEAR_COUNTS = {"a": 1, "an": 1, "one": 1, "1": 1, "two": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4,
                "five": 5, "5": 5, "couple": 2, "few": 3}


def relative_year_cues(text: Optional[str], entities: Sequence[Entity], state: Constraints,
                       shown_years: Sequence[int]) -> list[Entity]:
    """"Any from the year after?" after films from 2004: a ``year`` entity of the search's years moved by the count
    said (2005-2005), spanning the words; the search's other constraints stay. Without years in the search, the
    list's median year is the one moved. Nothing when the extractor found a year or there is no year to move."""
    if not text or text.startswith("/") or any(e.name == "year" for e in entities):
        return []
    m = _RELATIVE_YEAR_RE.search(text)
    if not m:
        return []
    if state.year_min is not None or state.year_max is not None:
        low, high = state.year_min, state.year_max
    elif shown_years:
        low = high = int(statistics.median(shown_years))
    else:
        return []
    word = (m.group("n") or "a").lower().split()
    n = _YEAR_COUNTS.get(word[-1] if word[-1] != "of" else word[-2], 1)
    if word[-1] == "of" or "couple" in word:
        n = 2
    sign = -1 if (m.group("prev") or m.group("before") or m.group("earlier")) else 1
    low = low + sign * n if low is not None else None
    high = high + sign * n if high is not None else None
    value = f"{low if low is not None else ''}-{high if high is not None else ''}"
    return [Entity("year", value, None, m.start(), m.end())]
