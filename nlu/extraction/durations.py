"""Runtime constraints: "under 40 minutes", "around 2 hours", "between 90 and 120 minutes", "quick".

Values follow contracts §5: ``MIN-MAX`` in minutes with either side empty, or ``shorter``/``longer``
for a relative refinement of the previous turn. "Around X" means X ± 10 % of X, at least ± 5 min
(``around``): "around 2 hours" → ``108-132``; a bare runtime is up to it (``up_to``).
Negated comparators are spelled out here ("no longer than", "nothing under") so their span owns the
negation word; a bare negation in front of a duration is handled by the negation module via
``invert``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from contract.constraints import SHORT_WORD_MINUTES
from contract.habits import HABIT_ADVERB
from contract.words import APPROX_POST_PATTERN

from .numbers import NUMBER, VAGUE_NUMBER, WORD_NUMBER, parse_number
from .rules import COMPARATIVE_END, NOT_ANOTHER, Rules, invert_one_sided
from .spans import P_STRUCTURED, Found, Match

ENTITY = "duration"
RULES = Rules(ENTITY)

_H = r"(?:hours?|hrs?|h)"
_M = r"(?:minutes?|mins?|m)"
_END = r"(?![a-z])"
_NUM = rf"(?:{NUMBER}|{VAGUE_NUMBER})"
_CLOCK = rf"\d{{1,2}}:\d{{2}}(?:\s*{_H})?{_END}"

# Minutes said after the hours, with or without their unit: "an hour forty", "two hours and twenty minutes",
# "an hour and 40" (a bare number only when no other noun follows it: "an hour and two kids" is no runtime).
_MIN_WORD = r"(?:(?:twenty|thirty|forty|fifty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|fifteen|five)"
_NOT_NOUN = r"(?!\s*(?:years?|yrs?|kids?|episodes?|seasons?|people|of|and\s+(?:a\s+)?half)\b)"
_AFTER_HOURS = rf"(?:\d{{1,2}}|{_MIN_WORD})(?:\s*{_M}{_END}|{_END}{_NOT_NOUN})"
# One runtime, each way people write it (tried in this order): "an hour and a half", "two and a half
# hours", "half an hour", "1h30" / "2hrs", "2 hours 15 minutes", "an hour", "90 min".
QTY = "(?:" + "|".join((
    rf"(?:(?:an?|one)\s+|(?<![\w-]))hour\s+and\s+(?:(?:a\s+)?half|a\s+quarter){_END}",  # round 25d: "hour and a half tops"
    rf"(?:an?|one)\s+hour\s*,?\s*(?:and\s+)?{_AFTER_HOURS}",
    rf"{NUMBER}\s+and\s+(?:a\s+)?half\s+hours?{_END}",
    rf"{NUMBER}\s+hours?\s+and\s+(?:a\s+)?half{_END}",
    r"(?:half\s+an?\s+hour|(?:a\s+)?half[\s-]hour)" + _END,
    rf"{_NUM}\s*-?\s*(?:hrs?|h)(?:\s?\d{{1,2}}(?:\s*{_M})?)?{_END}",
    rf"{_NUM}\s*-?\s*hours?(?:\s*,?\s*(?:and\s+)?{_AFTER_HOURS})?{_END}",
    rf"an?\s+(?:hour|hr){_END}",
    rf"{NUMBER}\s*-?\s*{_M}{_END}",
)) + ")"
QTY_OR_CLOCK = rf"(?:{QTY}|{_CLOCK})"

_THAN = r"th[ae]n"  # "less then 2 hours": the common typo keeps its meaning
# "less of" / "more of" before a runtime is how some non-native viewers say "less than" / "more than".
# "more short than" / "less long than" are "shorter than" said with "more" / "less" (and the other way round).
_MAX_PRE = (rf"under|less\s+(?:{_THAN}|of)|shorter\s+{_THAN}|fewer\s+{_THAN}|(?:no|not|nothing)\s+(?:longer|more)\s+{_THAN}"
            rf"|more\s+(?:short|quick)\s+{_THAN}|less\s+(?:long|lengthy)\s+{_THAN}"
            rf"|(?:no|not|nothing)\s+more\s+(?:long|lengthy)\s+{_THAN}"
            r"|(?:not|nothing)\s+over|not\s+exceeding|at\s+most|max(?:imum)?(?:\s+of)?|max\.|up\s+to|within"
            r"|below|sub(?=\s*\d)|(?:only\s+)?(?:have|got)(?:\s+(?:about|around|like|maybe))?|<=?|≤"
            # "tops" before its number as after it ("a thriller tops 90 minutes" like "90 min tops")
            r"|tops"
            # round 25f: a limit said as a stretch ("we could stretch it to 50", "i can push to an hour") is the new
            # upper bound
            r"|(?:stretch|push)(?:\s+(?:it|that|this))?\s+(?:up\s+)?to")
_MIN_PRE = (rf"over|more\s+(?:{_THAN}|of)|longer\s+{_THAN}|at\s+least|min(?:imum)?(?:\s+of)?|above"
            rf"|(?<!not\s)(?<!nothing\s)(?<!no\s)more\s+(?:long|lengthy)\s+{_THAN}|less\s+(?:short|quick)\s+{_THAN}"
            rf"|(?:no|not)\s+(?:less|shorter)\s+{_THAN}|not\s+under|nothing\s+(?:under|shorter\s+{_THAN}|less\s+{_THAN})"
            r"|>=?|≥")
# A hedge between a bound and its number does not make the bound a window: "under like 90 minutes",
# "at most about 2 hours", "no more than roughly an hour" are upper bounds (the operator binds).
# Round 28D: the tilde and "abt" / "approx" typed short are hedges too ("battery lasts ~80 min" is -80, the hedge
# inside a ceiling's frame never turns it into a window around the number).
_HEDGE = r"(?:(?:like|about|abt|around|roughly|approximately|approx\.?|maybe|say|just|only|,|~|≈)\s*)*"
# "more or less 90 minutes" (round 36): a window, never "less" as a bound
_APPROX_PRE = r"around|about|roughly|approximately|approx\.?|circa|close\s+to|something\s+like|more\s+or\s+less|like|~"
# Postfix operators bind to the quantity just before them: "30 min max", "an hour, tops", "2 hours or
# less", "90 minutes and up". A hedge in front ("like 30 min max") or "or so" before the bound ("2 hours
# or so, max") does not make the bound a window: the span of duration-post covers them (longest wins).
_MAX_POST = (r"(?:or|and)\s+(?:less|under|shorter|fewer|below|lower)|max(?:imum)?\.?|tops"
             r"|at\s+(?:the\s+)?(?:very\s+)?most|or\s+shorter")
_MIN_POST = (r"(?:or|and)\s+(?:more|longer|over|above|higher|up)|plus|\+|at\s+(?:the\s+)?(?:very\s+)?least"
             r"|at\s+minimum|minimum")
_APPROX_POST = APPROX_POST_PATTERN
_PRE_HEDGE = r"(?:(?:like|about|around|roughly|approximately|approx\.?|maybe|say|just|only|~)\s*)*"

# Parsers for one quantity (what QTY matched).
_FLAGS = re.IGNORECASE
_HOUR_AND_P = re.compile(rf"(?:(?:an?|one)\s+)?hour\s*,?\s*(?:and\s+)?(?:(?P<half>(?:a\s+)?half)|(?P<quarter>a\s+quarter)"
                         rf"|(?P<m>\d{{1,2}}|{_MIN_WORD}))", _FLAGS)
_N_AND_HALF_P = re.compile(rf"(?P<n>{NUMBER})\s+and\s+(?:a\s+)?half", _FLAGS)
_N_HOURS_AND_HALF_P = re.compile(rf"(?P<n>{NUMBER})\s+hours?\s+and\s+(?:a\s+)?half", _FLAGS)
_HOURS_P = re.compile(rf"(?P<n>{_NUM})\s*-?\s*(?:hours?|hrs?|h)(?![a-z])(?:\s*,?\s*(?:and\s+)?(?P<m>\d{{1,2}}|{_MIN_WORD}))?", _FLAGS)
_MINUTES_P = re.compile(rf"(?P<n>{NUMBER})\s*-?\s*{_M}", _FLAGS)
_CLOCK_P = re.compile(r"(?P<h>\d{1,2}):(?P<m>\d{2})")
_HOURS_UNIT_RE = re.compile(r"\d\s*-?\s*(?:hours?|hrs?|h)(?![a-z])|\bhours?\b", re.IGNORECASE)

_HALF_AFTER_AND_RE = re.compile(r"\s*and\s+(?:a\s+)?half\b", re.IGNORECASE)
_AND_HALF_RE = re.compile(r"\band\s+(?:a\s+)?half\b")  # "two and a half", "an hour and half": the article may go
UNITLESS_MINUTES = (20, 300)  # "under 90" is minutes; "over 18", "before 2000" are not
SHORT_MAX = SHORT_WORD_MINUTES          # "quick" / "short" (contracts §5: quick → -30)
NOT_LONG_MAX = 120      # "not too long": nothing past a standard feature length


def parse_minutes(qty: str) -> int | None:
    """Minutes in one quantity expression, e.g. "1h30" → 90, "an hour and a half" → 90."""
    s = qty.strip().lower()
    if "half" in s and "hour" in s and not _AND_HALF_RE.search(s):
        return 30
    if (m := _HOUR_AND_P.match(s)) and (m["half"] or m["quarter"] or parse_number(m["m"]) is not None):
        return 90 if m["half"] else 75 if m["quarter"] else 60 + round(parse_number(m["m"]))
    if (m := _N_HOURS_AND_HALF_P.match(s)) and (n := parse_number(m["n"])) is not None:
        return round((n + 0.5) * 60)
    if (m := _N_AND_HALF_P.match(s)) and (n := parse_number(m["n"])) is not None:
        return round((n + 0.5) * 60)
    if m := _CLOCK_P.match(s):
        return int(m["h"]) * 60 + int(m["m"])
    if s.startswith(("an hour", "a hour", "an hr", "a hr")):
        return 60
    if (m := _HOURS_P.match(s)) and (n := parse_number(m["n"])) is not None:
        return round(n * 60) + round(parse_number(m["m"]) or 0 if m["m"] else 0)
    if (m := _MINUTES_P.match(s)) and (n := parse_number(m["n"])) is not None:
        return round(n)
    return None


# "About / around N" is N ± 10 % of it, at least ± 5 min ("around 90 min" → 81-99, "about an hour" → 54-66,
# "around 2 hours" → 108-132): a viewer who says "about" still means close to N, and a quarter hour either
# side of a 90-minute film let titles through the viewer would call too long.
_AROUND_SHARE = 0.10
_AROUND_MIN = 5


def _around_delta(minutes: int) -> int:
    """Half the width of the window around ``minutes`` (``around``; ``up_to`` takes twice it below)."""
    return max(_AROUND_MIN, round(minutes * _AROUND_SHARE))


def _window(lo: int, hi: int) -> str:
    """``lo-hi``, open below when the window would reach zero (no runtime is 0 minutes)."""
    return f"{lo}-{hi}" if lo > 0 else f"-{hi}"


def around(minutes: int) -> str:
    """An approximate runtime as a window: ± 10 % of it, at least ± 5 min ("about 90 min" → ``81-99``)."""
    delta = _around_delta(minutes)
    return _window(minutes - delta, minutes + delta)


def up_to(minutes: int) -> str:
    """A runtime said without a comparator ("a 30 min thing", "40 min on the treadmill", "a 2 hour movie") is the
    time the viewer has: nothing longer, and not much shorter either (twice the half-width of ``around``
    below it: "a 90-minute movie" → ``72-90``)."""
    return _window(minutes - 2 * _around_delta(minutes), minutes)


# Lower bounds that exclude the number itself: "longer than 2 hours" is past 120 ("at least 2 hours" is not).
_STRICT_MIN_RE = re.compile(rf"^(?:over|more\s+(?:(?:long|lengthy)\s+)?{_THAN}|longer\s+{_THAN}|above|>)$", re.IGNORECASE)


def _lower(minutes: int, operator: str) -> str:
    return f"{minutes + 1 if _STRICT_MIN_RE.match(operator.strip()) else minutes}-"


def invert(value: str) -> str | None:
    """Meaning under negation: "not under 90" → ``90-``; two-sided ranges cannot be inverted."""
    if value in ("shorter", "longer"):
        return "longer" if value == "shorter" else "shorter"
    return invert_one_sided(value, step=0)  # minutes: "not under 90" keeps 90 itself


def negated(text: str, f: Found) -> str | None:
    """``f``'s runtime under a negation said outside its span: a strict lower bound ("longer than 80" is ``81-``, one
    past the number said) turns round at the number ("no movies longer than 80 minutes" is ``-80``); any other
    one-sided bound as ``invert`` ("not a long film" is ``-120``)."""
    if _STRICT_MIN_AT_RE.match(text, f.start) and f.value.endswith("-") and f.value[:-1].isdigit():
        return invert_one_sided(f.value, step=1)
    if f.value == f"{LONG_MIN}-":  # "not a long film": no further than a standard feature length
        return f"-{NOT_LONG_MAX}"
    return invert(f.value)


# Size words that say a runtime only vaguely: "short", "quick", "a long movie", "not too long".
LONG_FILM_RULE = "duration-long-film"  # "a long movie" (``_long_film``)
VAGUE_RULES = frozenset({"duration-quick", LONG_FILM_RULE, "duration-not-long"})
_NUMERIC_RE = re.compile(r"\d")


def explicit_bounds_win(matches: list[Match]) -> list[Match]:
    """A runtime said with a number beats a size word in the same message: "just the short ones, under an hour"
    is ``-60``, not also "short"'s ``-30`` (the viewer said how short); "long movies over 2 hours" is ``121-``.
    The size word keeps its span (read, so no other rule takes it) but yields nothing; alone it is still read.
    A word relative to the list shown ("shorter, bed is in an hour") stays: the dialogue keeps the stricter of the
    bound said and shorter than the list."""
    matches = film_length_over_trip(matches)
    if not any(m.rule not in VAGUE_RULES and _numeric_duration(m) for m in matches):
        return matches
    long_film = any(m.rule == LONG_FILM_RULE and m.found for m in matches)
    return [replace(m, found=()) if m.rule in VAGUE_RULES and any(f.entity == ENTITY for f in m.found)
            else _long_below(m) if long_film else m for m in matches]


# A trip's length is the time there is ("duration-trip", "duration-trip-length"); a film's length said with a number is
# what the viewer asks of the title: a bound, a window or a bare runtime.
TRIP_RULES = frozenset({"duration-trip", "duration-trip-length"})
_FILM_LENGTH_RULES = frozenset({"duration-pre", "duration-post", "duration-range", "duration-two-bounds", "duration-plus",
                                "duration-unitless", "duration-unitless-post", "duration-bare"})


def film_length_over_trip(matches: list[Match]) -> list[Match]:
    """"a 14 hour flight tomorrow, a really long movie, 3 hours plus": the film's own length said with a number is the
    wish and the trip only the occasion, so the trip's ceiling yields nothing (its span stays read). Alone ("a movie
    for my 2 hour flight") the trip is still the ceiling."""
    if not any(m.rule in _FILM_LENGTH_RULES and _numeric_duration(m) for m in matches):
        return matches
    return [replace(m, found=()) if m.rule in TRIP_RULES and any(f.entity == ENTITY for f in m.found) else m
            for m in matches]


