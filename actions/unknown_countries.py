"""A country the catalog has no title from ("shows from Bolivia", "anything greenlandic?"): an honest "I have nothing
from Bolivia in the catalog", never picks.

The NLU knows every country of the world (``contract.world_countries``), so such a country is read as the country it
is, never as a language it resembles nor dropped. A search for it finds nothing, and silently dropping it would show
titles from anywhere as if they answered the request; so the answer names the country and offers, by a button, the
rest of the request from anywhere when the viewer asked for more ("thrillers from Bolivia"). The search state is left
as it was. A country turned down ("nothing from Bolivia") asks for nothing and is ignored here; a region's countries
("latin american") are any of them, so a region is never answered this way. Only an origin asked for is answered
so ("from Bolivia", "bolivian films"): a country merely mentioned beside a request (a trip there, a person from there)
is dropped from the turn and the rest is answered (``without_countries_only_mentioned``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from actions.constraints import CONSTRAINT_ENTITIES
from actions.edits.origins import origin_alone
from actions.edits.search_requests import states_viewer_origin
from actions.entities import Entity
from actions.references import catalog_gazetteer
from actions.reply import say
from actions.turn import Turn
from contract import wording
from contract.payloads import QuickReply
from contract.vocabulary import NETFLIX_TAG_COUNTRIES

# The words that put an origin after them, trimmed with the country from the request the button re-runs.
_ORIGIN_BEFORE_RE = re.compile(r"\b(?:from|made\s+in|set\s+in|shot\s+in|filmed\s+in|out\s+of|in)\s+(?:the\s+)?$",
                               re.IGNORECASE)
# An origin asked for: "from Bolivia", "made in Bolivia" (a bare "in" is any place: "the weather in Bolivia").
_ASKED_BEFORE_RE = re.compile(r"\b(?:from|made\s+in|set\s+in|shot\s+in|filmed\s+in|out\s+of)\s+(?:the\s+)?$",
                              re.IGNORECASE)
# "back from Bolivia", "returned from": a trip, no origin asked for.
_TRIP_BEFORE_RE = re.compile(r"\b(?:back|home|returned|returning|just\s+flew\s+in)\s+from\s+(?:the\s+)?$", re.IGNORECASE)
# A work after the adjective ("bolivian films", "ecuadorian stuff") or a bare "something" before it ("something
# bolivian"): the adjective is the origin of what is asked for, not a person's ("our student is bolivian").
_WORK_AFTER_RE = re.compile(r"\s+(?:films?|movies?|shows?|series|stuff|cinema|tv|titles?|ones?|things?|content"
                            r"|documentar(?:y|ies)|dramas?|comedies|comedy|thrillers?|cartoons?|anime)\b", re.IGNORECASE)
_SOMETHING_BEFORE_RE = re.compile(r"\b(?:something|anything|some|any)\s+$", re.IGNORECASE)
_WORK_ENTITIES = frozenset({"genre", "media_type", "mood"})
# A preposition the country leaves dangling once taken out ("a trip to <country>").
_DANGLING_BEFORE_RE = re.compile(r"\s*\b(?:to|in|at|of|for|about|from|into|near|around|visiting|across)\s*$",
                                 re.IGNORECASE)
_SPACE_BEFORE_PUNCT_RE = re.compile(r"\s+(?=[,;:.!?])")
_ALSO_BEFORE_RE = re.compile(r"\b(?:or|and)\s+(?:(?:made|set)\s+in\s+)?$", re.IGNORECASE)
_SPACES_RE = re.compile(r"\s+")
_JOINER_AT_END_RE = re.compile(r"\s*\b(?:or|and|nor)\W*$", re.IGNORECASE)
_EDGE_PUNCT = " ,;:-?!."


def countries_not_in_catalog(turn: Turn) -> list[Entity]:
    """The wanted countries of this message the catalog has no title from (outside a region's span); empty when the
    catalog's countries are unknown (no gazetteer)."""
    gazetteer = catalog_gazetteer()
    if gazetteer is None or not gazetteer.countries:
        return []
    known = set(gazetteer.countries) | set(NETFLIX_TAG_COUNTRIES.values())
    wanted = [e for e in turn.entities if e.name == "country" and not e.excluded]
    spans: dict[tuple, list[Entity]] = {}
    for e in wanted:
        spans.setdefault((e.start, e.end), []).append(e)
    return [e for e in wanted if e.value not in known and len(spans[(e.start, e.end)]) == 1]


def _asked_for(turn: Turn, country: Entity) -> bool:
    """The country is asked for as an origin, not merely mentioned: after an origin preposition ("from Bolivia", "set
    in Bolivia"; never a trip back from it), as an adjective before a work ("bolivian films", "any bolivian comedies",
    "something bolivian") or said alone ("bolivian?"). A trip ("back from a trip to bolivia"), a person ("our exchange
    student is bolivian") or the weather there is no wish, whatever request words or other constraints come with it."""
    text = turn.text or ""
    if states_viewer_origin(turn):  # "we live in portugal": about the viewers, no request
        return False
    if country.start is None or country.end is None:
        return True
    before = text[:country.start]
    if _ASKED_BEFORE_RE.search(before):
        return not _TRIP_BEFORE_RE.search(before)
    said = text[country.start:country.end].lower()
    if said == country.value.lower():
        return origin_alone(text, country)
    return bool(origin_alone(text, country) or _WORK_AFTER_RE.match(text, country.end)
                or _SOMETHING_BEFORE_RE.search(before)
                or any(e.start == _next_word_start(text, country.end) and e.name in _WORK_ENTITIES
                       for e in turn.entities))


def _next_word_start(text: str, end: int) -> int:
    return end + len(text[end:]) - len(text[end:].lstrip())


def without_countries_only_mentioned(turn: Turn) -> Turn:
    """``turn`` without the countries the catalog lacks that are only mentioned ("we just got back from a trip to
    bolivia, any comedies?"): the rest of the message is answered as if the country were never said, since searching
    it would find nothing and it was never asked for. A message with nothing else in it ("we live in portugal") is
    left whole: there is no rest to answer, and the other readings of a place alone need it."""
    mentioned = [c for c in countries_not_in_catalog(turn) if not _asked_for(turn, c)]
    if not mentioned or not any(e.name in CONSTRAINT_ENTITIES and e.name != "country" and not e.excluded
                                for e in turn.entities):
        return turn
    return replace(turn, entities=[e for e in turn.entities if not any(e is c for c in mentioned)])


def request_without(text: str, countries: list[Entity]) -> str:
    """``text`` without the countries and the origin words before them: the rest of the request."""
    out = text
    for c in sorted((c for c in countries if c.start is not None and c.end is not None),
                    key=lambda c: c.start or 0, reverse=True):
        before = out[:c.start]
        cue = _ORIGIN_BEFORE_RE.search(before)
        if cue is not None:
            before = before[:cue.start()]
            also = _ALSO_BEFORE_RE.search(before)  # "set in or made in <country>"
            inner = _ORIGIN_BEFORE_RE.search(before[:also.start()]) if also else None
            if inner is not None:
                before = before[:inner.start()]
        before = _DANGLING_BEFORE_RE.sub("", before)
        out = f"{before.rstrip()} {out[c.end:].lstrip()}"
    out = _SPACE_BEFORE_PUNCT_RE.sub("", _SPACES_RE.sub(" ", out)).strip(_EDGE_PUNCT)
    return _JOINER_AT_END_RE.sub("", out).strip(_EDGE_PUNCT)  # "films from peru or <country>": "films from peru"


def answer_unknown_countries(dispatcher, turn: Turn) -> Optional[list]:
    """Answer a message asking for countries the catalog has nothing from (module docstring); None otherwise."""
    missing = [c for c in countries_not_in_catalog(turn) if _asked_for(turn, c)]
    if not missing:
        return None
    names = list(dict.fromkeys(c.value for c in missing))
    rest = request_without(turn.text or "", missing) if turn.text and not turn.text.startswith("/") else ""
    asks_more = bool(rest) and any(e.name in CONSTRAINT_ENTITIES and not e.excluded and e not in missing
                                   for e in turn.entities)
    buttons = (QuickReply(wording.search_without_countries(), rest),) if asks_more else ()
    say(dispatcher, wording.countries_not_in_catalog(names, offer_the_rest=asks_more), buttons)
    return []
