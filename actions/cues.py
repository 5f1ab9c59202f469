"""Relative refinements the viewer states as a complaint ("too long", "too scary").

The NLU extractor produces ``duration: shorter`` for "shorter" but a complaint about the last list
carries no entity at all, and answering "too long" with "what should I change?" would be obtuse.
These few cues are read only for refine-like turns and only when the extractor found nothing of that
kind, so they never override the NLU; they map onto the same entities the extractor would produce.
"""

from __future__ import annotations

import math
from dataclasses import replace
import re
from collections.abc import Mapping
from typing import Any, Optional, Sequence

from actions.entities import EXCLUDE, Entity
from actions.query_text import request_span
from contract import numbers
from contract.constraints import (LONG_SERIES_MIN_SEASONS, SHORT_SERIES_MAX_SEASONS, SHORT_WORD_MINUTES, SORT_COMPARATIVES,
                                  UNITLESS_MINUTES, UNITLESS_SEASONS, Constraints, sort_words_pattern)
from contract.words import asks_of_the_list

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
    # round 25d: "shorter than all of these", "newer than any of those", "older than both of them"
    (re.compile(rf"\b(?:{words})\s+(?:(?:all|any|each|every\s+one|both)\s+(?:of\s+)?)?(?:those|these|them|that|this|the\s+(?:last|previous|other|first)"
                rf"(?:\s+(?:ones?|lot|list|picks|batch|few))?|(?:what|the\s+ones?)\s+you\s+(?:showed|gave|sent|listed))\b",
                re.IGNORECASE), name, value)
    # round 34: "quicker than those", "ones that came out after those", "released before these"
    for words, name, value in ((r"(?:shorter|less\s+long|quicker)\s+than", "duration", "shorter"),
                               (r"longer\s+than", "duration", "longer"),
                               (r"(?:newer|more\s+recent)\s+than|(?:came\s+out|released|made)\s+(?:after|later\s+than)",
                                "year", "newer"),
                               (r"older\s+than|(?:came\s+out|released|made)\s+(?:before|earlier\s+than)", "year", "older")))


# "The oldest ones you have", "the shortest", "your longest one": a superlative said after a list asks for the far
# end of what was shown — the comparative, relative to the list (a question about the list itself, "which of these
# is the oldest", asks for no new picks).
_SUPERLATIVE = (r"\b(?:the|your|ur)\s+(?:very\s+)?{words}(?=\s*(?:ones?|titles?|stuff|movies?|films?|shows?|series|things"
                r"|picks|you(?:'ve|\s+have|\s+got|\s+can)|available|possible|out\s+there|please|pls|[.!?,]|$))")
_SUPERLATIVES: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(_SUPERLATIVE.format(words=sort_words_pattern(order)),
                re.IGNORECASE), name, SORT_COMPARATIVES[order])
    for order, name in (("shortest", "duration"), ("longest", "duration"), ("oldest", "year")))


def list_comparatives(text: Optional[str], entities: Sequence[Entity]) -> list[Entity]:
    """"Shorter than those" after a list, when the extractor found no entity of that kind: the relative
    entity the extractor gives "shorter" (``duration: shorter``), spanning the words. A superlative ("the oldest
    ones") is read the same way: older than the list shown."""
    if not text or text.startswith("/"):
        return []
    found = {e.name for e in entities}
    out: list[Entity] = []
    for pattern, name, value in _LIST_COMPARATIVES + _SUPERLATIVES:
        # a superlative asked of the list ("which of these is the oldest") asks for no new picks
        superlative = (pattern, name, value) in _SUPERLATIVES
        match = next((m for m in pattern.finditer(text)
                      if not (superlative and asks_of_the_list(text, m.start(), m.end()))), None)
        if match and name not in found:
            out.append(Entity(name, value, None, match.start(), match.end()))
            found.add(name)
    return out


# -- a bound said without its unit, in the unit of the search ----------------------------------------------------------

# The number words are contract.numbers' (one vocabulary for both runtimes); a count a viewer says of seasons or
# minutes goes up to twelve, or is vague ("a couple", "a few").
_SMALL_COUNT = numbers.alternation(range(1, 13))
_VAGUE_COUNTS = {"a couple": 2, "a few": 3}
_UNIT_WORD = rf"(?:{numbers.alternation(range(1, 10))})"
_TENS_WORD = rf"(?:(?:{numbers.alternation(numbers.TENS.values())})(?:[\s-]{_UNIT_WORD})?)"
# A runtime said aloud: "ninety", "seventy-five", "a hundred and ten", "two hundred", "an hour and a half" (the
# extractor's reading, nlu/extraction/numbers.py, loads with spaCy; the words themselves are contract.numbers').
_SPOKEN_MINUTES = (rf"(?:an?|one)\s+hour(?:\s+and\s+a\s+(?:half|quarter))?|(?:two|three)\s+hours?"
                   rf"|(?:a|one|two|three)\s+hundred(?:\s+(?:and\s+)?(?:{_TENS_WORD}|{_UNIT_WORD}"
                   rf"|{numbers.alternation((10, 11, 12, 15))}))?|{_TENS_WORD}")