def _long_below(m: Match) -> Match:
    """"4 hours before the guests come, a long film": a ceiling the long film still fits under is the top of a window whose
    floor is the long film's (``140-240``); a ceiling at or below that floor is the time there is and wins alone."""
    found = tuple(f.with_value(f"{LONG_MIN}-{f.value[1:]}") if f.entity == ENTITY and f.value.startswith("-")
                  and f.value[1:].isdigit() and int(f.value[1:]) > LONG_MIN + 10 else f for f in m.found)
    return replace(m, found=found)


def _numeric_duration(m: Match) -> bool:
    """A duration with minutes in its value (a bound or a window), not "shorter" / "longer"."""
    return any(f.entity == ENTITY and _NUMERIC_RE.search(f.value) for f in m.found)


def find(text: str) -> list[Match]:
    """All duration readings of ``text``; overlaps are arbitrated later (longest wins). Time spent in a
    situation ("we spend an hour scrolling") claims its span with no entity, so no rule reads it."""
    return _past_one_title(text, _capped(text, _fitted(text, _shorter_than_a_strict_bound(text, RULES.find(text))))) + [
        Match(m.start(), m.end(), P_STRUCTURED, (), "duration-situation") for r in _SITUATION_RES for m in r.finditer(text)]


# Round 24d: a trip longer than any single title ("flying 14 hours", "a 9 hour drive", "red-eye to london, seven hours")
# is time for several titles or a series, no runtime of one: its length sets no bound (the span stays read, so no word
# of it reaches the query). A shorter trip keeps its ceiling ("a 90 minute flight" is ``-90``). In a message about
# travelling, any length past a title's that is not said of the title itself ("a 5 hour movie") is the trip's.
MAX_TITLE_MINUTES = 240
_TRAVEL_RE = re.compile(r"\b(?:fl(?:y|ying|ew|ights?)|red[\s-]?eyes?|layovers?|stopovers?|drive|driving|drove|road\s+trip"
                        r"|plane|airport|train|bus|ferry|journey|trip|commute|long[\s-]haul|overnight)\b", re.IGNORECASE)
