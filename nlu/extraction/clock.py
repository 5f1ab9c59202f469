"""Time left said as two clock times: "sleeping at 9, it's 7:45" → a runtime of at most 75 minutes.

Viewers with a deadline give the time now and the time they must stop ("bed at 11, it's 9:30 now", "have to leave at
8:30 and it's 7"); the minutes between them are the runtime bound, as "I have 75 minutes" would be. One clock time alone
is no bound ("something for 9 pm", "it's 10pm and I can't sleep"), nor are two times that are not a now and a deadline.
Without am/pm the deadline is the next time that clock shows after now (12-hour clock): "sleep at 1, it's 11" is two
hours. A gap under ``MIN_GAP_MINUTES`` or over ``MAX_GAP_MINUTES`` is no evening plan and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Optional

from .durations import LONG_FILM_RULE
from .spans import P_STRUCTURED, Match, single

MIN_GAP_MINUTES = 15
MAX_GAP_MINUTES = 6 * 60

_F = re.IGNORECASE
_TIME = r"(?P<{p}h>1[0-2]|0?[1-9])(?:[:.](?P<{p}m>[0-5]\d))?(?:\s*(?P<{p}ap>[ap])\.?m\b\.?)?(?:\s*o'?clock)?"
_NOT_A_TIME = r"(?!\d|[:.]\d|\s*(?:min\w*|hours?|hrs?|h\b|seasons?|years?|yrs?|yo\b|y/o|episodes?|eps?\b|%|\+|kids|people))"
# The time now: "it's 7:45", "its like 9 now", "now it's 8", "currently 10pm".
_NOW_RE = re.compile(
    r"\b(?:it'?s|its|it\s+is|now\s+(?:it'?s|its)|currently|right\s+now\s+(?:it'?s|its))\s+"
    r"(?:(?:already|only|just|like|about|around|nearly|almost|past)\s+)*" + _TIME.format(p="n") + _NOT_A_TIME, _F)
# The time the viewer must stop: "sleeping at 9", "bed at 11pm", "have to leave at 8:30", "until 10", "up by 11".
_END_RE = re.compile(
    r"\b(?:sleep(?:ing)?|asleep|bed(?:time)?|lights\s+out|leav(?:e|ing)|(?:head(?:ing)?|go(?:ing)?)\s+(?:out|to\s+(?:bed|sleep|work))"
    r"|(?:start(?:s|ing)?\s+)?work|shift\s+starts|(?:have|got|need)\s+to\s+(?:go|leave|sleep|be\s+(?:up|out|in\s+bed))"
    r"|until|till|til|before)"
    r"\s+(?:(?:is|at|around|about|by|like)\s+)*" + _TIME.format(p="e") + _NOT_A_TIME, _F)


# A deadline on the next day: "at 10 tomorrow", "at 6 in the morning", "at 7 tmrw".
_NEXT_DAY_RE = re.compile(r"\s*(?:[,-]\s*)?(?:tomorrow|tmrw|tmr|tomorow|the\s+next\s+day|(?:in\s+the\s+)?morning)\b", _F)


def _minutes(hour: str, minute: Optional[str], ampm: Optional[str]) -> int:
    h = int(hour) % 12 + (12 if ampm and ampm.lower() == "p" else 0)
    return h * 60 + int(minute or 0)


def _gap(now: int, end: int, both_marked: bool) -> int:
    """Minutes from now to the deadline: the next time the deadline's clock shows (12-hour clock unless both are
    marked am/pm, then a 24-hour day)."""
    period = 24 * 60 if both_marked else 12 * 60
    return (end - now) % period


def find(text: str, runtimes: Sequence[Match] = ()) -> list[Match]:
    """A runtime bound on the deadline's span (and the time now claimed, so no other rule reads it: "it's like 6:15" is
    no runtime of six hours) when the message says both; nothing otherwise, nor when ``runtimes`` (the duration rules'
    readings) state a runtime elsewhere in the message ("under 2 hours" wins; "a long movie" is no runtime said)."""
    now = _NOW_RE.search(text)
    # "leave at 10 tomorrow morning": the night is not the limit
    ends = [e for e in _END_RE.finditer(text) if not _NEXT_DAY_RE.match(text, e.end())]
    if now is None or not ends:
        return []
    spans = (now.span(), *(e.span() for e in ends))
    # "a long movie" is a size word, no runtime said: the clock's bound stands, and the extractor makes it the top of
    # the long film's window (durations.explicit_bounds_win: "it's 7, leave at 10, a long movie" is 140-180)
    if any(f.entity == "duration" and m.rule != LONG_FILM_RULE and not any(m.start < b and a < m.end for a, b in spans)
           for m in runtimes for f in m.found):
        return []
    now_minutes = _minutes(now["nh"], now["nm"], now["nap"])
    gaps = [(_gap(now_minutes, _minutes(e["eh"], e["em"], e["eap"]), bool(now["nap"] and e["eap"])), e) for e in ends]
    gaps = [(gap, e) for gap, e in gaps if MIN_GAP_MINUTES <= gap <= MAX_GAP_MINUTES]
    if not gaps:
        return []
    # Several deadlines ("work starts at 11, it's 8 now, have to leave at 10"): the first one to come ends the
    # evening; the others are claimed with no reading, so no other rule takes their times.
    gap, end = min(gaps, key=lambda g: g[0])
    return [single("duration", end.start(), end.end(), f"-{gap}", P_STRUCTURED, "clock-deadline"),
            Match(now.start(), now.end(), P_STRUCTURED, (), "clock-now"),
            *(Match(e.start(), e.end(), P_STRUCTURED, (), "clock-later-deadline") for _, e in gaps if e is not end)]