_COUNT = rf"(?P<n>\d{{1,3}}|{_SPOKEN_MINUTES}|{_SMALL_COUNT}|a\s+couple|a\s+few)(?![\w-])"
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
# The hedges both replies may open with ("no,", "ok", "make it", "how about", "actually"); each reply adds its own.
_LEAD_WORDS = (r"no|nah|ok(?:ay)?|hm+|um+|well|so|and|but|maybe|make\s+it|how\s+about|what\s+about|actually|then|just|say"
               r"|even")  # "ok even just 4 or more is fine"


def _lead(extra: str) -> str:
    """The opening of a bare reply: any run of the shared hedges and ``extra`` (an alternation), each followed by
    non-word characters."""
    return rf"^\W*(?:(?:{_LEAD_WORDS}|{extra})\W+)*"


# Words of consent a bare reply to an offer may open with ("fine, 6 or more", "sure, under 45", "alright 3+").
_CONSENT = r"fine|alright|all\s+right|sure|yes|yeah|yep|yup|right|cool|good"
# What may stand around the bound in such a reply: a hedge, consent or a "no," before it, politeness after it.
_BOUND_LEAD = _lead(rf"like|ideally|only|preferably|let'?s\s+say|{_CONSENT}"
                    r"|(?:even\s+|much\s+|a\s+bit\s+)?(?:longer|shorter)(?:\s+(?:ones?|still|then|please|pls|plz))?")
_BOUND_TAIL = (r"(?:\W+(?:(?:please|pls|plz|then|ideally|maybe|preferably|if\s+possible|thanks|tho|though|now|instead)\b"
               r"|\W)*)?\W*$")
# The minutes a bare number may be (docs/contracts.md "Runtime operators": 20-300 after a comparator).
_MINUTES_RANGE = UNITLESS_MINUTES
_MAX_SEASON_COUNT = UNITLESS_SEASONS[1]
# A season count a bare number re-sets the bound to (a larger bare number is more likely something else).
_MAX_RESET_SEASONS = 20


def bare_bound_cues(text: Optional[str], entities: Sequence[Entity], state: Constraints) -> list[Entity]:
    """A reply that is only a bound with no unit ("at least four", "like 3 or more", "no, 90 max") while a search
    is active: the bound in the unit the search implies — seasons when it holds a season count or asks for series,
    minutes when it holds a minute bound or asks for films — as the entity the extractor gives a bound with its
    unit (``seasons`` ``4-``, ``duration`` ``-90``). Nothing when the extractor found a bound, or the unit is unclear."""
    said = [e for e in entities if e.name in ("seasons", "duration")]
    if not text or text.startswith("/") or any(e.value not in _COMPARATIVES for e in said):
        return []
    unit = bare_bound_unit(state)
    if unit is None:
        return []
    for pattern, kind in _BOUND_FORMS:
        # "under 45 is fine", "6 or more would work": the bound said acceptable is still the whole reply
        match = re.match(rf"{_BOUND_LEAD}(?P<bound>{pattern})(?:\s*{_ACCEPTED})?{_BOUND_TAIL}", text, re.IGNORECASE)
        if match and said and not _comparative_leads(said, match.start("bound"), kind):
            continue
        if match:
            n = _count(match["n"])
            value = _bound_value(kind, n, unit) if n is not None else None
            if value is not None:
                return [Entity(unit, value, None, match.start("bound"), match.end("bound"))]
    return widened_bound_cues(text, unit, state) or reset_bound_cues(text, unit, state)


# The extractor's comparative ("even longer, like 9+"): said before the bound in its direction, the bound is its target.
_COMPARATIVES = {"longer": ("min", "above"), "shorter": ("max", "below")}


def _comparative_leads(said: Sequence[Entity], bound_start: int, kind: str) -> bool:
    """Every runtime/season entity of the reply is a comparative said before the bound, pointing its way ("even
    longer, like 9+": a lower bound); the comparative then only says which side, the number is the bound."""
    return all(e.end is not None and e.end <= bound_start and kind in _COMPARATIVES[str(e.value)] for e in said)


# "Three is fine too", "4 works as well", "two would be ok": a bare number said acceptable, the whole reply.
_ACCEPTED = (r"(?:is|are|'s|would\s+(?:be|do|work)|will\s+do|could\s+work|works?|also\s+works?|should\s+be)"
             r"(?:\s+(?:fine|ok(?:ay)?|alright|all\s+right|good|acceptable|great|cool))?"
             r"(?:\s+(?:too|also|as\s+well|with\s+(?:me|us)|by\s+(?:me|us)))?")
_UNIT_WORDS = {"seasons": r"(?:\s+seasons?)?", "duration": r"(?:\s+(?:minutes?|mins?))?"}