_TITLE_AFTER_RE = re.compile(r"[\s-]*(?:long\s+)?(?:movies?|films?|flicks?|epics?|features?|documentar(?:y|ies)|docs?)\b",
                             re.IGNORECASE)
_MINUTES_IN_RE = re.compile(r"\d+")


def _past_one_title(text: str, matches: list[Match]) -> list[Match]:
    travel = None
    out = []
    for m in matches:
        if m.found and _numeric_duration(m) and max(int(n) for f in m.found if f.entity == ENTITY
                                                    for n in _MINUTES_IN_RE.findall(f.value)) > MAX_TITLE_MINUTES:
            if travel is None:
                travel = bool(_TRAVEL_RE.search(text))
            if (m.rule in TRIP_RULES or travel) and not _TITLE_AFTER_RE.match(text, m.end):
                m = replace(m, found=())
        out.append(m)
    return out


# A title that must fit into the time said ("the flight's about 2 hours, a movie that fits", "something to fit in 90
# minutes", "can we squeeze one in"): the time is a ceiling. Fitting takes the time: "fits in/into", "to fit", "fit it
# in", "squeeze in", or "fits" closing its clause ("what fits"). Not a title that fits a mood, a bill, an occasion or
# the family ("fitting for a rainy day", "something that fits the whole family").
_FIT_RE = re.compile(
    r"\b(?:fits?|fitting|squeez(?:e[sd]?|ing))(?:\s+(?:it|one|something|that|them|a\s+film|a\s+movie))?\s+(?:in|into|within)\b"
    r"|\bto\s+fit\b(?!\s+(?:the|my|our|your|this|that|a|an|for|with|everyone|everybody)\b)"
    r"|\b(?:fits?|fitting)(?=\s*(?:[,.!?;]|$))", re.IGNORECASE)
# Windows said as such ("between 90 and 120 minutes") stay what they say.
_SAID_WINDOWS = frozenset({"duration-range", "duration-two-bounds"})


def _fitted(text: str, matches: list[Match]) -> list[Match]:
    """In a message asking for a title that fits the time, a runtime window around the time said ("about 2 hours",
    ``108-132``; a bare "2 hours", ``96-120``) is a ceiling at that time (``-120``): the title must end within it.
    "About 2 hours" alone stays a window."""
    fits = bool(_FIT_RE.search(text))
    return [replace(m, found=tuple(_ceiling_of(m.rule, f) for f in m.found))
            if m.rule not in _SAID_WINDOWS and (fits or _waited_out(text, m)) else m for m in matches]


# Time the viewer is waiting out is the time there is, a ceiling like a trip's: "killing time at the gate for 90
# minutes", "stuck at the bus depot for about an hour", "sitting in the car park for about an hour" (the length later in the
# same clause, no punctuation between). Time already waited is no runtime at all (``_SITUATION_RES``: "I've been
# waiting for 2 hours" claims its span); a wait in another clause ("waiting for the new season, about 90 minutes")
# leaves the window said.
# "Stuck" is a wait only with its place ("stuck at the gate", "stuck in traffic", "stuck on the train"): "stuck choosing
# a movie" is a viewer undecided, and the length said there stays the window asked for.
_WAITING_RE = re.compile(r"\b(?<!\bbeen\s)(?:waiting|stuck(?=\s+(?:at|in|on)\b)|sitting\s+(?:around|in|at)|hanging\s+around|killing\s+time)\b", re.IGNORECASE)
_WAIT_REACH = 60
_CLAUSE_BREAK_RE = re.compile(r"[,.;!?]|\b(?:but|and\s+then)\b", re.IGNORECASE)


def _waited_out(text: str, m: Match) -> bool:
    """A wait word opens the clause that ``m``'s length ends: the length is the wait's."""
    lead = text[max(0, m.start - _WAIT_REACH):m.start]
    waits = list(_WAITING_RE.finditer(lead))
    return bool(waits) and not _CLAUSE_BREAK_RE.search(lead, waits[-1].end())


def _ceiling_of(rule: str, f: Found) -> Found:
    """``f``'s window as a ceiling at the time said: the top of a bare runtime's window, the middle of an
    approximate one."""
    lo, _, hi = f.value.partition("-")
    if f.entity != ENTITY or not (lo.isdigit() and hi.isdigit()):
        return f
    said = int(hi) if rule == "duration-bare" else (int(lo) + int(hi)) // 2
    return f.with_value(f"-{said}")


# An approximate length said beside a word that caps it is a ceiling, not a window (round 22k): "like an hour and a
# half, not longer" is ``-90``, "comedy, short, like 85 min" is ``-85``, "about 2 hours, no more" is ``-120``. The cue
# may stand anywhere in the message ("tops" / "max" right after the number are duration-post's own). "Not longer" then
# yields no relative "shorter" (its span stays read); "not short", "shorter than that" and windows said as such
# ("between 90 and 120") are no cue / stay.
_CAP_CUE_RE = re.compile(
    r"\b(?:(?:not|no|nothing|none)\s+(?:any\s+)?(?:longer|more)(?=\s*(?:[.,;!?]|$|(?:than\s+th(?:at|is)|please|pls|thanks?|tho|though)\b))"
    r"|tops|max(?:imum)?(?!\s*\d+\s*(?:seasons?|episodes?|eps?)\b)|at\s+(?:the\s+)?most"
    r"|(?<!\bmore\s)or\s+(?:less|shorter|under)|(?<!\bnot\s)(?<!\btoo\s)(?<!\bnot\stoo\s)(?<!\bnot\sa\s)(?:short|quick)(?!\s+(?:question|answer|while"
    r"|notice|of|on|film|films|story|stories|series|show|shows)\b)|(?:cant|can'?t|cannot)\s+go\s+(?:longer|over))\b",
    re.IGNORECASE)


