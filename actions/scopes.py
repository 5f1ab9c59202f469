"""Which of the values a message names its later words apply to.

The extractor reads every value it finds; two readings of a message need the words around them:

1. a choice among alternatives said later in the same message ("a movie or a show? let's see movies", "french or
   italian romance, french first"): the values offered in one kind (format, origin, genre) narrow to the one chosen
   (``chosen_alternatives``); "movies or shows, either is fine" names no choice and keeps both;
2. a negation qualified by a relative clause ("no more dramas that are british", "no comedies which are from the
   US"): what is turned down is the qualifier, not the noun it qualifies, so the noun stays wanted and the qualifier
   is excluded (``qualified_exclusions``). The extractor scopes the negator over the noun it opens on; the relative
   clause after it is read here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional, Sequence

from actions.constraints import ANY
from actions.entities import EXCLUDE, Entity

# The kinds whose values a viewer offers as alternatives: one slot each (a country and a language are one origin).
_KIND = {"media_type": "format", "country": "origin", "language": "origin", "genre": "genre"}
# The span-only entity over a value offered but not chosen: spent words, never a topic.
NOT_CHOSEN = "_not_chosen"
_ARTICLE = r"(?:(?:a|an|some|the|with|those|these)\s+)?"
# A choice before its value: "let's see movies", "start with french", "I'll go with a series", "then the comedy".
_CHOICE_BEFORE_RE = re.compile(
    r"(?:\b(?P<who>let'?s|lets|let\s+us|i'?ll|we'?ll|i'?d|we'?d|i\s+will|we\s+will|i\s+would|we\s+would)\s+)?"
    r"\b(?P<verb>see|start\s+with|go\s+with|go\s+for|take|do|try|pick|choose|opt\s+for|begin\s+with)\s+"
    + _ARTICLE + r"$", re.IGNORECASE)
# Verbs that say a choice on their own; the others ("see", "take", "do", "try") only after "let's" / "I'll" or at the
# opening of a clause ("..., take the movies"): "I'd like to see movies or shows" is no choice.
_CHOICE_VERBS = frozenset({"start with", "go with", "go for", "pick", "choose", "opt for", "begin with"})
# A choice after its value: "french first", "movies please first", "the comedy ones first".
_CHOICE_AFTER_RE = re.compile(r"^\s*(?:ones?\s+|stuff\s+|titles?\s+)?(?:first|to\s+start|to\s+begin\s+with)\b",
                              re.IGNORECASE)


def chosen_alternatives(text: Optional[str], entities: Sequence[Entity]) -> tuple[list[Entity], list[Entity]]:
    """``entities`` narrowed to the value chosen among alternatives said earlier in the message, and the span-only
    entities over the values left out. A choice counts only when its value is one of two or more values of its kind
    said before it ("which is better, a movie or a show? let's see movies": movies only; "french or italian, french
    first": France only)."""
    if not text or text.startswith("/"):
        return list(entities), []
    out, dropped = list(entities), []
    for kind in set(_KIND.values()):
        offered = [e for e in out if _KIND.get(e.name) == kind and e.role in (None, ANY)
                   and e.start is not None and e.end is not None]
        chosen = [e for e in offered if e.role is None and _is_choice(text, e)]
        if not chosen:
            continue
        earlier = {e.value for e in offered if e.start < chosen[0].start}
        picked = {e.value for e in chosen}
        if len(earlier) < 2 or not picked <= earlier:
            continue
        left = [e for e in offered if e not in chosen]  # "comedy or horror? comedy first": the offer is spent too
        out = [e for e in out if e not in left]
        dropped += [Entity(NOT_CHOSEN, "", None, e.start, e.end) for e in left]
    return out, dropped


def _is_choice(text: str, e: Entity) -> bool:
    """``e`` is said as the one chosen: after a choice verb ("let's see", "start with", "I'll take"), or before
    "first"."""
    before = _CHOICE_BEFORE_RE.search(text, 0, e.start)
    if before:
        verb = " ".join(before.group("verb").lower().split())
        if before.group("who") or verb in _CHOICE_VERBS or re.search(r"(?:^|[,.;:!?])\s*$", text[:before.start()]):
            return True
    return bool(_CHOICE_AFTER_RE.match(text[e.end:]))


# "that are british", "which are from korea", "that's american", "that come from france": a relative clause after
# the negated noun, up to the value it qualifies it with.
_QUALIFIER_RE = re.compile(r"^\s+(?:that|which|who)\s*(?:are|is|'re|'s|were|was|come|comes|came)\s+"
                           r"(?:(?:from|in|made\s+in|set\s+in|all|also|too|very|in\s+the)\s+)*(?:the\s+)?$",
                           re.IGNORECASE)
_NEGATED = frozenset({"genre", "media_type"})  # the noun a negator opens on
_QUALIFIERS = frozenset({"genre", "media_type", "country", "language"})


def qualified_exclusions(text: Optional[str], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with a negated noun qualified by a relative clause read as the viewer meant: "no more dramas that
    are british" keeps dramas and turns down British titles (the noun is wanted, the qualifier excluded), where the
    extractor excludes the dramas and asks for British ones. A noun negated alone ("no more dramas") is unchanged."""
    out = list(entities)
    if not text or text.startswith("/"):
        return out
    for noun in [e for e in out if e.name in _NEGATED and e.excluded and e.end is not None]:
        qualifier = next((q for q in out if q.name in _QUALIFIERS and not q.excluded and q.start is not None
                          and q.start > noun.end and _QUALIFIER_RE.match(text[noun.end:q.start])), None)
        if qualifier is None:
            continue
        out = [replace(e, role=None) if e is noun else replace(e, role=EXCLUDE) if e is qualifier else e for e in out]
    return out
