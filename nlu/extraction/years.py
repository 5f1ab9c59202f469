"""Release-year constraints: "90s", "after 2018", "before 1980", "recent", "last five years", "2015".

Values follow contracts §5: ``MIN-MAX`` release years with either side empty. "After 2018" is strict
(``2019-``), "since 2018" inclusive (``2018-``); relative phrases are computed from ``today`` so tests
and a long-running server agree. Two-digit decades mean the 1900s except "00s" and "10s"
(nobody asks for the 1900s/1910s by two digits).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable

from .numbers import NUMBER, VAGUE_NUMBER, parse_number
from .spans import P_STRUCTURED, Match, single

ENTITY = "year"
RECENT_YEARS = 2        # contracts §5: recent → <today.year-2>-

_WORD_DECADES = {"twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
                 "seventies": 1970, "eighties": 1980, "nineties": 1990, "noughties": 2000, "aughts": 2000}
_DECADE = (rf"(?:(?:early|mid|late)[\s-]*)?(?:(?:19|20)\d0'?s|'?\d0'?s|{'|'.join(_WORD_DECADES)})"
           r"(?![\w+])")
_YEAR = r"(?:19|20)\d{2}(?![\w'+:.]|\s*(?:min|minutes?|hours?|h\b|year\s*old))"
_TP = rf"(?:the\s+)?(?:{_DECADE}|{_YEAR})"
_F = re.IGNORECASE

_RANGE_RE = re.compile(rf"\b(?:between\s+|from\s+)?(?P<a>{_TP})\s*(?:and|or|to|through|until|till|-|–)\s*(?P<b>{_TP})", _F)
_AFTER_RE = re.compile(rf"\b(?P<cmp>after|since|newer\s+than|later\s+than|post-?|from)\s*(?P<tp>{_TP})"
                       r"(?P<on>\s+(?:onwards?|on(?=\s*(?:$|[,.;!?]))|and\s+(?:later|newer|up|after)|or\s+(?:later|newer|after)))?", _F)
_BEFORE_RE = re.compile(rf"\b(?P<cmp>before|prior\s+to|older\s+than|earlier\s+than|pre-?|until|till|up\s+to)\s*(?P<tp>{_TP})", _F)
_POST_RE = re.compile(rf"(?P<tp>\b{_TP})\s*(?:(?P<later>\+|or\s+(?:later|newer|after)|and\s+(?:later|newer|up|after|onwards?)"
                      r"|onwards?)|(?P<earlier>(?:or|and)\s+(?:earlier|older|before)))", _F)
_BARE_RE = re.compile(rf"(?<![\w#$£€-])(?<!my\s)(?<!our\s)(?<!their\s)(?<!his\s)(?<!her\s)(?<!your\s)(?P<tp>{_TP})", _F)
_LAST_N_RE = re.compile(rf"\b(?:(?:in|from|within)\s+)?(?:the\s+)?(?:last|past)\s+(?P<n>{NUMBER}|{VAGUE_NUMBER})\s+years\b", _F)
_LAST_DECADE_RE = re.compile(r"\b(?:(?:in|from|within)\s+)?(?:the\s+)?(?:last|past)\s+decade\b", _F)
_THIS_YEAR_RE = re.compile(r"\b(?:from\s+)?this\s+year(?:'s)?\b", _F)
_LAST_YEAR_RE = re.compile(r"\b(?:from\s+)?last\s+year(?:'s)?\b", _F)
_PAST_YEAR_RE = re.compile(r"\b(?:in\s+|from\s+)?the\s+(?:last|past)\s+year\b", _F)
_RECENT_RE = re.compile(r"\b(?:recent(?:ly\s+released)?|recent\s+releases?|new\s+releases?|latest|newest|newer)\b", _F)
_NEW_RE = re.compile(r"\b(?:brand[\s-]+)?new\b(?=\s+(?P<next>[\w-]+))", _F)


def decade_bounds(token: str) -> tuple[int, int] | None:
    """Years covered by a decade expression: "late 90s" → (1996, 1999), "1980s" → (1980, 1989)."""
    s = token.lower().replace("'", "").strip()
    part = ""
    if m := re.match(r"(early|mid|late)[\s-]*", s):
        part, s = m.group(1), s[m.end():]
    if s in _WORD_DECADES:
        start = _WORD_DECADES[s]
    elif m := re.fullmatch(r"(\d{2,4})s", s):
        digits = m.group(1)
        start = int(digits) if len(digits) == 4 else (2000 if digits in ("00", "10") else 1900) + int(digits)
    else:
        return None
    return {"early": (start, start + 3), "mid": (start + 3, start + 6), "late": (start + 6, start + 9)}.get(
        part, (start, start + 9))


def timepoint(token: str) -> tuple[int, int] | None:
    """(first, last) year of a year or decade expression, ignoring a leading "the"."""
    s = re.sub(r"^the\s+", "", token.strip(), flags=re.I)
    if re.fullmatch(r"(?:19|20)\d{2}", s):
        return int(s), int(s)
    return decade_bounds(s)


def invert(value: str) -> str | None:
    """Meaning under negation: "nothing before 2000" (``-1999``) → ``2000-``; ranges can't invert."""
    lo, _, hi = value.partition("-")
    if lo and not hi:
        return f"-{int(lo) - 1}"
    if hi and not lo:
        return f"{int(hi) + 1}-"
    return None


