"""A country or language said alone (pure; no I/O).

"German", "french stuff?", "anything not american", "un film français": the origin is what is asked for
(``origin_alone``, read by ``search_requests.strong_search_entities``); a statement about the viewer ("i'm german")
has other words and stays no request.
"""

from __future__ import annotations

import re
from typing import Sequence

from actions.entities import Entity
from contract.vocabulary import FOREIGN_MEDIA_WORDS

_F = re.IGNORECASE

# An origin said alone is what is asked for ("german", "french stuff?", "anything korean"); a statement about the
# viewer ("i'm german", "i speak french", "we live in spain") has other words and stays no request.
# The origin's own prepositions belong to it ("anything from egypt?", "anything set in or made in new zealand").
_ORIGIN_LEAD_RE = re.compile(r"^\W*(?:(?:any|anything|something|some|got\s+any(?:thing)?|maybe|hm+|ok(?:ay)?|so|and"
                             r"|what\s+about|how\s+about|perhaps|stuff|from|in|made|set|filmed|shot|produced|or"
                             r"|out\s+of|the)\W+)*$", _F)
# Before a country or language only (never a title: "not dark" names no wish for Dark): an origin turned down ("anything
# NOT american", "anything except indian", "all but korean") and the format named before its origin in second-language
# order ("film italian", "series korean") are still the origin said alone.
_ORIGIN_ONLY_LEAD_RE = re.compile(
    r"^\W*(?:(?:any|anything|something|some|stuff|everything|all|just|a|an|the|maybe|so|and|or|please|pls"
    r"|not|no|but|except(?:\s+for)?|other\s+than|besides|apart\s+from|films?|movies?|series|shows?|docs?"
    r"|documentar(?:y|ies)|" + "|".join(re.escape(w) for words in FOREIGN_MEDIA_WORDS.values() for w in words)
    + r")\W+)*$", _F)  # ... and the media words of other languages ("filmes turcos", "séries coréennes": round 25a)
_ORIGIN_TAIL_RE = re.compile(r"^(?:\W+(?:stuff|ones?|things?|titles|please|pls|plz|then|maybe|perhaps|too))*\W*$", _F)


def _kind_with_origin_after(text: str, found: Sequence[Entity]) -> list[Entity]:
    """Round 30: a format word followed right away by its origin, the adjective after the noun as French, Spanish,
    Italian and Portuguese put it ("un film français", "una serie coreana", "a film italiano"): both ask for what to
    watch, as "a french film" does. A format and a place said apart ("a movie ticket in Paris") stay no request."""
    located = sorted((e for e in found if e.start is not None and e.end is not None), key=lambda e: e.start or 0)
    pairs = [(kind, origin) for kind, origin in zip(located, located[1:])
             if kind.name == "media_type" and not kind.excluded and origin.name in ("country", "language")
             and not origin.excluded and not text[kind.end:origin.start].strip()]
    return [e for pair in pairs for e in pair]


def _origin_only_alone(text: str, entity: Entity) -> bool:
    """A country or language said alone after a refusal or a format word (``_ORIGIN_ONLY_LEAD_RE``)."""
    if entity.start is None or entity.end is None:
        return False
    return bool(_ORIGIN_ONLY_LEAD_RE.match(text[:entity.start]) and _ORIGIN_TAIL_RE.match(text[entity.end:]))


def origin_alone(text: str, entity: Entity) -> bool:
    """The message is only this country or language, with at most a hedge around it ("french stuff?")."""
    if entity.start is None or entity.end is None:
        return False
    return bool(_ORIGIN_LEAD_RE.match(text[:entity.start]) and _ORIGIN_TAIL_RE.match(text[entity.end:]))