def _capped(text: str, matches: list[Match]) -> list[Match]:
    """Approximate windows under a cap cue (``_CAP_CUE_RE``) become a ceiling at the time said; a relative "shorter"
    read off the cue itself ("not longer") then yields nothing."""
    cues = [c.span() for c in _CAP_CUE_RE.finditer(text)]
    if not cues:
        return matches
    out = []
    capped = False
    for m in matches:
        if m.rule not in _SAID_WINDOWS and m.rule not in VAGUE_RULES and _numeric_duration(m):
            found = tuple(_ceiling_of(m.rule, f) for f in m.found)
            capped = capped or found != m.found
            m = replace(m, found=found)
        out.append(m)
    if not capped:
        return out
    return [replace(m, found=()) if m.rule == "duration-relative" and any(a <= m.start < b for a, b in cues) else m
            for m in out]


# The strict lower bounds "over N", "more than N", "longer than N", "above N", "> N" (``_STRICT_MIN_RE``), at a match's start.
_STRICT_MIN_AT_RE = re.compile(rf"(?:over|more\s+{_THAN}|longer\s+{_THAN}|above|>)(?![a-z])", re.IGNORECASE)


def _shorter_than_a_strict_bound(text: str, matches: list[Match]) -> list[Match]:
    """"falls asleep during anything over 90 min, something shorter than that": "that" is the runtime said, N, not the
    first minute past it that the strict bound reads (``91-``); actions/constraints.py reads "shorter than that" against
    the lower end of the runtime said before it, so the strict bound it refers to is read at N (``90-``) and the
    viewer gets up to 90 minutes. Only the runtime right before the "shorter than that" (the nearest end) is meant;
    "longer than that" after "over 90" keeps ``91-`` (past 90 is what it asks)."""
    out = list(matches)
    for rel in (m for m in matches if m.rule == "duration-than-that" and m.found and m.found[0].value == "shorter"):
        before = [i for i, m in enumerate(out) if m.end <= rel.start and _numeric_duration(m)]
        if not before:
            continue
        nearest = max(out[i].end for i in before)
        for i in before:
            m = out[i]
            value = m.found[0].value
            if (m.end == nearest and value.endswith("-") and value[:-1].isdigit()
                    and _STRICT_MIN_AT_RE.match(text, m.start)):
                out[i] = replace(m, found=(m.found[0].with_value(f"{int(value[:-1]) - 1}-"), *m.found[1:]))
    return out


# Time a situation takes is not about the title: "we always end up scrolling for an hour", "I've been waiting
# for 2 hours", "we spent 40 minutes arguing", "we've argued about it for twenty minutes", "for the last hour". A length followed by a title noun ("an
# hour long movie") stays a runtime.
_PASTIME = (r"(?:(?:scroll|search|brows|argu|debat|decid|wait|flipp|fight|bicker|disagree|queue|queu|stand|sitt"
            r"|chatt|talk|swip|cook|clean|work|driv|study|studi|get\s+ready|choos|pick|hunt|look)(?:ing|ed)"
            r"|disagreed|fought|drove|sat|stood|got\s+ready)")  # "we've argued about it for twenty minutes"
_ELAPSED_HEDGE = r"(?:(?:like|about|around|almost|nearly|over|more\s+than|literally|at\s+least|a\s+good|already)\s+)*"
# Never start inside a run of hedge words ("about about about …"): the run is taken whole from its first word, which
# keeps a pattern opening on the hedge linear in the message's length.
_NOT_AFTER_HEDGE = "".join(rf"(?<!\b{w}\s)" for w in ("like", "about", "around", "almost", "nearly", "over", "than",
                                                       "literally", "least", "good", "already"))
_NOT_TITLE = r"(?![\s-]*(?:long|movies?|films?|flicks?|shows?|series|episodes?|documentar(?:y|ies)|specials?)\b)"
# "been …" before an elapsed length: a state or an activity ("been up", "been at work", "been on the road", "been
# travelling"), never a search ("been looking for something under 2 hours" has no length right after it).
_BEEN_DOING = (r"(?:up|awake|out|here|there|on\s+(?:the|my|our|a)\s+[a-z]+|at\s+(?:work|school|it|the\s+[a-z]+)"
               r"|in\s+(?:the\s+)?[a-z]+|[a-z]+ing(?:\s+(?:around|here|there|about|it|this|that|away))?)")
_TIRING = r"(?:(?:long|grueling|gruelling|exhausting|brutal|hard|tough|full|whole|busy)\s+)?"
_DAY_NOUN = (r"(?:shifts?|workdays?|work\s+days?|days?|doubles?|meetings?|exams?|lectures?|class(?:es)?|practices?"
             r"|trainings?|hikes?|runs?|surgery|surgeries|stints?)\b")
# What a day's hours go on ("9 hours of zoom calls", "6 hours of meetings"): work, travel, chores and care, no title.
_ORDEAL = (r"(?:zoom|teams|video|conference|work|calls?|meetings?|driving|traffic|school|homework|class(?:es)?|lectures?"
           r"|studying|revision|exams?|chores|cleaning|shopping|overtime|emails?|paperwork|admin|training|practice"
           r"|rehearsals?|travel(?:l?ing)?|flying|sleep|standing|babysitting|childcare|labou?r|coding|commuting"
           r"|screaming|crying|toddlers?|kids|customers|spreadsheets|shifts?|surgery|hiking|walking|queu(?:e|ing)s?)\b")
