"""Release-year constraints: "90s", "after 2018", "before 1980", "recent", "last five years", "2015".

Values follow contracts §5: ``MIN-MAX`` release years with either side empty. "After 2018" is strict
(``2019-``), "since 2018" inclusive (``2018-``); relative phrases are computed from ``today`` so tests
and a long-running server agree. Two-digit decades mean the 1900s except "00s" and "10s"
(nobody asks for the 1900s/1910s by two digits).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable

from .numbers import NUMBER, VAGUE_NUMBER, parse_number
from .rules import Reader, Rules, invert_one_sided
from .spans import Match

ENTITY = "year"
RECENT_YEARS = 2        # contracts §5: recent → <today.year-2>-
RULES = Rules(ENTITY)

_WORD_DECADES = {"twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
                 "seventies": 1970, "eighties": 1980, "nineties": 1990, "noughties": 2000, "aughts": 2000}
_DECADE = (rf"(?:(?:early|mid|late)[\s-]*)?(?:(?:19|20)\d0'?s|'?\d0'?s|{'|'.join(_WORD_DECADES)})"
           r"(?![\w+])")
_YEAR = r"(?:19|20)\d{2}(?![\w'+:.]|\s*(?:min|minutes?|hours?|h\b|year\s*old))"
_TP = rf"(?:the\s+)?(?:{_DECADE}|{_YEAR})"


@dataclass(frozen=True)
class Context:
    """What the readers need besides the match: the date relative phrases count from, and whether a
    word after "new" is a media or genre word ("new comedies" is about release year, "New York" and
    "something new to me" are not)."""

    today: dt.date
    is_head_word: Callable[[str], bool]

    def plausible(self, token: str) -> tuple[int, int] | None:
        """``timepoint(token)`` if it starts between 1900 and next year, else ``None``."""
        tp = timepoint(token)
        return tp if tp is not None and 1900 <= tp[0] <= self.today.year + 1 else None


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
    return invert_one_sided(value, step=1)


def find(text: str, today: dt.date, is_head_word: Callable[[str], bool] = lambda w: False) -> list[Match]:
    """All year readings of ``text`` (``is_head_word``: see ``Context``)."""
    return RULES.find(text, Context(today, is_head_word))


def _timepoint(read: Callable[[re.Match[str], tuple[int, int]], str]) -> Reader:
    """Reader for a rule around one year or decade (group ``tp``): no reading unless it is plausible."""
    def reader(m: re.Match[str], ctx: Context) -> str | None:
        tp = ctx.plausible(m["tp"])
        return None if tp is None else read(m, tp)
    return reader


@RULES.rule("year-range",
            rf"\b(?:between\s+|from\s+)?(?P<a>{_TP})\s*(?:and|or|to|through|until|till|-|–)\s*(?P<b>{_TP})")
def _range(m: re.Match[str], ctx: Context) -> str | None:
    a, b = ctx.plausible(m["a"]), ctx.plausible(m["b"])
    return f"{a[0]}-{b[1]}" if a and b and a[0] <= b[1] else None


@RULES.rule("year-after",
            rf"\b(?P<cmp>after|since|newer\s+than|later\s+than|post-?|from)\s*(?P<tp>{_TP})"
            r"(?P<on>\s+(?:onwards?|on(?=\s*(?:$|[,.;!?]))|and\s+(?:later|newer|up|after)|or\s+(?:later|newer|after)))?")
@_timepoint
def _after(m: re.Match[str], tp: tuple[int, int]) -> str:
    """"after 2018" is strict (``2019-``), "since 2018" inclusive; a bare "from 2015" is that year."""
    cmp = m["cmp"].lower()
    return (f"{tp[0]}-{tp[1]}" if cmp == "from" and not m["on"] else
            f"{tp[0]}-" if cmp in ("since", "from") else f"{tp[1] + 1}-")


@RULES.rule("year-before",
            rf"\b(?P<cmp>before|prior\s+to|older\s+than|earlier\s+than|pre-?|until|till|up\s+to)\s*(?P<tp>{_TP})")
@_timepoint
def _before(m: re.Match[str], tp: tuple[int, int]) -> str:
    inclusive = m["cmp"].lower().split()[0] in ("until", "till", "up")
    return f"-{tp[1]}" if inclusive else f"-{tp[0] - 1}"


@RULES.rule("year-postfix",
            rf"(?P<tp>\b{_TP})\s*(?:(?P<later>\+|or\s+(?:later|newer|after)|and\s+(?:later|newer|up|after|onwards?)"
            r"|onwards?)|(?P<earlier>(?:or|and)\s+(?:earlier|older|before)))")
@_timepoint
def _postfix(m: re.Match[str], tp: tuple[int, int]) -> str:
    return f"{tp[0]}-" if m["later"] else f"-{tp[1]}"


@RULES.rule("year-bare", rf"(?<![\w#$£€-])(?<!my\s)(?<!our\s)(?<!their\s)(?<!his\s)(?<!her\s)(?<!your\s)(?P<tp>{_TP})")
@_timepoint
def _bare(m: re.Match[str], tp: tuple[int, int]) -> str:
    return f"{tp[0]}-{tp[1]}"


@RULES.rule("year-last-n",
            rf"\b(?:(?:in|from|within)\s+)?(?:the\s+)?(?:last|past)\s+(?P<n>{NUMBER}|{VAGUE_NUMBER})\s+years\b")
def _last_n(m: re.Match[str], ctx: Context) -> str | None:
    n = parse_number(m["n"])
    return f"{ctx.today.year - int(n)}-" if n is not None and 0 < n <= 100 else None


def _from_today(value: Callable[[int], str]) -> Reader:
    """A reader for phrases whose value depends only on today's year."""
    return lambda m, ctx: value(ctx.today.year)


RULES.add("year-decade", r"\b(?:(?:in|from|within)\s+)?(?:the\s+)?(?:last|past)\s+decade\b",
          _from_today(lambda y: f"{y - 10}-"))
RULES.add("year-this", r"\b(?:from\s+)?this\s+year(?:'s)?\b", _from_today(lambda y: f"{y}-{y}"))
RULES.add("year-last", r"\b(?:from\s+)?last\s+year(?:'s)?\b", _from_today(lambda y: f"{y - 1}-{y - 1}"))
RULES.add("year-past", r"\b(?:in\s+|from\s+)?the\s+(?:last|past)\s+year\b", _from_today(lambda y: f"{y - 1}-"))
RULES.add("year-recent", r"\b(?:recent(?:ly\s+released)?|recent\s+releases?|new\s+releases?|latest|newest|newer)\b",
          _from_today(lambda y: f"{y - RECENT_YEARS}-"))


@RULES.rule("year-new", r"\b(?:brand[\s-]+)?new\b(?=\s+(?P<next>[\w-]+))")
def _new(m: re.Match[str], ctx: Context) -> str | None:
    """"new comedies", but not "New York" or "something new to me"."""
    return f"{ctx.today.year - RECENT_YEARS}-" if ctx.is_head_word(m["next"].lower()) else None