def find(text: str, today: dt.date, is_head_word: Callable[[str], bool] = lambda w: False) -> list[Match]:
    """All year readings of ``text``. ``is_head_word`` tells whether a word after "new" is a media or
    genre word ("new comedies" is about release year, "New York" and "something new to me" are not)."""
    limit = today.year + 1
    out = [*_absolute(text, limit), *_relative(text, today)]
    for m in _NEW_RE.finditer(text):
        if is_head_word(m["next"].lower()):
            out.append(_match(m.start(), m.end(), f"{today.year - RECENT_YEARS}-", "year-new"))
    return out


def _match(start: int, end: int, value: str, rule: str) -> Match:
    return single(ENTITY, start, end, value, P_STRUCTURED, rule)


def _plausible(bounds: tuple[int, int] | None, limit: int) -> bool:
    return bounds is not None and 1900 <= bounds[0] <= limit


def _absolute(text: str, limit: int) -> list[Match]:
    out = []
    for m in _RANGE_RE.finditer(text):
        a, b = timepoint(m["a"]), timepoint(m["b"])
        if _plausible(a, limit) and _plausible(b, limit) and a[0] <= b[1]:
            out.append(_match(m.start(), m.end(), f"{a[0]}-{b[1]}", "year-range"))
    for m in _AFTER_RE.finditer(text):
        tp = timepoint(m["tp"])
        if _plausible(tp, limit):
            cmp = m["cmp"].lower()
            value = (f"{tp[0]}-{tp[1]}" if cmp == "from" and not m["on"] else
                     f"{tp[0]}-" if cmp in ("since", "from") else f"{tp[1] + 1}-")
            out.append(_match(m.start(), m.end(), value, "year-after"))
    for m in _BEFORE_RE.finditer(text):
        tp = timepoint(m["tp"])
        if _plausible(tp, limit):
            inclusive = m["cmp"].lower().split()[0] in ("until", "till", "up")
            out.append(_match(m.start(), m.end(), f"-{tp[1]}" if inclusive else f"-{tp[0] - 1}", "year-before"))
    for m in _POST_RE.finditer(text):
        tp = timepoint(m["tp"])
        if _plausible(tp, limit):
            out.append(_match(m.start(), m.end(), f"{tp[0]}-" if m["later"] else f"-{tp[1]}", "year-postfix"))
    for m in _BARE_RE.finditer(text):
        tp = timepoint(m["tp"])
        if _plausible(tp, limit):
            out.append(_match(m.start(), m.end(), f"{tp[0]}-{tp[1]}", "year-bare"))
    return out


def _relative(text: str, today: dt.date) -> list[Match]:
    y = today.year
    out = []
    for m in _LAST_N_RE.finditer(text):
        n = parse_number(m["n"])
        if n is not None and 0 < n <= 100:
            out.append(_match(m.start(), m.end(), f"{y - int(n)}-", "year-last-n"))
    out += [_match(m.start(), m.end(), f"{y - 10}-", "year-decade") for m in _LAST_DECADE_RE.finditer(text)]
    out += [_match(m.start(), m.end(), f"{y}-{y}", "year-this") for m in _THIS_YEAR_RE.finditer(text)]
    out += [_match(m.start(), m.end(), f"{y - 1}-{y - 1}", "year-last") for m in _LAST_YEAR_RE.finditer(text)]
    out += [_match(m.start(), m.end(), f"{y - 1}-", "year-past") for m in _PAST_YEAR_RE.finditer(text)]
    out += [_match(m.start(), m.end(), f"{y - RECENT_YEARS}-", "year-recent") for m in _RECENT_RE.finditer(text)]
    return out