_HABITUAL_SUBJECT = r"(?:theyre|they|these|those|most(?:\s+of\s+(?:them|those|these))?|all\s+of\s+them|theirs|them\s+all)"
# A habit of the titles: the habit adverbs (contract/habits.py, their one home) or a share of them ("they're all 3 hrs").
_HABITUALLY = rf"(?:{HABIT_ADVERB}|mostly|all|basically)"
_SITUATION_RES = tuple(re.compile(p, _FLAGS) for p in (
    rf"\b{_PASTIME}(?:\s+(?:around|here|about\s+it|it|this|that|on\s+\w+|through\s+\w+|already))?\s+(?:for\s+)?{_ELAPSED_HEDGE}"
    rf"(?:the\s+(?:last|past)\s+)?{QTY}{_NOT_TITLE}",
    rf"\b(?:spen[dt]s?|spending|wast(?:e|es|ed|ing)|kill(?:s|ed|ing)?|lose|lost|losing|burn(?:s|ed|t|ing)?|blew|blow(?:n|ing)?)\s+{_ELAPSED_HEDGE}{QTY}"
    rf"(?:\s+(?:just\s+|already\s+)?{_PASTIME})",
    rf"\bfor\s+(?:the\s+(?:last|past)\s+){_ELAPSED_HEDGE}{QTY}{_NOT_TITLE}",
    rf"\bfor\s+{_ELAPSED_HEDGE}{QTY}\s+(?:already|now)\b",
    # how often something happens ("not picking a new one every 20 minutes", "the baby wakes every 40 minutes"): no runtime
    rf"\bevery\s+(?:single\s+)?{QTY}",
    # Time already behind the viewer: "we're 3 hours into a road trip", "two hours in and the kids are restless",
    # "we landed an hour ago", "I've been up for 20 hours", "been on the road 4 hours", "awake for 18 hours",
    # "after a 10 hour shift", "after a long 12-hour day", "after 9 hours at the office", "just pulled a 14 hour
    # double": it says how tired they are, nothing about the runtime ("for the next 2 hours", "3 hours left",
    # "a 3 hour drive ahead" are time ahead, still read).
    rf"{_NOT_AFTER_HEDGE}\b{_ELAPSED_HEDGE}{QTY}\s+(?:into\b|in(?=\s*(?:$|[,.!?;]|and\b|now\b|already\b|so\b|but\b))|ago\b)",
    rf"\bbeen\s+{_BEEN_DOING}\s+(?:for\s+)?{_ELAPSED_HEDGE}(?:the\s+(?:last|past)\s+)?{QTY}{_NOT_TITLE}",
    rf"\b(?:awake|on\s+my\s+feet)\s+(?:for\s+)?{_ELAPSED_HEDGE}{QTY}{_NOT_TITLE}",
    rf"\bafter\s+(?:(?:a|an|my|our|the|this|that|another|one)\s+{_TIRING}{_ELAPSED_HEDGE}{QTY}(?:[\s-]*long)?"
    rf"(?:[\s-]+[a-z]+)?|{_ELAPSED_HEDGE}{QTY}\s+(?:of|at|on|in)\b)",
    rf"\b(?:a|an|my|our|this|that|another)\s+{_TIRING}{QTY}(?:[\s-]*long)?[\s-]+{_DAY_NOUN}",
    # Hours of something the viewer went through, told as how worn out they are: "fried from 9 hours of zoom calls",
    # "after 6 hours of meetings", "10 hours of driving today" (the activity names it; "2 hours of pure action" and
    # "90 minutes of comedy" are what the title should hold and stay runtimes).
    rf"\bfrom\s+{_ELAPSED_HEDGE}{QTY}\s+of\b",
    rf"{_NOT_AFTER_HEDGE}\b{_ELAPSED_HEDGE}{QTY}\s+of\s+(?:(?:back[\s-]to[\s-]back|non[\s-]?stop|endless|straight)\s+)?"
    rf"{_ORDEAL}",
    # What titles of a kind usually run, said as a complaint about them: "indian movies under 2 hours, they're always
    # 3 hrs", "those epics are usually like 3 hours", "most of them run 2.5 hours". A habit of the titles, no wish.
    rf"\b{_HABITUAL_SUBJECT}(?:(?:\s+(?:are|r|re|run|last|go\s+on(?:\s+for)?)|['’]re)?\s+{_HABITUALLY}"
    rf"|\s+(?:run|last|go\s+on\s+for))(?:\s+(?:run|last|go\s+on(?:\s+for)?|are|over|like|about|around|at\s+least))*"
    rf"\s+{QTY}{_NOT_TITLE}",
    # the share said without an adverb: "i want less than 2 hrs, most are 3 hrs lol", "most of them run 150 minutes"
    rf"\bmost(?:\s+of\s+(?:them|those|these|the\s+\w+))?\s+(?:are|r|run|last)(?:\s+(?:like|about|around|over))*"
    rf"\s+{QTY}{_NOT_TITLE}",
))


# A limit said as what someone cannot do is an upper bound: "he can't sit through more than 70 minutes",
# "I can't do anything over two hours", "she won't last longer than an hour". The span owns the negation
# word, so negation.py does not invert it again.
_CANNOT = (r"(?:can'?t|cannot|can\s+not|could\s*n'?t|couldnt|could\s+not|won'?t|will\s+not|unable\s+to"
           r"|(?:not|never)\s+able\s+to|(?:is|are|am|'m|'re|'s)\s+not\s+going\s+to|isn'?t\s+going\s+to)")
# Not a limit: "I can't find anything over 2 hours", "she won't mind over two hours".
_CANNOT_GAP = r"(?:\s+(?!(?:but|and|or|so|if|because|find|found|see|seem|mind|care|believe)\b)[\w']+){0,5}?"


@RULES.rule("duration-cannot",
            rf"\b{_CANNOT}{_CANNOT_GAP}\s+(?:(?:any|much|a\s+lot)\s+)?(?:more\s+{_THAN}|longer\s+{_THAN}|over|past|beyond|above)"
            rf"\s*{_HEDGE}(?P<q>{QTY}|\d{{2,3}}(?=\s*(?:$|[.,;!?]|and|or|but|so)))")
def _cannot(m: re.Match[str]) -> str | None:
    """"she can't sit more than 80 min" → ``-80``; a bare number is minutes when it is a plausible runtime."""
    q = m["q"]
    minutes = int(q) if q.isdigit() else parse_minutes(q)
    if minutes is None or (q.isdigit() and not UNITLESS_MINUTES[0] <= minutes <= UNITLESS_MINUTES[1]):
        return None
    return f"-{minutes}"


# A length the viewer says they cannot do is past what they have: "i cant do 3 hrs tonight" is under 180 (``-179``);
# a ceiling said with it ("…, 2 and a half max") is the stricter and wins when the bounds combine.
@RULES.rule("duration-cannot-do",
            rf"\b{_CANNOT}\s+(?:do|manage|handle|sit\s+through|stay\s+up\s+for|face)\s+(?:a\s+)?{_PRE_HEDGE}(?P<q>{QTY})"
            r"(?!\s+(?:of|long\s+movies?|long\s+films?)\b)")
def _cannot_do(m: re.Match[str]) -> str | None:
    minutes = parse_minutes(m["q"])
    return f"-{minutes - 1}" if minutes and minutes > 1 else None


# Someone's capacity is an upper bound too: "he can only sit still for 70 minutes", "her attention span is about
# an hour", "she falls asleep after an hour", "gets bored after 45 minutes" (never a window around it); round 30C: the
# other ways of dropping off ("dozes off after an hour and a half", "nods off after 90 minutes") alike.
@RULES.rule("duration-capacity",
            r"\b(?:(?:can|could)\s+only(?:\s+(?!(?:but|and|or|so|if|because|find|see|watch)\b)[\w']+){0,4}?"
            r"|attention\s+span(?:\s+(?:is|of|lasts?))?(?:\s+(?:only|just|like|maybe))?"
            r"|(?:(?:falls?|fell|falling)\s+asleep|(?:drifts?|drifting|drifted|nods?|nodding|nodded|dozes?|dozing|dozed"
            r"|conks?|conked)\s+(?:off|out))\s+after|(?:gets?|getting|got)\s+(?:bored|restless|fidgety|antsy|sleepy|cranky)\s+after"
            r"|(?:loses?|losing|lost)\s+(?:interest|focus|attention)\s+after|(?:zones?|tunes?|checks?)\s+out\s+after)"
            rf"\s+(?:for\s+)?{_HEDGE}(?P<q>{QTY})")
def _capacity(m: re.Match[str]) -> str | None:
    minutes = parse_minutes(m["q"])
    return f"-{minutes}" if minutes else None


