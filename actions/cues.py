"""Relative refinements the viewer states as a complaint ("too long", "too scary").

The NLU extractor produces ``duration: shorter`` for "shorter" but a complaint about the last list
carries no entity at all, and answering "too long" with "what should I change?" would be obtuse.
These few cues are read only for refine-like turns and only when the extractor found nothing of that
kind, so they never override the NLU; they map onto the same entities the extractor would produce.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any, Optional, Sequence

from actions.entities import EXCLUDE, Entity
from actions.query_text import request_span
from contract.constraints import LONG_SERIES_MIN_SEASONS, SHORT_SERIES_MAX_SEASONS, Constraints

# (pattern, entity name, value, role)
CUES: tuple[tuple[re.Pattern[str], str, str, Optional[str]], ...] = (
    (re.compile(r"\btoo\s+(long|lengthy)\b|\bnot\s+so\s+long\b"), "duration", "shorter", None),
    (re.compile(r"\btoo\s+short\b"), "duration", "longer", None),
    (re.compile(r"\btoo\s+(scary|creepy|frightening|scared|frightened|spooked|freaked\s+out)\b|\bless\s+scary\b"),
     "mood", "scary", EXCLUDE),
)


def cue_entities(text: Optional[str], entities: Sequence[Entity]) -> list[Entity]:
    """Entities implied by complaint cues in ``text`` that the NLU did not already extract."""
    if not text or text.startswith("/"):
        return []
    lowered = text.lower()
    start, end = request_span(text)  # in a long message, only its request sentence
    found_names = {e.name for e in entities}
    cues: list[Entity] = []
    for pattern, name, value, role in CUES:
        match = pattern.search(lowered, start, end)
        if match and name not in found_names:
            # The span keeps the cue words ("too scary") out of the free-text query.
            cues.append(Entity(name, value, role, match.start(), match.end()))
    return cues


# "shorter than those", "longer than these ones", "newer than the last ones": a comparative said of the list shown
# (the extractor reads "shorter than <title>"; with a pointing word there is no title to compare with).
_LIST_COMPARATIVES: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(rf"\b(?:{words})\s+than\s+(?:those|these|them|that|this|the\s+(?:last|previous|other|first)"
                rf"(?:\s+(?:ones?|lot|list|picks|batch|few))?|(?:what|the\s+ones?)\s+you\s+(?:showed|gave|sent|listed))\b",
                re.IGNORECASE), name, value)
    for words, name, value in ((r"shorter|less\s+long", "duration", "shorter"), (r"longer", "duration", "longer"),
                               (r"newer|more\s+recent", "year", "newer"), (r"older", "year", "older")))


def list_comparatives(text: Optional[str], entities: Sequence[Entity]) -> list[Entity]:
    """"Shorter than those" after a list, when the extractor found no entity of that kind: the relative
    entity the extractor gives "shorter" (``duration: shorter``), spanning the words."""
    if not text or text.startswith("/"):
        return []
    found = {e.name for e in entities}
    out: list[Entity] = []
    for pattern, name, value in _LIST_COMPARATIVES:
        match = pattern.search(text)
        if match and name not in found:
            out.append(Entity(name, value, None, match.start(), match.end()))
            found.add(name)
    return out


# -- a bound said without its unit, in the unit of the search ----------------------------------------------------------

_SMALL_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                      "nine": 9, "ten": 10, "a couple": 2, "a few": 3}
_COUNT = r"(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple|a\s+few)"
# A lower bound ("at least 4", "4 or more", "4+", "minimum 4"), an upper one ("90 max", "no more than 2", "up to 3",
# "2 tops"), a strict one ("under 3", "more than 3"): the comparator and its number are the whole request.
_BOUND_FORMS: tuple[tuple[str, str], ...] = (
    (rf"(?:at\s+least|min(?:imum)?(?:\s+of)?|no\s+(?:less|fewer)\s+than|not\s+(?:less|fewer)\s+than)\s+{_COUNT}", "min"),
    (rf"{_COUNT}\s*(?:\+|or\s+more|or\s+over|or\s+above|plus|minimum|min|at\s+least)", "min"),
    (rf"(?:at\s+most|max(?:imum)?(?:\s+of)?|no\s+more\s+than|not\s+more\s+than|up\s+to|no\s+longer\s+than)\s+{_COUNT}",
     "max"),
    (rf"{_COUNT}\s*(?:max(?:imum)?|tops|at\s+most|or\s+less|or\s+fewer|or\s+under|at\s+the\s+most)", "max"),
    (rf"(?:under|below|less\s+than|fewer\s+than|shorter\s+than)\s+{_COUNT}", "below"),
    (rf"(?:over|above|more\s+than|longer\s+than)\s+{_COUNT}", "above"),
)
# What may stand around the bound in such a reply: a hedge or a "no," before it, politeness after it.
_BOUND_LEAD = (r"^\W*(?:(?:no|nah|ok(?:ay)?|hm+|um+|well|so|and|but|like|maybe|make\s+it|how\s+about|what\s+about"
               r"|actually|ideally|then|just|only|preferably|let'?s\s+say|say)\W+)*")
_BOUND_TAIL = r"(?:\W+(?:(?:please|pls|plz|then|ideally|maybe|preferably|if\s+possible|thanks|tho|though)\b|\W)*)?\W*$"
# The minutes a bare number may be (docs/contracts.md "Runtime operators": 20-300 after a comparator).
_MINUTES_RANGE = (20, 300)
_MAX_SEASON_COUNT = 30


def bare_bound_cues(text: Optional[str], entities: Sequence[Entity], state: Constraints) -> list[Entity]:
    """A reply that is only a bound with no unit ("at least four", "like 3 or more", "no, 90 max") while a search
    is active: the bound in the unit the search implies — seasons when it holds a season count or asks for series,
    minutes when it holds a minute bound or asks for films — as the entity the extractor gives a bound with its
    unit (``seasons`` ``4-``, ``duration`` ``-90``). Nothing when the extractor found a bound, or the unit is unclear."""
    if not text or text.startswith("/") or any(e.name in ("seasons", "duration") for e in entities):
        return []
    unit = _search_unit(state)
    if unit is None:
        return []
    for pattern, kind in _BOUND_FORMS:
        match = re.match(rf"{_BOUND_LEAD}(?P<bound>{pattern}){_BOUND_TAIL}", text, re.IGNORECASE)
        if match:
            n = _count(match["n"])
            value = _bound_value(kind, n, unit) if n is not None else None
            if value is not None:
                return [Entity(unit, value, None, match.start("bound"), match.end("bound"))]
    return []


def _search_unit(state: Constraints) -> Optional[str]:
    """``seasons`` or ``duration``: the unit a bare number takes in this search (None when both or neither fit)."""
    seasons = state.min_seasons is not None or state.max_seasons is not None or state.media_type == ["series"]
    minutes = state.min_minutes is not None or state.max_minutes is not None or state.media_type == ["movie"]
    if seasons == minutes:
        return None
    return "seasons" if seasons else "duration"


def _count(word: str) -> Optional[int]:
    word = re.sub(r"\s+", " ", word.lower())
    return int(word) if word.isdigit() else _SMALL_COUNT_WORDS.get(word)


def _bound_value(kind: str, n: int, unit: str) -> Optional[str]:
    """The range entity value of a bound ``kind`` on ``n`` in ``unit``; seasons are whole, so strict bounds move."""
    low_ok, high_ok = _MINUTES_RANGE if unit == "duration" else (1, _MAX_SEASON_COUNT)
    if not low_ok <= n <= high_ok:
        return None
    if kind == "min":
        return f"{n}-"
    if kind == "max" or (kind == "below" and unit == "duration"):  # "under 90" is 90 at most, like the extractor's
        return f"-{n}"
    if kind == "below":
        return f"-{n - 1}" if n > 1 else None
    return f"{n + 1}-"  # "over 3 (seasons)" → 4-, "more than 100 (minutes)" → 101-


# -- "more seasons" / "fewer seasons": relative to the list shown ----------------------------------------------------

_MORE_SEASONS_RE = re.compile(r"\b(?:more|longer(?:[\s-]+running)?)\s+(?:no\.?\s+of\s+|number\s+of\s+)?seasons?\b"
                              r"(?!\s+than\s+\d)", re.IGNORECASE)
_FEWER_SEASONS_RE = re.compile(r"\b(?:fewer|less|lesser|not\s+as\s+many)\s+(?:no\.?\s+of\s+|number\s+of\s+)?seasons?\b"
                               r"(?!\s+than\s+\d)", re.IGNORECASE)


def relative_season_cues(text: Optional[str], entities: Sequence[Entity],
                         last_items: Sequence[Mapping[str, Any]]) -> list[Entity]:
    """"Something w more seasons", "fewer seasons pls" after a list of series: a season count relative to the list
    shown, like "newer" for years — more → past its median season count, fewer → below it (at least one season).
    Nothing when the extractor found a season count or no series was shown."""
    if not text or text.startswith("/") or any(e.name == "seasons" for e in entities):
        return []
    counts = sorted(int(i["seasons"]) for i in last_items if isinstance(i.get("seasons"), int) and i["seasons"] > 0)
    if not counts:
        return []
    median = counts[len(counts) // 2] if len(counts) % 2 else (counts[len(counts) // 2 - 1] + counts[len(counts) // 2]) / 2
    more, fewer = _MORE_SEASONS_RE.search(text), _FEWER_SEASONS_RE.search(text)
    if more and not fewer:
        return [Entity("seasons", f"{math.floor(median) + 1}-", None, more.start(), more.end())]
    if fewer and not more:
        return [Entity("seasons", f"-{max(1, math.ceil(median) - 1)}", None, fewer.start(), fewer.end())]
    said = _series_length_said(entities, last_items)
    if said is not None:
        value = f"{math.floor(median) + 1}-" if said.value == "longer" else f"-{max(1, math.ceil(median) - 1)}"
        return [Entity("seasons", value, None, said.start, said.end)]
    return []


def _series_length_said(entities: Sequence[Entity], last_items: Sequence[Mapping[str, Any]]) -> Optional[Entity]:
    """"Shorter" / "longer" said of a list of series only (the search itself may not say series: "like Stranger
    Things but less scary" keeps the series of its anchor): the length of a series is its season count, never a
    minute bound that would swap the series for films. The relative duration entity, or None."""
    if not last_items or any(i.get("type") != "series" or i.get("duration_minutes") for i in last_items):
        return None
    durations = [e for e in entities if e.name == "duration"]
    if not durations or any(e.value not in ("shorter", "longer") for e in durations):
        return None
    return durations[-1]


def search_bound_cues(text: Optional[str], entities: Sequence[Entity], state: Constraints,
                      last_items: Sequence[Mapping[str, Any]]) -> list[Entity]:
    """The bounds a follow-up states without the words the extractor needs: a bare bound in the search's unit
    ("at least four") or a season count relative to the list shown ("fewer seasons pls"). One entry point for
    the planner and for the routing of mislabelled turns (``edits.carries_search_words``)."""
    found = bare_bound_cues(text, entities, state)
    found += relative_season_cues(text, list(entities) + found, last_items)
    return found + long_one_cues(text, list(entities) + found, state, last_items)


# -- "a short one" / "a long one" of a series search: its season count ---------------------------------------------

_SIZE_WORD_RE = re.compile(r"^(?:(?P<short>short|quick|brief)|(?P<long>long|lengthy))$", re.IGNORECASE)
_LONG_ONE_RE = re.compile(r"\b(?:long|lengthy)\s+ones?\b|\bsomething\s+(?:long|lengthy)\b(?!\s+(?:ago|day|week))",
                          re.IGNORECASE)


def series_size_words(text: Optional[str], entities: Sequence[Entity], state: Constraints,
                      last_items: Sequence[Mapping[str, Any]]) -> list[Entity]:
    """``entities`` with "short" / "long" read as a season count when the search is for series only (it says series,
    or every title shown is one): "a short one" after British drama series is one of at most
    ``SHORT_SERIES_MAX_SEASONS`` seasons, "a long one" one of several — never a runtime, which no series has in the
    catalog and which would swap the series for films."""
    if not text or not _series_only(state, last_items) or any(e.name == "seasons" for e in entities):
        return list(entities)
    out: list[Entity] = []
    for e in entities:
        word = text[e.start:e.end] if e.name == "duration" and e.start is not None and e.end is not None else ""
        m = _SIZE_WORD_RE.match(word.strip())
        if m:
            value = f"-{SHORT_SERIES_MAX_SEASONS}" if m["short"] else f"{LONG_SERIES_MIN_SEASONS}-"
            e = Entity("seasons", value, None, e.start, e.end)
        out.append(e)
    return out


def _series_only(state: Constraints, last_items: Sequence[Mapping[str, Any]]) -> bool:
    """The search is for series only: it says so, or every title shown is one."""
    return list(state.media_type) == ["series"] or (bool(last_items) and all(i.get("type") == "series" for i in last_items))


def long_one_cues(text: Optional[str], entities: Sequence[Entity], state: Constraints,
                  last_items: Sequence[Mapping[str, Any]]) -> list[Entity]:
    """"A long one", "something long" of a series search: several seasons (the extractor reads no runtime there)."""
    long_one = _LONG_ONE_RE.search(text or "")
    if (not long_one or not _series_only(state, last_items)
            or any(e.name in ("seasons", "duration") for e in entities)):
        return []
    return [Entity("seasons", f"{LONG_SERIES_MIN_SEASONS}-", None, long_one.start(), long_one.end())]


def shorter_by_being_films(entities: Sequence[Entity], last_items: Sequence[Mapping[str, Any]]) -> list[Entity]:
    """``entities`` without "shorter" when it is said with films after a list of mostly series ("something shorter,
    like a movie" after anime series): a film is the shorter thing; a bound from the one film among them would
    leave only shorts."""
    series = sum(1 for i in last_items if i.get("type") == "series")
    wants_films = any(e.name == "media_type" and e.value == "movie" and not e.excluded for e in entities)
    if not wants_films or 2 * series <= len(last_items):
        return list(entities)
    return [e for e in entities if not (e.name == "duration" and e.value == "shorter")]
