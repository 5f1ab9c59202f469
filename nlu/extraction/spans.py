"""The two shapes every rule produces, and how competing rules are arbitrated.

A rule proposes a ``Match``: the character span it consumed, a priority, and the entities it emits
(usually one; "k-drama" emits genre + language, "scary movies" emits genre on "scary" and media type
on "movies"). Overlapping matches are resolved greedily — higher priority first, then longer span —
so that "no longer than 1h30" is one duration, not a negation plus a relative "longer".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable

EXTRACTOR_NAME = "ConstraintExtractor"

# Priorities, highest first. Structured patterns (numbers with units, ratings, years) are the most
# specific evidence; a title confirmed by a cue ("like X", quotes) beats them; plain vocabulary comes
# next; typo guesses come last so they never override an exact reading.
P_CUED_NAME = 60
P_STRUCTURED = 50
P_NAME = 40
P_LEXICON = 30
P_TYPO = 10


# The exclusion role and the internal topic entity (dropped before reporting): here, which every extraction module
# imports, so no module repeats the values to dodge an import cycle (negation.py imports most of them).
EXCLUDE = "exclude"
TOPIC = "_topic"


@dataclass(frozen=True)
class Found:
    """One entity as it will be reported (value already normalised to the contracts §5 format)."""

    entity: str
    start: int
    end: int
    value: str
    role: str | None = None

    def with_role(self, role: str | None) -> "Found":
        return replace(self, role=role)

    def with_value(self, value: str) -> "Found":
        return replace(self, value=value)

    def to_rasa(self) -> dict:
        """Rasa entity dict; ``role`` only when set, as Rasa's own extractors do."""
        out = {"entity": self.entity, "start": self.start, "end": self.end, "value": self.value,
               "confidence_entity": 1.0, "extractor": EXTRACTOR_NAME}
        if self.role:
            out["role"] = self.role
        return out


@dataclass(frozen=True)
class Match:
    """A rule's claim on ``text[start:end]`` and the entities it yields if the claim wins."""

    start: int
    end: int
    priority: int
    found: tuple[Found, ...]
    rule: str = ""

    @property
    def length(self) -> int:
        return self.end - self.start


def single(entity: str, start: int, end: int, value: str, priority: int, rule: str,
           role: str | None = None) -> Match:
    """The common case: a match that yields exactly one entity on its whole span."""
    return Match(start, end, priority, (Found(entity, start, end, value, role),), rule)


def replace_priority(match: Match, priority: int, rule: str) -> Match:
    """The same claim with another priority (a loose reading of a name never outranks an exact one)."""
    return replace(match, priority=priority, rule=rule)


def resolve_overlaps(matches: Iterable[Match]) -> list[Match]:
    """Keep a non-overlapping subset: priority first, then the longer span, then the earlier one."""
    ranked = sorted(matches, key=lambda m: (-m.priority, -m.length, m.start))
    taken: list[Match] = []
    for m in ranked:
        if m.length > 0 and all(m.end <= t.start or m.start >= t.end for t in taken):
            taken.append(m)
    return sorted(taken, key=lambda m: m.start)


STORY_KINDS = frozenset({"genre", "mood"})


def drop_story_kinds(found: list[Found], spans: list[tuple[int, int]], asked_kinds: frozenset[str]) -> list[Found]:
    """Genres and moods inside a story clause (``spans``: someone's habit, the viewer's last viewing) are dropped when
    the message asks for a kind of ``asked_kinds`` outside it that the clause does not name again; said alone, or
    naming the same kind again, the clause may be the wish and is left as it is."""
    if not spans:
        return found

    def inside(f: Found) -> bool:
        return any(s <= f.start < e for s, e in spans)

    asked = {(f.entity, f.value) for f in found if f.entity in asked_kinds and f.role is None and not inside(f)}
    if not asked:
        return found
    return [f for f in found
            if not (f.entity in STORY_KINDS and f.role is None and inside(f) and (f.entity, f.value) not in asked)]