# Round 27D: a limit of the time there is is a ceiling, never a window around it. Someone who drops off or tunes out
# during titles past a length ("dozes off in anything longer than 90 minutes", "gets restless during films over two
# hours") wants titles within it (``-90``, never the strict lower bound "over N" reads alone); a device's battery or
# charge lasts a length ("the laptop battery lasts about 70 min", "an hour of charge left") is the time there is.
_DROPS_OFF = (r"(?:(?:falls?|fell|falling|drifts?|drifting|drifted|nods?|nodding|nodded|dozes?|dozing|dozed)\s+(?:asleep|off)"
              r"|(?:gets?|getting|got|goes|going|went)\s+(?:bored|restless|fidgety|antsy|sleepy|cranky|to\s+sleep)"
              r"|(?:loses?|losing|lost)\s+(?:interest|focus|attention)|(?:zones?|zoning|zoned|tunes?|tuning|tuned|checks?"
              r"|checking|checked)\s+out|(?:is|are|am|'m|'s|gets?)\s+asleep)")
_ANYTHING = (r"(?:anything|everything|stuff|things|something|movies?|films?|flicks?|shows?|episodes?|ones?|titles?"
             r"|(?:a|any|every)\s+(?:movie|film|show|title|one))")


@RULES.rule("duration-drops-off-past",
            rf"\b{_DROPS_OFF}(?:\s+(?:in|during|through|with|at|to|on|halfway\s+through|in\s+the\s+middle\s+of))?"
            rf"\s+{_ANYTHING}(?:\s+(?:that'?s|that\s+is|that\s+runs?|that\s+goes|which\s+is|running|lasting|going|at))?"
            rf"\s+(?:over|longer\s+{_THAN}|more\s+{_THAN}|past|beyond|above|>)\s*{_HEDGE}(?P<q>{QTY})")
@RULES.rule("duration-battery",
            r"\b(?:batter(?:y|ies)|charge)(?:\s+life)?(?:\s+(?:only|just|probably|maybe|usually|still|will|should|would|barely|"
            r"really|is|lasts?\s+like))*\s+(?:lasts?|lasting|has|holds|gives\s+(?:me|us)|(?:is\s+)?good\s+for|dies\s+(?:after|in)"
            rf"|runs?\s+out\s+(?:after|in)|(?:is\s+)?at|left)\s+(?:for\s+)?{_HEDGE}(?P<q>{QTY})"
            rf"|\b{_PRE_HEDGE}(?P<q2>{QTY})\s+(?:of\s+)?(?:batter(?:y|ies)|charge|juice)(?:\s+life)?(?:\s+left)?(?![a-z])")
def _time_there_is(m: re.Match[str]) -> str | None:
    """"the battery lasts about 70 min" → ``-70``; "gets restless during films over two hours" → ``-120``."""
    minutes = parse_minutes(m.groupdict().get("q2") or m["q"])
    return f"-{minutes}" if minutes else None


@RULES.rule("duration-range", rf"\b(?:between\s+|from\s+)?(?P<a>{QTY}|{NUMBER})\s*(?:and|to|-|–|or)\s*(?P<b>{QTY})")
def _range(m: re.Match[str]) -> str | None:
    """"between 90 and 120 minutes", "1-2 hours": a unitless first number takes the second's unit."""
    if m.group(0)[m.end("a") - m.start():m.start("b") - m.start()] == "-" and re.match(rf"(?:{_MIN_WORD})$", m["a"].split()[-1], _FLAGS):
        return None  # "an hour and thirty-five minutes": one spelt-out number, no range
    if re.search(r"\bhundred$", m["a"], _FLAGS) and re.match(rf"\s*and\s+(?!(?:a|one|two|three)\s+hundred){WORD_NUMBER}",
                                                             m.group(0)[m.end("a") - m.start():], _FLAGS):
        return None  # "one hundred and ten minutes": one spelt-out number, its tens joined by "and", no range
        # ("between one hundred and one hundred twenty minutes" is a range: another hundred follows the "and")
    if _HALF_AFTER_AND_RE.match(m.group(0), m.end("a") - m.start()):
        return None  # "a two and a half hour movie": one quantity, its half joined by "and", no range
    hi = parse_minutes(m["b"])
    lo = parse_minutes(m["a"])
    if lo is None and (n := parse_number(m["a"])) is not None:
        lo = round(n * 60) if _HOURS_UNIT_RE.search(m["b"]) else round(n)
    if lo is None or hi is None:
        return None
    lo, hi = sorted((lo, hi))
    return f"{lo}-{hi}"


# Round 34: a range of bare numbers said of the runtime ("longer than that, like 100 to 120", "the length, between 90
# and 110"): after a runtime word earlier in the clause (no digits between), or opened by "between", two plausible
# runtimes (UNITLESS_MINUTES) are minutes; the span takes the runtime word in, so "longer" alone is not read as well.
@RULES.rule("duration-unitless-range",
            r"\b(?:(?:(?:longer|shorter|long|length|runtime|running\s+time)\b[^.?!;\d]{0,24}?)(?:between\s+)?|between\s+)"
            r"(?P<lo>\d{2,3})\s*(?:to|-|–|and)\s*(?P<hi>\d{2,3})"
            r"(?=\s*(?:$|[.,;!?)]|(?:please|pls|ish|or\s+so|then|tops|max|maybe|would|is|works?)\b))")
def _unitless_range(m: re.Match[str]) -> str | None:
    """Two bare numbers of a runtime range, lower first, each a plausible runtime: minutes."""
    lo, hi = int(m["lo"]), int(m["hi"])
    if not (UNITLESS_MINUTES[0] <= lo < hi <= UNITLESS_MINUTES[1]):
        return None
    return f"{lo}-{hi}"


# Both bounds in one breath: "longer than 2 hours but under 2 and a half", "at least 90 min, at most two hours",
# "under 2 hours and over an hour and a half". A bound said without its unit takes the other one's ("… under 2
# and a half" after hours is hours; "over 90 but under 120 minutes" is minutes).
_BOUND_Q = rf"(?:{QTY}|{NUMBER}(?:\s+and\s+(?:a\s+)?half)?(?![\w.]))"


@RULES.rule("duration-two-bounds",
            rf"\b(?:(?P<max1>{_MAX_PRE})|(?P<min1>{_MIN_PRE}))\s*{_HEDGE}(?P<q1>{_BOUND_Q})\s*,?\s*(?:but|and|yet|though)?\s*"
            rf"(?:(?P<max2>{_MAX_PRE})|(?P<min2>{_MIN_PRE}))\s*{_HEDGE}(?P<q2>{_BOUND_Q})")
def _two_bounds(m: re.Match[str]) -> str | None:
    """A lower and an upper bound together are one window ("120-150"); two bounds of one side are not."""
    if bool(m["max1"]) == bool(m["max2"]):
        return None
    first, second = _bound_minutes(m["q1"], m["q2"]), _bound_minutes(m["q2"], m["q1"])
    if first is None or second is None:
        return None
    lo, hi = (second, first) if m["max1"] else (first, second)
    return f"{lo}-{hi}" if lo < hi else None


def _bound_minutes(q: str, other: str) -> int | None:
    """Minutes of one bound; a bare number ("2 and a half", "120") takes the unit of the other bound."""
    minutes = parse_minutes(q)
    if minutes is not None:
        return minutes
    half = re.fullmatch(rf"(?P<n>{NUMBER})\s+and\s+(?:a\s+)?half", q.strip(), _FLAGS)
    n = parse_number(half["n"] if half else q)
    if n is None:
        return None
    n += 0.5 if half else 0
    if _HOURS_UNIT_RE.search(other) or half:
        return round(n * 60) if n <= 6 else None
    return round(n) if UNITLESS_MINUTES[0] <= n <= UNITLESS_MINUTES[1] else None


