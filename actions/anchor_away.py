"""Like the anchor title, away from its country or its director (round 22n): "more like it but from another country",
"same vibe, different country", "in that vein but a different director".

A viewer asking for titles like one and naming what should differ from it by its kind only (its country, its
director) means the anchor's own: the like-search on the anchor leaves out the anchor's countries
(``Constraints.exclude_countries``, kept for the rest of that search) or the titles of its directors. The words are
read only beside a likeness word ("like it", "similar", "same vibe", "in that vein"); a story about moving to
another country is no such request.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from typing import Optional

from actions.planning import Plan
from actions.recommender_client import RecommenderRejected, RecommenderUnavailable, get_client
from actions.turn import Turn

log = logging.getLogger(__name__)

_OTHER = r"(?:an?other|a\s+different|different|other|some\s+other|a\s+new|new|diff)"
_AWAY_COUNTRY_RE = re.compile(
    rf"\b{_OTHER}\s+(?:country|countries|nation|part\s+of\s+the\s+world|origin|nationality)\b"
    r"|\bnot\s+(?:from\s+)?(?:there|the\s+same\s+country|that\s+country|its\s+country)\b"
    r"|\b(?:outside|beyond)\s+(?:that|its|their|the\s+same)\s+country\b", re.IGNORECASE)
_AWAY_DIRECTOR_RE = re.compile(
    rf"\b{_OTHER}\s+(?:director|filmmaker|film-maker|film\s+maker)s?\b"
    r"|\bnot\s+(?:by\s+|from\s+)?(?:the\s+same|that|its)\s+(?:director|filmmaker)\b"
    r"|\bsomeone\s+else\s+direct(?:ing|ed)\b|\bdirected\s+by\s+someone\s+else\b", re.IGNORECASE)
# A likeness word: the viewer asks for titles like the one in talk.
_LIKENESS_RE = re.compile(
    r"\b(?:similar|(?:a\s+bit\s+|kinda\s+|sorta\s+)?like\s+(?:it|that|this|those|these)(?:\s+one)?|same\s+(?:vibe|vibes"
    r"|feel|feeling|energy|style|mood|kind|sort|type|tone)|in\s+(?:that|the\s+same|its)\s+(?:vein|spirit|direction)"
    r"|along\s+(?:those|the\s+same)\s+lines|more\s+of\s+(?:that|the\s+same))\b", re.IGNORECASE)
# A story told, not a request: "a film about moving to another country".
_STORY_RE = re.compile(r"\b(?:about|where|in\s+which|moving|moves|moved|immigrat\w*|emigrat\w*)\b", re.IGNORECASE)
MAX_CHARS = 140


@dataclass(frozen=True)
class AwayFrom:
    """What of the anchor the viewer wants left behind."""

    country: bool
    director: bool


def away_from_the_anchor(text: Optional[str]) -> Optional[AwayFrom]:
    """The anchor's country or director asked away from beside a likeness word (module docstring); None otherwise."""
    said = str(text or "")
    if not said or said.startswith("/") or len(said) > MAX_CHARS or not _LIKENESS_RE.search(said):
        return None
    country, director = _AWAY_COUNTRY_RE.search(said), _AWAY_DIRECTOR_RE.search(said)
    if not country and not director:
        return None
    first = min(m.start() for m in (country, director) if m)
    if _STORY_RE.search(said, 0, first):
        return None
    return AwayFrom(country=bool(country), director=bool(director))


def likes_the_anchor_away(turn: Turn) -> bool:
    """A like-search asked on the title in talk (its card, or the search's anchor) away from its country or director,
    with nothing else named but what may change (a format, an era, who watches): whatever the label."""
    from actions.like_focused import _CHANGES, _INTENTS  # the like-search's own limits
    if not (turn.focused_id or turn.constraints.similar_to) or turn.intent not in _INTENTS:
        return False
    if away_from_the_anchor(turn.text) is None:
        return False
    return all(e.name in _CHANGES and not e.excluded for e in turn.entities)


async def keep_away_from_the_anchor(plan: Plan, turn: Turn) -> None:
    """Leave the anchor's countries (in the search's ``exclude_countries``) or its directors' titles out of a
    like-search whose message asks away from them; nothing when the anchor is no catalog id or the catalog is out of
    reach."""
    away = away_from_the_anchor(turn.text)
    anchor = plan.constraints.similar_to
    if away is None or not anchor:
        return
    try:
        item = await get_client().item(str(anchor))
    except (RecommenderUnavailable, RecommenderRejected):
        log.warning("could not look up the anchor %s", anchor)
        return
    if not item:
        return
    if away.country:
        asked = set(plan.constraints.countries)
        countries = [str(c) for c in item.get("countries") or [] if str(c) not in asked]
        if countries:
            plan.constraints = replace(plan.constraints, exclude_countries=list(dict.fromkeys(
                list(plan.constraints.exclude_countries) + countries)))
    if away.director:
        directors = tuple(str(d) for d in item.get("directors") or [])
        if directors:
            actors, before = plan.exclude_people or ((), ())
            plan.exclude_people = (actors, tuple(dict.fromkeys(before + directors)))