def widened_bound_cues(text: str, unit: str, state: Constraints) -> list[Entity]:
    """A bare number said acceptable ("three is fine too" after a one-season search) while the search bounds that
    unit: the bound in force moves out to the number — above the upper bound it becomes the new upper bound, below
    the lower one the new lower bound (the other side kept). Nothing when the number is already inside the bound
    (nothing to widen) or the search bounds nothing in the unit."""
    low, high = _bounds(state, unit)
    match = re.match(rf"{_BOUND_LEAD}(?P<bound>{_COUNT}{_UNIT_WORDS[unit]}\s*{_ACCEPTED}){_BOUND_TAIL}", text,
                     re.IGNORECASE) or re.match(rf"{_OR_LEAD}(?P<bound>{_COUNT}{_UNIT_WORDS[unit]}){_BOUND_TAIL}", text,
                                                re.IGNORECASE)
    n = _count(match["n"]) if match else None
    low_ok, high_ok = _MINUTES_RANGE if unit == "duration" else (1, _MAX_SEASON_COUNT)
    if match is None or n is None or not low_ok <= n <= high_ok:
        return []
    value = _widened_value(n, low, high)
    return [Entity(unit, value, None, match.start("bound"), match.end("bound"))] if value else []


# "or 3" after "exactly 2 seasons", "or maybe 45?" after "under 30 minutes": a number joined by "or" to the one the
# search holds extends it (2-3 seasons, up to 45 minutes), as "3 is fine too" does; the "or" opens the reply.
_OR_LEAD = r"^\W*(?:(?:ok(?:ay)?|hm+|um+|well|so|and|actually|then|yeah|or)\W+)*?or\W+(?:(?:maybe|perhaps|even|like)\W+)*"


def _widened_value(n: int, low: Optional[int], high: Optional[int]) -> Optional[str]:
    """The range value of the bound widened out to ``n``, or None when ``n`` is already inside it."""
    if high is not None and n > high:
        return f"{low if low is not None else ''}-{n}"
    if low is not None and n < low:
        return f"{n}-{high if high is not None else ''}"
    return None


# "Make it 100 then", "ok 3 or 4", "2 to 3 works": a bare number (or a pair of them) that re-sets the bound in force.
_SECOND = rf"(?P<m>\d{{1,3}}|{_SPOKEN_MINUTES}|{_SMALL_COUNT})(?![\w-])"
_PAIR = rf"{_COUNT}(?:\s*(?:or|to|-|–)\s*{_SECOND})?"
# Round 27C: the number said before, recalled ahead of the new one ("i said 5 but 4 is ok too", "we asked for 90, make it
# 100"): the recall is a lead, the later number the bound.
_RECALLED = (rf"(?:i|we)\s+(?:(?:had\s+)?said|asked\s+for|wanted|meant|put|picked)\s+(?:\d{{1,3}}|{_SMALL_COUNT})"
             r"(?:\s+(?:seasons?|minutes?|mins?|hours?|hrs?))?(?:\s+(?:before|earlier|first))?")
_RESET_LEAD = _lead(rf"let'?s\s+(?:say|do|go\s+(?:with|for))|go\s+(?:with|for)|rather|{_RECALLED}|{_CONSENT}")


# The time the viewer has now, said before a bare number of minutes ("actually i have 45 now", "we've got 60 now"):
# only for a runtime bound ("i have 2" of a season search is none).
_TIME_LEFT = (r"(?:(?:i|we)\s*(?:'ve|’ve|\s+have|\s+got|\s+only\s+have|\s+now\s+have)(?:\s+(?:got|only|just|like|about"
              r"|now|maybe))*\s+)?")


def reset_bound_cues(text: str, unit: str, state: Constraints) -> list[Entity]:
    """A bare number, or a pair of them, that is the whole reply ("make it 100 then", "ok 3 or 4 is fine") while the
    search bounds ``unit``: the bound in force re-set to it (``_reset_value``). Minutes are 20-300, seasons 1-20
    (docs/contracts.md "Runtime operators"); a count of seasons needs a word around it ("3" alone may be a
    position in the list). Nothing when the search bounds nothing in ``unit`` ("make it 2 people" never matches)."""
    low, high = _bounds(state, unit)
    if low is None and high is None:
        return []
    units = _UNIT_WORDS[unit] if unit == "seasons" else r"(?:\s*(?:minutes?|mins?|(?P<hours>hours?|hrs?)))?"
    lead = _RESET_LEAD if unit == "seasons" else rf"{_RESET_LEAD}{_TIME_LEFT}"
    match = re.match(rf"{lead}(?P<bound>{_PAIR}{units}(?P<ok>\s*{_ACCEPTED})?){_BOUND_TAIL}", text,
                     re.IGNORECASE)
    if match is None:
        return []
    if unit == "seasons" and re.fullmatch(rf"(?:\W*(?:{_CONSENT}|ok(?:ay)?)\b)*\W*{_COUNT}\W*", text, re.IGNORECASE):
        return []  # "3" (or "yes 3") alone after a list of series may point at the third title
    n, m = _count(match["n"]), _count(match["m"]) if match["m"] else None
    if match.groupdict().get("hours") and n is not None:  # "let's say 2 hours"
        n, m = 60 * n, 60 * m if m is not None else None
    plausible = _MINUTES_RANGE if unit == "duration" else (1, _MAX_RESET_SEASONS)
    if n is None or not plausible[0] <= n <= plausible[1] or (m is not None and not n < m <= plausible[1]):
        return []
    if m is not None:
        value: Optional[str] = f"{n}-{m}"
    else:  # one number said acceptable widens the bound, as ``widened_bound_cues`` ("2 hours is fine too")
        value = _widened_value(n, low, high) if match["ok"] else _reset_value(n, low, high)
    if value is None:
        return []
    return [Entity(unit, value, None, match.start("bound"), match.end("bound"))]