@RULES.rule("duration-post",
            rf"(?:\b|(?=~)){_PRE_HEDGE}\b(?P<q>{QTY})\s*,?\s*(?:(?:{_APPROX_POST})\s*,?\s*(?=max|tops|or\s+less|at\s+(?:the\s+)?most))?"
            rf"(?:(?P<max>{_MAX_POST})|(?P<min>{_MIN_POST})|(?P<approx>{_APPROX_POST}))(?:{_END}|(?<=\+))"
            # round 24d: "every 20 minutes, at least 90 minutes": the operator before a length is that length's
            rf"(?!\s*{_PRE_HEDGE}(?:{QTY}|\d{{2,3}}(?![\w.])))")
@RULES.rule("duration-pre",  # registered first: stacked decorators apply bottom-up
            rf"(?:\b|(?=[~<>≤≥]))(?:(?P<max>{_MAX_PRE})|(?P<min>{_MIN_PRE})|(?P<approx>{_APPROX_PRE}))"
            rf"\s*{_HEDGE}(?P<q>{QTY_OR_CLOCK})"
            # an upper bound said twice, before and after its number ("up to 80 minutes max", "under 2 hours tops"): one
            # span, so the second operator never reaches the query
            rf"(?:(?<=\w)\s*,?\s*(?P<max_after>max(?:imum)?\.?|tops|at\s+(?:the\s+)?(?:very\s+)?most){_END}(?!\s*\d))?")
def _comparison(m: re.Match[str]) -> str | None:
    """"under 40 minutes", "2 hours tops", "about 45 minutes": a bound or an approximate window."""
    minutes = parse_minutes(m["q"])
    if minutes is None:
        return None
    if m["max"] or (m["approx"] and m.groupdict().get("max_after")):  # "about 90 minutes max": the bound binds
        return _upper(minutes, m["max"] or m["max_after"])
    return _lower(minutes, m["min"]) if m["min"] else around(minutes)


# An upper bound keeps its number, the sign "<" too: a terse typist's "<90m" is "under 90" (round 26b; round 18c read
# it strictly, at most 89, which the heading then echoed as "under 89 min" for a viewer who said 90).
def _upper(minutes: int, operator: str) -> str:
    return f"-{minutes}"


@RULES.rule("duration-unitless",  # a sign opens it after a space too ("quick thriller <50")
            rf"(?:\b|(?=[<>≤≥]))(?:(?P<max>{_MAX_PRE})|(?P<min>{_MIN_PRE})|(?P<approx>around|about|roughly|approximately))"
            rf"\s*{_HEDGE}(?P<n>\d{{2,3}}|{WORD_NUMBER})(?=\s*(?:$|[.,;!?)]|(?:please|pls|plz|long|ish|or\s+so|and|or|but|thanks?"
            r"|thx|tonight|today|max|tops|no|then|instead|maybe|ok|okay)\b))")  # "below a hundred and ten then": all of it
def _unitless(m: re.Match[str]) -> str | None:
    """"something under 90", "around 100 please": a bare number after a runtime comparator is minutes when
    it is a plausible runtime (UNITLESS_MINUTES) and nothing else follows it; also in words ("under one hundred and
    twenty"), and before a correcting "no" ("under 120 no 110 minutes": corrections.py reads the rest)."""
    n = int(parse_number(m["n"]) or 0)
    if not UNITLESS_MINUTES[0] <= n <= UNITLESS_MINUTES[1]:
        return None
    return _upper(n, m["max"]) if m["max"] else _lower(n, m["min"]) if m["min"] else around(n)


# Situations with a length: a trip or a break is the time the viewer has, so its length is an upper
# bound ("a train ride of about an hour" → ``-60``, "a 45 minute commute" → ``-45``, "my flight is 3
# hours" → ``-180``), never a window and never a keyword search. The span covers the trip words too.
_TRIP = (r"(?:(?:train|bus|subway|metro|tube|tram|ferry|plane|car|taxi|cab|uber|boat|coach|bike)\s+"
         r"(?:ride|journey|trip|commute)s?|commutes?|commuting|flights?|layovers?|(?:lunch|coffee|tea)\s+breaks?"
         # "wait" the interjection ("no wait, 90 minutes tops", "wait, under an hour") is no wait to pass (round 34)
         r"|journeys?|trips?|rides?|train|bus|plane|ferry|subway|metro|workouts?|(?<!\bno\s)wait(?!\s*[,.!?;:–—-])|drive"
         # round 24d: the travelling itself ("flying 14 hours", "driving 6 hours") and the night flight ("red-eye")
         r"|flying|driving|red[\s-]?eyes?)(?![a-z])")
# Words that may stand between a trip and its length ("my commute to work is about 40 minutes", "the
# flight to lisbon is 2 hrs": one destination word before the verb; "for the flight its about two hours": the trip as "it").
_TRIP_GAP = (r"(?:\s*(?:(?:to|from)\s+[a-z]+(?=\s+(?:is|takes?|lasts?|will|should)\b|\s*[,:;–—])|of|is|'s|it'?s|it’s|it|takes?|lasts?|lasting|taking|that|which|will|be|for|tomorrow|today|tonight"
             r"|home|to|from|work|school|each|way|usually|normally|probably|only|just|about|around|roughly"
             r"|approximately|like|maybe|is\s+like|,)(?![a-z]))*")


# "a 45 minute commute", "an hour-long flight", "40 minutes on the bus", "my 20 min break".
_TRIP_BEFORE = r"(?:\s+(?:on|in|during|of|my|the|a|this|our|each|way|long|train|bus|plane|car|lunch|coffee))*"


@RULES.rule("duration-trip-length",
            rf"\b(?P<q>{QTY})(?:[\s-]*long)?{_TRIP_BEFORE}\s+(?:{_TRIP}|breaks?(?![a-z]))")
@RULES.rule("duration-trip", rf"\b{_TRIP}{_TRIP_GAP}\s*(?P<q>{QTY})")
def _trip(m: re.Match[str]) -> str | None:
    """"a flight of about 3 hours", "an hour-long train ride": the length of a trip is an upper bound; after a comma
    too ("an overnight flight, about 2 hours": the time there is, a ceiling, round 22k; a film length said with a number,
    "a 14 hour flight, 3 hours plus", wins in ``film_length_over_trip``)."""
    minutes = parse_minutes(m["q"])
    return f"-{minutes}" if minutes else None


@RULES.rule("duration-left",
            rf"\b(?:(?P<q>{QTY})\s+(?:left|remaining|to\s+go)(?![a-z])"
            rf"|(?:it'?s|it’s|its|it\s+is|we'?re\s+at|we\s+are\s+at|(?:down|up)\s+to)\s+{_PRE_HEDGE}(?P<now>{QTY})\s+now\b)")
def _left(m: re.Match[str]) -> str | None:
    """"only 45 minutes left", "it's 50 minutes now" (after time lost choosing): what remains is the time the viewer
    has, an upper bound (never a window below it)."""
    minutes = parse_minutes(m["q"] or m["now"])
    return f"-{minutes}" if minutes else None


@RULES.rule("duration-until",
            rf"\b(?P<q>{QTY})\s+(?:left\s+)?(?:until|till|til|'til|before|to\s+kill|to\s+spare)(?![a-z])")
def _until(m: re.Match[str]) -> str | None:
    """"half an hour until dinner", "2 hours before the pizza comes", "an hour to kill": the time the viewer has
    before something else, an upper bound (never a window around it)."""
    minutes = parse_minutes(m["q"])
    return f"-{minutes}" if minutes else None


