"""A rating let in beside the search's own (pure; no I/O).

"Ok R is fine too" after PG-13 thrillers widens the ratings; "she can do PG now" under an audience cap raises the cap;
a rating said alone or with swap words still replaces them (``widened_ratings``).
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from actions.entities import Entity
from contract.constraints import Constraints
from contract.vocabulary import AUDIENCES, RATING_AUDIENCE

_F = re.IGNORECASE

# Words that let a rating in beside the search's ("R is fine too", "R works as well", "allow R", "also TV-MA", "R is
# ok"); swap words ("only R", "R instead", "just R") make it replace them.
_RATING_ADD_RE = re.compile(r"\b(?:too|also|as\s+well|allow(?:ed|ing)?|include|including|plus|fine|ok|okay|alright"
                            r"|acceptable|works?|either)\b", _F)
_RATING_SWAP_RE = re.compile(r"\b(?:only|just|instead|rather|exclusively|switch|swap|change)\b", _F)
# A rating the viewer says the child can now watch ("she can do PG now", "he can handle PG-13", "PG now"): under an
# audience cap it raises the cap like a rating let in ("now" counts only there: "R now" after PG-13 swaps them).
_RATING_CAN_RE = re.compile(r"\b(?:can|could)\s+(?:(?:now|already|totally|probably)\s+)?(?:do|handle|watch|see|manage)\b", _F)
_RATING_NOW_RE = re.compile(r"\bnow\b", _F)


def widened_ratings(text: Optional[str], entities: Sequence[Entity], state: Constraints) -> list[Entity]:
    """A rating let in with words of addition while the search limits ratings ("ok R is fine too" after PG-13
    thrillers) widens them: the search's ratings come back as entities beside the new one, so the ratings named
    this turn (which replace the search's) are both. Under an audience cap instead ("for teens"), a rating above
    it raises the cap to that rating's audience (the rating named alone would contradict the cap). A rating said
    alone or with swap words still replaces them."""
    named = [e for e in entities if e.name == "rating" and not e.excluded]
    if (not text or text.startswith("/") or not named or not (state.ratings or state.audience)
            or _RATING_SWAP_RE.search(text) or not _lets_rating_in(text, state)):
        return list(entities)
    if state.ratings:
        kept = [Entity("rating", r) for r in state.ratings if r not in {e.value for e in named}]
        return [*kept, *entities]
    above = [e for e in named if e.value in RATING_AUDIENCE
             and AUDIENCES.index(RATING_AUDIENCE[e.value]) > AUDIENCES.index(state.audience)]
    if not above:
        return list(entities)
    cap = max((RATING_AUDIENCE[e.value] for e in above), key=AUDIENCES.index)
    first = above[0]
    # a younger audience said beside it ("she turned 5, she can do PG now") is the age the rating now outgrows
    younger = [e for e in entities if e.name == "audience" and not e.excluded
               and e.value in AUDIENCES and AUDIENCES.index(e.value) < AUDIENCES.index(cap)]
    return ([e for e in entities if e not in named and e not in younger]
            + [Entity("audience", cap, None, first.start, first.end)])


def _lets_rating_in(text: str, state: Constraints) -> bool:
    """Words that let a rating in: addition words ("R is fine too"), or a rating the child can now watch ("she can do
    PG now") — the latter, and a bare "now", only under an audience cap (with ratings, "R now" swaps them)."""
    return bool(_RATING_ADD_RE.search(text)
                or (not state.ratings and (_RATING_CAN_RE.search(text) or _RATING_NOW_RE.search(text))))