def _reset_value(n: int, low: Optional[int], high: Optional[int]) -> str:
    """The range value of a bound re-set to ``n``: a one-sided bound keeps its side (under 80 → under 100), an exact
    count becomes the new count, a window keeps its width and ends at ``n``."""
    if low is None:
        return f"-{n}"
    if high is None:
        return f"{n}-"
    return f"{max(1, n - (high - low))}-{n}"


def reset_said_bounds(text: Optional[str], entities: Sequence[Entity], state: Constraints) -> list[Entity]:
    """``entities`` with a runtime the extractor read in a reply that is only that number ("let's say 2 hours",
    "how about 110" after "under 80 minutes") re-setting the bound in force like a bare number
    (``reset_bound_cues``): the extractor reads the time the viewer has (a window) or "about 110", which would
    replace an upper bound with a window instead of moving it."""
    said = [e for e in entities if e.name in ("seasons", "duration") and not e.excluded]
    if not text or text.startswith("/") or len(said) != 1 or said[0].start is None or said[0].end is None:
        return list(entities)
    found = reset_bound_cues(text, said[0].name, state)
    if not found or said[0].end <= (found[0].start or 0) or said[0].start >= (found[0].end or 0):
        return list(entities)
    return [found[0] if e is said[0] else e for e in entities]


def _bounds(state: Constraints, unit: str) -> tuple[Optional[int], Optional[int]]:
    """The search's lower and upper bound in ``unit`` (seasons or duration)."""
    return (state.min_seasons, state.max_seasons) if unit == "seasons" else (state.min_minutes, state.max_minutes)


def bare_bound_unit(state: Constraints, shown: Sequence[Mapping[str, Any]] = ()) -> Optional[str]:
    """The unit a bound said without one takes in the search ``state`` ("at least 5 actually", "no more than 90"):
    the one count the search bounds (seasons, else runtime); with both or neither bounded, the search's format — a
    series search counts seasons, a film search minutes (``contract.constraints.unitless_bound_in`` then checks the
    number is plausible in it: "at least 5" of films is no runtime) — and a search of no format the format of every
    title ``shown``. None when nothing tells (a search of both formats bounding both counts or none after a mixed
    list)."""
    bounded = [unit for unit, bound in (("seasons", state.min_seasons is not None or state.max_seasons is not None),
                                        ("duration", state.min_minutes is not None or state.max_minutes is not None))
               if bound]
    if len(bounded) == 1:
        return bounded[0]
    formats = tuple(state.media_type or ())
    if not formats and len(bounded) == 0:
        formats = tuple({str(item.get("type")) for item in shown})
    return {("series",): "seasons", ("movie",): "duration"}.get(formats)


def _count(word: str) -> Optional[int]:
    """The number a ``_COUNT`` match says: digits, a small or vague count, or a runtime said aloud (in minutes)."""
    word = re.sub(r"[\s-]+", " ", word.lower()).strip()
    if word.isdigit():
        return int(word)
    if word in _VAGUE_COUNTS:
        return _VAGUE_COUNTS[word]
    hours = re.fullmatch(r"(an?|one|two|three) hours?(?: and a (half|quarter))?", word)
    if hours:
        whole = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}[hours[1]]
        return 60 * whole + {None: 0, "half": 30, "quarter": 15}[hours[2]]
    hundreds, _, rest = word.partition(" hundred")
    total = 0
    if _:
        total = 100 * {"a": 1, "one": 1, "two": 2, "three": 3}[hundreds]
        word = rest.removeprefix(" and").strip()
        if not word:
            return total
    value = numbers.word_value(word)  # "twelve", "seventy five" (after a hundred: "ten", "fifteen")
    return None if value is None else total + value


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


def widened_said_bounds(text: Optional[str], entities: Sequence[Entity], state: Constraints) -> list[Entity]:
    """``entities`` with a count said with its unit and acceptance words ("two seasons would be fine too" after a
    one-season search) widening the bound in force, as a bare number does (``widened_bound_cues``): the extractor
    reads an exact count there, which would replace the bound instead of letting more in."""
    said = [e for e in entities if e.name in ("seasons", "duration") and not e.excluded]
    if not text or text.startswith("/") or len(said) != 1 or said[0].start is None or said[0].end is None:
        return list(entities)
    found = widened_bound_cues(text, said[0].name, state)
    if not found or not (found[0].start or 0) <= said[0].start or said[0].end > (found[0].end or 0):
        return list(entities)
    return [found[0] if e is said[0] else e for e in entities]