# Time from now until something else ("bed in an hour", "we leave in 2 hours", "something i can finish in 90 minutes"):
# the time the viewer has, an upper bound. Not the time a story covers ("a story that happens in 24 hours", "set in",
# "takes place in", "plays out in", "unfolds in", "covers").
_STORY_TIME = (r"(?<!\bhappens\s)(?<!\bhappening\s)(?<!\bhappened\s)(?<!\bhappen\s)(?<!\bset\s)(?<!\bplace\s)"
               r"(?<!\bunfolds\s)(?<!\bunfold\s)(?<!\bunfolded\s)(?<!\bunfolding\s)(?<!\btold\s)(?<!\bshot\s)"
               r"(?<!\bplays\sout\s)(?<!\bplay\sout\s)(?<!\bplayed\sout\s)(?<!\bplaying\sout\s)"
               r"(?<!\bcovers\s)(?<!\bcovered\s)(?<!\bcovering\s)(?<!\bcover\s)")


@RULES.rule("duration-deadline", rf"{_STORY_TIME}\bin\s+{_PRE_HEDGE}(?P<q>{QTY})(?!\s*(?:in|into|ago)\b)")
@RULES.rule("duration-from-now", rf"\b{_PRE_HEDGE}(?P<q>{QTY})\s+from\s+now\b")
@RULES.rule("duration-within-the-hour", r"\bwithin\s+the\s+(?P<hour>hour|hr)\b")
def _deadline(m: re.Match[str]) -> str | None:
    """"bed in an hour", "we leave in 2 hours", "an hour from now", "within the hour": what is left before it is an
    upper bound (never a window around it)."""
    minutes = 60 if m.groupdict().get("hour") else parse_minutes(m["q"])
    return f"-{minutes}" if minutes else None


@RULES.rule("duration-next",
            rf"\b(?:(?:for|in|during|over)\s+)?the\s+next\s+(?:(?P<q>{QTY})|(?P<hour>hour|hr)(?:\s+and\s+(?:a\s+)?(?P<half>half))?{_END})")
def _next(m: re.Match[str]) -> str | None:
    """"for the next 2 hours", "free for the next hour and a half": time ahead is the time the viewer has, an upper
    bound like "2 hours left" (never elapsed time, and "the next hour" needs no article before "hour")."""
    minutes = parse_minutes(m["q"]) if m["q"] else 90 if m["half"] else 60
    return f"-{minutes}" if minutes else None


LONG_MIN = 140  # "a long movie": well past a standard feature length (viewers mean 2 h 20 and more, not 2 h 01)


@RULES.rule(LONG_FILM_RULE,
            r"\b(?:long|lengthy|epic[\s-]+length)(?=[\s-]+(?:epic[\s-]+)?(?:movies?|films?|flicks?|features?)\b)"
            r"(?![\s-]+(?:movie|film)\s+nights?\b)")
def _long_film(m: re.Match[str]) -> str:
    """"a long movie for the flight": the span is "long" only, so the media noun is still read."""
    return f"{LONG_MIN}-"


@RULES.rule("duration-plus", rf"\b(?P<n>{NUMBER})\s*(?:\+|-?\s*plus\b)\s*-?\s*(?P<u>{_H}|{_M}){_END}")
def _plus(m: re.Match[str]) -> str | None:
    """"90+ minutes", "2+ hours", "90-plus minutes": "+" binds to the number just before it."""
    n = parse_number(m["n"])
    if n is None:
        return None
    factor = 60 if m["u"].lower().startswith("h") else 1
    return f"{round(n * factor)}-"


@RULES.rule("duration-unitless-post",
            rf"\b(?P<n>\d{{2,3}}|(?P<h>{NUMBER})\s+and\s+(?:a\s+)?half)\s*,?\s*(?:max(?:imum)?|tops|or\s+(?:less|under|shorter)|at\s+(?:the\s+)?(?:very\s+)?most)"
            r"(?![a-z])")
def _unitless_post(m: re.Match[str]) -> str | None:
    """"something 90 max", "120 or less": a postfix upper bound on a plausible runtime is minutes; "2 and a half max"
    (no unit) is hours."""
    if m["h"]:
        h = parse_number(m["h"])
        return f"-{round((h + 0.5) * 60)}" if h is not None and h <= 5 else None
    n = int(m["n"])
    return f"-{n}" if UNITLESS_MINUTES[0] <= n <= UNITLESS_MINUTES[1] else None


@RULES.rule("duration-bare", rf"\b(?P<q>{QTY})")
def _bare(m: re.Match[str]) -> str | None:
    """"a 30 minute thing": a runtime without a comparator is the time the viewer has (``up_to``)."""
    minutes = parse_minutes(m["q"])
    if minutes and _EPIC_AFTER_RE.match(m.string, m.end()):
        return around(minutes)
    return up_to(minutes) if minutes else None


# Round 27D: a length said of an epic or a saga ("a four hour epic", "a 3-hour-long saga") is how long the viewer wants
# it, not time they are short of: a window around it (``around``), never up to it and well below.
_EPIC_AFTER_RE = re.compile(r"[\s-]*(?:long[\s-]+)?(?:[a-z]+[\s-]+)?(?:epics?|sagas?)\b", re.IGNORECASE)


@RULES.rule("duration-not-long",
            r"\b(?:not|nothing|isn'?t|aren'?t|wasn'?t|won'?t\s+be|nothing\s+that'?s)\s+"
            r"(?:(?:too|very|that|so|overly|super|really|crazy|insanely|mega|ridiculously|massively)\s+)?long\b"
            r"(?!\s+(?:ago|as|than))")
def _not_long(m: re.Match[str]) -> str:
    return f"-{NOT_LONG_MAX}"


@RULES.rule("duration-quick", r"\b(?:quick|short)\b(?!\s+(?:question|answer|while|notice|of|on)\b)")
def _quick(m: re.Match[str]) -> str:
    return f"-{SHORT_MAX}"


# "less long", "not as long", "not so long this time": the comparative said the other way round; the span owns
# the negation word, so negation.py does not invert it again.
@RULES.rule("duration-relative-less",
            r"\b(?:less\s+(?P<long>long|lengthy)|(?:not|nothing)\s+(?:as|quite\s+as)\s+(?P<long2>long|lengthy)"
            r"|less\s+(?P<short>short)|(?:not|nothing)\s+(?:as|so|quite\s+as)\s+(?P<short2>short))\b(?!\s+ago)")
def _relative_less(m: re.Match[str]) -> str:
    return "shorter" if m["long"] or m["long2"] else "longer"


# A comparative built with "more" as some non-native viewers say it ("more short", "more long, i have all the night",
# "more quick please"): "shorter" / "longer" than the list shown (rules.COMPARATIVE_END says where it must stand).
@RULES.rule("duration-relative-more",
            rf"{NOT_ANOTHER}\bmore\s+(?:(?P<short>short|quick)|(?P<long>long|lengthy)){COMPARATIVE_END}")
def _relative_more(m: re.Match[str]) -> str:
    return "shorter" if m["short"] else "longer"


# Round 34: "ones that take less time", "something that takes less time to watch": shorter than the list shown.
@RULES.rule("duration-less-time", r"\b(?:take|takes|taking|took)\s+less\s+time\b|\bless\s+time\s+to\s+watch\b")
def _less_time(m: re.Match[str]) -> str:
    return "shorter"


@RULES.rule("duration-than-that", r"\b(?P<rel>shorter|longer)\s+than\s+(?:that|this)\b")
@RULES.rule("duration-relative", r"\b(?P<rel>shorter|longer)\b(?!\s+than)")
def _relative(m: re.Match[str]) -> str:
    """"shorter", "longer"; "shorter than that" refers to a runtime said before it in the same message
    (actions/constraints.py reads it against that runtime)."""
    return m["rel"].lower()