# -- "more seasons" / "fewer seasons": relative to the list shown ----------------------------------------------------

_MORE_SEASONS_RE = re.compile(r"\b(?:more|longer(?:[\s-]+running)?)\s+(?:no\.?\s+of\s+|number\s+of\s+)?seasons?\b"
                              r"(?!\s+than\s+\d)", re.IGNORECASE)
_FEWER_SEASONS_RE = re.compile(r"\b(?:fewer|less|lesser|not\s+as\s+many)\s+(?:no\.?\s+of\s+|number\s+of\s+)?seasons?\b"
                               r"(?!\s+than\s+\d)", re.IGNORECASE)


def relative_season_cues(text: Optional[str], entities: Sequence[Entity],
                         last_items: Sequence[Mapping[str, Any]], state: Optional[Constraints] = None) -> list[Entity]:
    """"Something w more seasons", "fewer seasons pls" after a list of series: a season count relative to the list
    shown, like "newer" for years — more → past its median season count, fewer → below it (at least one season).
    A bound the search holds on that side comes first: "more seasons" after "at most 2 seasons" is 3 or more, whatever
    the list (``_more_seasons`` / ``_fewer_seasons``). Nothing when the extractor found a season count or no series
    was shown."""
    if not text or text.startswith("/") or any(e.name == "seasons" for e in entities):
        return []
    counts = sorted(int(i["seasons"]) for i in last_items if isinstance(i.get("seasons"), int) and i["seasons"] > 0)
    if not counts:
        return []
    median = counts[len(counts) // 2] if len(counts) % 2 else (counts[len(counts) // 2 - 1] + counts[len(counts) // 2]) / 2
    state = state or Constraints()
    more, fewer = _MORE_SEASONS_RE.search(text), _FEWER_SEASONS_RE.search(text)
    if more and not fewer:
        return [Entity("seasons", _more_seasons(median, state), None, more.start(), more.end())]
    if fewer and not more:
        return [Entity("seasons", _fewer_seasons(median, state), None, fewer.start(), fewer.end())]
    said = _series_length_said(entities, last_items)
    if said is not None:
        value = _more_seasons(median, state) if said.value == "longer" else _fewer_seasons(median, state)
        return [Entity("seasons", value, None, said.start, said.end)]
    return []


# "more seasons than that", "fewer seasons than this one": the count compared with the title in view, not the list.
_THAN_THE_TITLE_RE = re.compile(r"\s+(?:than|then)\s+(?:that|this|it)(?:\s+(?:one|show|series))?\b(?!\s+(?:list|lot|bunch))",
                                re.IGNORECASE)


# "than those", "than the list", "than 3": the count compared with the list or a number, never with one title.
_THAN_OTHERS_RE = re.compile(r"\s+(?:than|then)\s+(?:those|these|them|the\s+(?:list|others|rest)|\d)", re.IGNORECASE)


def season_shift_of_anchor(text: Optional[str], entities: Sequence[Entity], *, compared: bool) -> list[Entity]:
    """"Fantasy shows like it but with more seasons" (after a card), "with more seasons than that" (after titles like
    one): the season count compared with the title the search is like, read as the "longer" / "shorter" shift the
    contrast applies to that title's own count (actions/contrast.py: more seasons than X), never the list's median.
    ``compared``: only when the words compare with it ("than that / it"). Nothing when a duration or season count was
    read, or the count is compared with the list or a number (round 34)."""
    if not text or text.startswith("/") or any(e.name in ("seasons", "duration") for e in entities):
        return []
    more, fewer = _MORE_SEASONS_RE.search(text), _FEWER_SEASONS_RE.search(text)
    said = more if more and not fewer else fewer if fewer and not more else None
    if said is None or _THAN_OTHERS_RE.match(text, said.end()):
        return []
    if compared and not _THAN_THE_TITLE_RE.match(text, said.end()):
        return []
    return [Entity("duration", "longer" if said is more else "shorter", None, said.start(), said.end())]


def season_comparison_items(text: Optional[str], last_items: Sequence[Mapping[str, Any]],
                            focused_id: Optional[str]) -> Sequence[Mapping[str, Any]]:
    """The titles a season comparison is relative to: the title in view alone when the viewer says "more / fewer
    seasons than that" after its card (past its own count: 3 seasons → 4 or more), else the list shown ("more seasons
    than those" compares with the list's median)."""
    if not text or not focused_id:
        return last_items
    said = _MORE_SEASONS_RE.search(text) or _FEWER_SEASONS_RE.search(text)
    if said is None or not _THAN_THE_TITLE_RE.match(text, said.end()):
        return last_items
    focused = [i for i in last_items if str(i.get("id")) == focused_id and isinstance(i.get("seasons"), int)]
    return focused or last_items


def _more_seasons(median: float, state: Constraints) -> str:
    """More seasons than the list shown, or past the search's upper season bound when it has one (the list then sits
    under it, so its median could ask for what was already there)."""
    if state.max_seasons is not None:
        return f"{state.max_seasons + 1}-"
    return f"{max(math.floor(median), state.min_seasons or 0) + 1}-"


def _fewer_seasons(median: float, state: Constraints) -> str:
    """Fewer seasons than the list shown, or under the search's lower season bound when it has one."""
    if state.min_seasons is not None and state.min_seasons > 1:
        return f"-{state.min_seasons - 1}"
    ceiling = math.ceil(median) - 1 if state.max_seasons is None else min(math.ceil(median), state.max_seasons) - 1
    return f"-{max(1, ceiling)}"


def _series_length_said(entities: Sequence[Entity], last_items: Sequence[Mapping[str, Any]]) -> Optional[Entity]:
    """"Shorter" / "longer" said of a list of series only (the search itself may not say series: "like Stranger
    Things but less scary" keeps the series of its anchor): the length of a series is its season count, never a
    minute bound that would swap the series for films. The relative duration entity, or None."""
    if not last_items or any(i.get("type") != "series" or i.get("duration_minutes") for i in last_items):
        return None
    if asks_for_films(entities):
        return None  # "films, and longer ones" after series: a film's length is its runtime
    durations = [e for e in entities if e.name == "duration"]
    if not durations or any(e.value not in ("shorter", "longer") for e in durations):
        return None
    return durations[-1]


# Round 24b: a number of minutes said without its unit after a hedge, beside "longer" / "shorter" ("make it a bit longer,
# like around 100 is fine", "shorter, maybe 70?"): the length the viewer means, read as the extractor reads "about 100
# minutes" (± 10 %, at least ± 5 min); planning._relative_edits_only lets it replace the bound when it lies the way the
# comparative points.
_HEDGED_NUMBER_RE = re.compile(
    r"\b(?:(?:like|about|around|roughly|approximately|approx\.?|maybe|say|something\s+like|more\s+like)\s+)+~?"
    r"(?P<n>\d{2,3})(?![\d.,:%])(?!\s*(?:-|to\s+\d|seasons?\b|episodes?\b|eps?\b|years?\b|yrs?\b|yo\b|y/o\b|s\b|th\b"
    r"|hours?\b|hrs?\b|h\b|minutes?\b|mins?\b|m\b))", re.IGNORECASE)
_AROUND_SHARE, _AROUND_MIN = 0.10, 5  # as nlu/extraction/durations.around


def hedged_minutes_beside_comparative(text: Optional[str], entities: Sequence[Entity]) -> list[Entity]:
    """The window around a unitless hedged number (``_HEDGED_NUMBER_RE``) when the message's only runtime word is
    "longer" or "shorter"; nothing otherwise (a runtime with its unit is the extractor's)."""
    said = [e for e in entities if e.name == "duration" and not e.excluded]
    if not text or text.startswith("/") or not said or any(e.value not in _COMPARATIVES for e in said):
        return []
    m = _HEDGED_NUMBER_RE.search(text)
    n = int(m["n"]) if m else 0
    if m is None or not _MINUTES_RANGE[0] <= n <= _MINUTES_RANGE[1]:
        return []
    delta = max(_AROUND_MIN, round(n * _AROUND_SHARE))
    return [Entity("duration", f"{n - delta}-{n + delta}", None, m.start(), m.end())]


def search_bound_cues(text: Optional[str], entities: Sequence[Entity], state: Constraints,
                      last_items: Sequence[Mapping[str, Any]]) -> list[Entity]:
    """The bounds a follow-up states without the words the extractor needs: a bare bound in the search's unit
    ("at least four") or a season count relative to the list shown ("fewer seasons pls"). One entry point for
    the planner and for the routing of mislabelled turns (``edits.carries_search_words``)."""
    found = bare_bound_cues(text, entities, state) or hedged_minutes_beside_comparative(text, entities)
    found += relative_season_cues(text, list(entities) + found, last_items, state)
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
    if (not text or not _series_only(state, last_items) or any(e.name == "seasons" for e in entities)
            or asks_for_films(entities)):
        return list(entities)
    out: list[Entity] = []
    for e in entities:
        word = text[e.start:e.end] if e.name == "duration" and e.start is not None and e.end is not None else ""
        m = _SIZE_WORD_RE.match(word.strip())
        if m:
            value = f"-{SHORT_SERIES_MAX_SEASONS}" if m["short"] else f"{LONG_SERIES_MIN_SEASONS}-"
            e = Entity("seasons", value, None, e.start, e.end)
        elif word and e.value not in ("shorter", "longer") and _VAGUE_NOT_LONG_RE.search(word) \
                and not _RUNTIME_WORD_RE.search(word):
            # "nothing super long", "not too long": a length said without a runtime is a short series here
            e = Entity("seasons", f"-{SHORT_SERIES_MAX_SEASONS}", None, e.start, e.end)
        out.append(e)
    return out


# A length turned down without a number or unit ("nothing super long", "not too long", "isn't that long").
_VAGUE_NOT_LONG_RE = re.compile(r"\b(?:not|nothing|no|isn't|isnt|aren't|arent|never|without)\b[\w\s'-]{0,30}?\blong\b",
                                re.IGNORECASE)
_RUNTIME_WORD_RE = re.compile(r"\d|\b(?:hours?|hrs?|minutes?|mins?|half|movie|film)\b", re.IGNORECASE)


def asks_for_films(entities: Sequence[Entity]) -> bool:
    """The message asks for films ("movies, and longer ones" after series): its "long" / "short" is a runtime then,
    never a season count, whatever the list shown was."""
    wanted = {e.value for e in entities if e.name == "media_type" and not e.excluded}
    return "movie" in wanted and "series" not in wanted


def _series_only(state: Constraints, last_items: Sequence[Mapping[str, Any]]) -> bool:
    """The search is for series only: it says so, or every title shown is one."""
    return list(state.media_type) == ["series"] or (bool(last_items) and all(i.get("type") == "series" for i in last_items))


def long_one_cues(text: Optional[str], entities: Sequence[Entity], state: Constraints,
                  last_items: Sequence[Mapping[str, Any]]) -> list[Entity]:
    """"A long one", "something long" of a series search: several seasons (the extractor reads no runtime there)."""
    long_one = _LONG_ONE_RE.search(text or "")
    if (not long_one or not _series_only(state, last_items) or asks_for_films(entities)
            or any(e.name in ("seasons", "duration") for e in entities)):
        return []
    return [Entity("seasons", f"{LONG_SERIES_MIN_SEASONS}-", None, long_one.start(), long_one.end())]


# -- "but short" after a list of feature films: shorter than it ----------------------------------------------------

_SHORT_WORD_RE = re.compile(r"^(?:short|quick|brief)$", re.IGNORECASE)
_SHORT_FILM_AFTER_RE = re.compile(r"\s*(?:films?|movies?|flicks?|ones?\s+of\s+\d)\b", re.IGNORECASE)
# SHORT_WORD_MINUTES (contract.constraints): what "short" alone asks for (contracts §5: quick → -30)


def short_as_shorter(text: Optional[str], entities: Sequence[Entity], last_items: Sequence[Mapping[str, Any]]
                     ) -> list[Entity]:
    """``entities`` with a bare "short" / "quick" read as "shorter" when it follows a list of feature films none of
    which is that short ("ok forget the year, any thriller but short" after 2-hour films): shorter than what was shown,
    as "shorter" is, never the under-half-an-hour of a short film that the catalog barely has. "Short films" names the
    format and stays; a list holding short titles keeps "short" as said."""
    minutes = [int(i["duration_minutes"]) for i in last_items
               if isinstance(i.get("duration_minutes"), (int, float)) and i["duration_minutes"] > 0]
    if not text or not minutes or min(minutes) <= 2 * SHORT_WORD_MINUTES:
        return list(entities)
    out: list[Entity] = []
    for e in entities:
        if (e.name == "duration" and not e.excluded and e.value == f"-{SHORT_WORD_MINUTES}"
                and e.start is not None and e.end is not None and _SHORT_WORD_RE.match(text[e.start:e.end].strip())
                and not _SHORT_FILM_AFTER_RE.match(text, e.end)):
            e = replace(e, value="shorter")
        out.append(e)
    return out


def shorter_by_being_films(entities: Sequence[Entity], last_items: Sequence[Mapping[str, Any]]) -> list[Entity]:
    """``entities`` without "shorter" when it is said with films after a list of mostly series ("something shorter,
    like a movie" after anime series): a film is the shorter thing; a bound from the one film among them would
    leave only shorts."""
    series = sum(1 for i in last_items if i.get("type") == "series")
    wants_films = any(e.name == "media_type" and e.value == "movie" and not e.excluded for e in entities)
    if not wants_films or 2 * series <= len(last_items):
        return list(entities)
    return [e for e in entities if not (e.name == "duration" and e.value == "shorter")]


# -- "<genre> is too much": that genre turned down ---------------------------------------------------------------------

# Said right after a genre: "horror is too much", "the romance was a bit too intense", "thrillers are not for me".
_TOO_MUCH_AFTER = re.compile(
    r"\s*(?:stuff|movies?|films?|shows?|series|ones|bits?|parts?|side)?\s*(?:is|was|are|were|'s|feels?|felt|gets?|got"
    r"|seems?|seemed)\s+(?:(?:a\s+bit|a\s+little|a\s+tad|way|just|honestly|really|kind\s+of|kinda|sort\s+of|bit|lil"
    r"|slightly|far|much|getting)\s+)*(?:too\s+(?:much|intense|heavy|dark|scary|gory|violent|creepy|graphic|sad|cheesy"
    r"|full[\s-]on|strong|disturbing|grim|bleak|depressing|spooky)|(?:not|never)\s+(?:really\s+)?(?:for\s+(?:me|us|her|him"
    r"|them)|my\s+thing|our\s+thing|my\s+cup\s+of\s+tea|doing\s+it))\b", re.IGNORECASE)


def turned_down_genres(text: Optional[str], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with a genre said to be too much ("make it a thriller, horror is too intense") turned down: the
    genre is excluded, and a mood the extractor read in the complaint's words ("intense") goes, since the complaint
    is about that genre, not a mood. A genre wanted beside it stays wanted."""
    if not text or text.startswith("/"):
        return list(entities)
    complaints: list[tuple[int, int]] = []
    for e in entities:
        if e.name == "genre" and not e.excluded and e.end is not None:
            m = _TOO_MUCH_AFTER.match(text, e.end)
            if m:
                complaints.append((e.start or 0, m.end()))
    if not complaints:
        return list(entities)
    out: list[Entity] = []
    for e in entities:
        inside = [(s, t) for s, t in complaints if e.start is not None and s <= e.start and e.end is not None
                  and e.end <= t]
        if e.name == "genre" and inside and e.start == inside[0][0]:
            out.append(Entity(e.name, e.value, EXCLUDE, e.start, inside[0][1]))
        elif e.name == "mood" and inside:
            continue  # "too intense" names no mood of its own here
        else:
            out.append(e)
    return out


# -- a bound on the other side narrows the range ------------------------------------------------------------------------

# Words that say the new bound replaces the range rather than narrowing it ("actually at least 90", "make it over 90",
# "at least 90 instead", "no, at least 90").
_REPLACING_RE = re.compile(r"\b(?:actually|instead|rather|make\s+it|change\s+(?:it|that)|switch|scratch\s+that"
                           r"|forget\s+(?:the|that))\b|^\W*(?:no|nah|nope)\b", re.IGNORECASE)
# The search's bounds each kind of range entity narrows (absolute years only: "recent" has no side to keep).
_RANGE_FIELDS = {"duration": ("min_minutes", "max_minutes"), "year": ("year_min", "year_max"),
                 "seasons": ("min_seasons", "max_seasons")}


def narrowed_bounds(text: Optional[str], entities: Sequence[Entity], state: Constraints) -> list[Entity]:
    """``entities`` with a one-sided bound that narrows the search's range made two-sided, the other side kept:
    "at least 90 min though" after "under 2 hours" is 90-120, "nothing before 1995" after the 90s is 1995-1999, "at
    least two" after "fewer than three seasons" is 2-2 (docs/contracts.md "Dialogue edit rules"). A bound said with
    a replacing word ("actually", "make it", "instead") replaces the range; so does one that would leave it empty
    (min > max), one that loosens the side it is on, and one beside another bound of its kind in the message."""
    if not text or text.startswith("/") or _REPLACING_RE.search(text):
        return list(entities)
    accepted = bool(_ACCEPTABLE_RE.search(text))
    out: list[Entity] = []
    for e in entities:
        said = [x for x in entities if x.name == e.name and not x.excluded]
        value = (_narrowed(e, state, widening=accepted)
                 if len(said) == 1 and e.name in _RANGE_FIELDS and not e.excluded else None)
        out.append(Entity(e.name, value, e.role, e.start, e.end) if value else e)
    return out


# A bound said acceptable ("sure, up to two hours would work", "ok, from 2005 is fine", "3 seasons max is ok"): it widens its side.
_ACCEPTABLE_RE = re.compile(
    r"\b(?:(?:is|are|'s|be|sounds?|seems?)\s+(?:fine|ok(?:ay)?|alright|all\s+right|good|acceptable|great|cool)"
    r"|(?:would|will|could|should)\s+(?:do|work)|(?:also\s+)?works|no\s+problem)\b"
    r"|^\W*(?:(?:eh|hm+|um+|well|and|so)\W+)*(?:fine|sure|ok(?:ay)?|alright|yeah|yes|yep)\b", re.IGNORECASE)


def _narrowed(e: Entity, state: Constraints, *, widening: bool = False) -> Optional[str]:
    """The two-sided value of one-sided bound ``e`` inside the search's range, or None (it replaces the range).
    ``widening``: the bound was said acceptable, so one past its side of a window moves that side and keeps the other
    ("between 80 and 100 minutes" → "sure, up to two hours would work": 80-120)."""
    if not re.fullmatch(r"\d+-|-\d+", e.value):
        return None
    low, high = (getattr(state, f) for f in _RANGE_FIELDS[e.name])
    if e.name == "year" and (state.recent_years or state.older_than_years):
        return None
    said_low, said_high = (int(v) if v else None for v in e.value.split("-"))
    if said_low is not None:
        if high is None or said_low > high or (low is not None and said_low <= low and not widening):
            return None
        return f"{said_low}-{high}"
    assert said_high is not None
    if low is None or said_high < low or (high is not None and said_high >= high and not widening):
        return None
    return f"{low}-{said_high}"
