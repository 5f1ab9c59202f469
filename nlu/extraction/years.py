"""Release-year constraints: "90s", "after 2018", "before 1980", "recent", "last five years", "2015", "older".

Values follow contracts §5: ``MIN-MAX`` release years with either side empty, or a symbolic value
relative to the *catalog* (never to today's date: a catalog is a snapshot, the bundled one ends in 2021),
which the recommender resolves against its newest release year ("Recency" in docs/contracts.md):
``recent`` ("recent", "new", "latest"), ``recent:N`` (the catalog's newest N years: "last five years",
"past decade", "this year" → ``recent:1``), ``old`` ("old", "oldies", "vintage": OLD_YEARS, a
generation before the newest title; "classic(s)" is ``old:31``, CLASSIC_YEARS), ``old:N``
(older than the newest N years; what a negated ``recent:N`` means) and the refinements ``newer`` /
``older`` (relative to the list just shown; the actions resolve them). "After 2018" is strict
(``2019-``), "since 2018" inclusive (``2018-``). Two-digit decades mean the 1900s except "00s" and "10s"
(nobody asks for the 1900s/1910s by two digits), also in a literal translation's word order ("the years 80", "from
the 80 years"). Years may be said aloud ("nineteen ninety five", "two
thousand and eight", "twenty twenty", "the year twenty nineteen": ``SPOKEN_YEAR``). "Black and white" is an era, not an age: released by
contract.constraints.BLACK_AND_WHITE_LAST_YEAR (``-1966``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Callable

from contract.constraints import (AFTER_LIST_ERA, AROUND_LIST_ERA, BEFORE_LIST_ERA, BLACK_AND_WHITE_LAST_YEAR,
                                  CLASSIC_YEARS, GENERATION_YEARS, LIST_ERA, LIST_ERA_VALUES, OLD_YEARS,
                                  RECENT_YEARS)
from contract.words import is_filler
from .life_story import LIFE_VERB_PATTERN
from .numbers import NUMBER, VAGUE_NUMBER, parse_number
from .rules import COMPARATIVE_END, NOT_ANOTHER, Reader, Rules, invert_one_sided
from .spans import Found, Match

ENTITY = "year"
RECENT = "recent"       # the catalog's newest RECENT_YEARS (contract.constraints) release years
OLD = "old"             # at least OLD_YEARS before the catalog's newest release year
CLASSIC = f"old:{CLASSIC_YEARS}"  # "classic(s)": more than 30 years before it (contract.constraints)
NEWER, OLDER = "newer", "older"   # relative to the list just shown
RULES = Rules(ENTITY)

_WORD_DECADES = {"twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
                 "seventies": 1970, "eighties": 1980, "nineties": 1990, "noughties": 2000, "aughts": 2000}
WORD_DECADES = _WORD_DECADES  # the decade words, also typo targets (typos.py)
# A decade said aloud with its century: "the nineteen nineties", "the two thousands", "the two thousand tens",
# "the twenty tens", "the twenty twenties" (spoken_decade()).
_SPOKEN_DECADE = (rf"(?:nineteen[\s-]+(?:{'|'.join(w for w in _WORD_DECADES if _WORD_DECADES[w] < 2000)})"
                  r"|two[\s-]+thousands|(?:two[\s-]+thousand(?:[\s-]+and)?|twenty)[\s-]+(?:tens|twenties))")
_DECADE = (rf"(?:(?:early|mid|late)[\s-]*)?(?:{_SPOKEN_DECADE}|(?:19|20)\d0'?s|'?\d0'?s|{'|'.join(_WORD_DECADES)})"
           r"(?![\w+])")
# A year said aloud, as smart-speaker transcripts and some typists write it: "nineteen ninety five",
# "nineteen oh five", "two thousand (and) eight", "twenty twenty", "twenty nineteen", "twenty twenty-one".
# After a century word the rest must read as a year's last two digits (a tens word, a teen, "oh N"), so
# "twenty five minutes" is never 2005; "the year" before it is part of the span.
_TEN_WORDS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_DIGIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_DECADE_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TWO_DIGITS = (rf"(?:(?:{_DECADE_WORDS})(?:[\s-]+(?:{_DIGIT_WORDS}))?|{_TEN_WORDS}|(?:oh|o)[\s-]+(?:{_DIGIT_WORDS}))")
SPOKEN_YEAR = (rf"(?:(?:nineteen|twenty)[\s-]+{_TWO_DIGITS}"
               rf"|two[\s-]+thousand(?:[\s-]+(?:and[\s-]+)?(?:{_TWO_DIGITS}|{_DIGIT_WORDS}))?)")
# "year" before it, with or without "the" ("before year two thousand", "after the year 2010"), is part of the span.
_YEAR = (rf"(?:(?:the\s+)?year\s+)?(?:(?:19|20)\d{{2}}|{SPOKEN_YEAR}(?![\s-]+(?:{_DIGIT_WORDS})\b))"
         r"(?![\w'+:]|\.\d|\s*(?:min|minutes?|hours?|h\b|year\s*old|years?\s+old|yo\b|y/o|seasons?|episodes?))")
_TP = rf"(?:the\s+)?(?:{_DECADE}|{_YEAR})"


@dataclass(frozen=True)
class Context:
    """What the readers need besides the match: today (only to tell a plausible year from a number), and whether a
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
    if (spoken := spoken_decade(s)) is not None:
        start = spoken
    elif s in _WORD_DECADES:
        start = _WORD_DECADES[s]
    elif m := re.fullmatch(r"(\d{2,4})s", s):
        digits = m.group(1)
        start = int(digits) if len(digits) == 4 else (2000 if digits in ("00", "10") else 1900) + int(digits)
    else:
        return None
    return {"early": (start, start + 3), "mid": (start + 3, start + 6), "late": (start + 6, start + 9)}.get(
        part, (start, start + 9))


def spoken_decade(text: str) -> int | None:
    """First year of a decade said with its century: "nineteen nineties" → 1990, "two thousands" → 2000,
    "two thousand tens" / "twenty tens" → 2010, "twenty twenties" → 2020; ``None`` otherwise."""
    words = [w for w in re.split(r"[\s-]+", text.strip().lower()) if w and w != "and"]
    if words == ["two", "thousands"]:
        return 2000
    if len(words) == 2 and words[0] == "nineteen" and _WORD_DECADES.get(words[1], 2000) < 2000:
        return _WORD_DECADES[words[1]]
    if words[:-1] in (["twenty"], ["two", "thousand"]) and words[-1] in ("tens", "twenties"):
        return 2010 if words[-1] == "tens" else 2020
    return None


def timepoint(token: str) -> tuple[int, int] | None:
    """(first, last) year of a year or decade expression, ignoring a leading "the"."""
    s = re.sub(r"^(?:the\s+)?(?:year\s+)?", "", token.strip(), flags=re.I)
    if re.fullmatch(r"(?:19|20)\d{2}", s):
        return int(s), int(s)
    if (year := spoken_year(s)) is not None:
        return year, year
    return decade_bounds(s)


def spoken_year(text: str) -> int | None:
    """"nineteen ninety five" → 1995, "two thousand and eight" → 2008, "twenty twenty" → 2020,
    "nineteen oh five" → 1905; ``None`` for anything else (``SPOKEN_YEAR`` says which words)."""
    words = [w for w in re.split(r"[\s-]+", text.strip().lower()) if w and w != "and"]
    if words[:2] == ["two", "thousand"]:
        rest = words[2:]
        century = 2000
    elif words and words[0] in ("nineteen", "twenty"):
        rest = words[1:]
        century = 1900 if words[0] == "nineteen" else 2000
    else:
        return None
    if not rest:
        return century if century == 2000 and words[:2] == ["two", "thousand"] else None
    if rest[0] in ("oh", "o"):
        rest = rest[1:]
        if len(rest) != 1:
            return None
    value = parse_number(" ".join(rest))
    return century + int(value) if value is not None and 0 <= value < 100 and value == int(value) else None


def invert(value: str) -> str | None:
    """Meaning under negation: "nothing before 2000" (``-1999``) → ``2000-``; ranges can't invert.
    Symbolic values flip to their complement: "nothing recent" → ``old:3``, "nothing old" → ``recent:20``,
    "not newer" → ``older``."""
    if value in (NEWER, OLDER):
        return OLDER if value == NEWER else NEWER
    if value in LIST_ERA_VALUES:  # "nothing from that era": ruled out as said, no opposite side to give
        return None
    kind, _, n = value.partition(":")
    if kind in (RECENT, OLD):
        # "nothing old", "no old stuff": of this generation (``GENERATION_YEARS``), not merely after the old era
        count = int(n) if n else (RECENT_YEARS if kind == RECENT else GENERATION_YEARS)
        return f"{OLD if kind == RECENT else RECENT}:{count}"
    return invert_one_sided(value, step=1)


def find(text: str, today: dt.date, is_head_word: Callable[[str], bool] = lambda w: False) -> list[Match]:
    """All year readings of ``text`` (``is_head_word``: see ``Context``)."""
    return _oldest_said(text, RULES.find(text, Context(today, is_head_word)))


_TURNED_DOWN_RE = re.compile(r"\b(?:not|no|never|without|nothing|none)\b|n't|n’t", re.IGNORECASE)


def _oldest_said(text: str, matches: list[Match]) -> list[Match]:
    """Several "old" words in one message ask for the oldest of them, on every span: "classics, the really old ones"
    is ``old:31`` (the classic band) on both words, never the plain ``old`` (``OLD_YEARS``) that would let titles of
    the last twenty years in. A message with one of them keeps it as said, and so does one that turns something down
    ("something old, not a classic": the negation decides which is wanted)."""
    if _TURNED_DOWN_RE.search(text):
        return matches
    def years_back(value: str) -> int | None:
        return OLD_YEARS if value == OLD else int(value[4:]) if value.startswith(OLD + ":") and value[4:].isdigit() else None
    said = [(f.value, n) for m in matches for f in m.found if f.entity == ENTITY and f.role is None
            and (n := years_back(f.value)) is not None]
    if len(said) < 2 or len({value for value, _ in said}) < 2:  # "old" beside "classic" (the same years): the band
        return matches
    oldest = f"{OLD}:{max(n for _, n in said)}"
    return [replace(m, found=tuple(f.with_value(oldest) if f.entity == ENTITY and f.role is None
                                   and years_back(f.value) is not None else f for f in m.found)) for m in matches]


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


# Round 27C: a hedge between a comparison and its year ("not older than like 2005", "nothing before around 2010",
# "after roughly 2015") keeps the bound: never the bare year alone beside a relative "newer".
_HEDGE = r"(?:(?:like|about|around|roughly|approximately|approx\.?|maybe|say|circa|ca\.)[\s,]+)?"


@RULES.rule("year-after",
            rf"\b(?P<cmp>after|since|newer\s+th[ae]n|later\s+th[ae]n|more\s+(?:new|recent)\s+th[ae]n|less\s+old\s+th[ae]n|post-?|from(?:\s+at\s+least)?|at\s+least)\s*(?:of\s+)?(?:(?<=[\s\w])(?<!\bfrom\s)(?<!\bfrom)(?<!post-)(?<!post){_HEDGE})?(?:the\s+years\s+(?=\d{{4}}\s+(?:on|onwards?|and\s+(?:later|newer|up|after)|or\s+(?:later|newer|after))\b))?"
            rf"(?P<tp>{_TP})"
            r"(?P<on>\s+(?:onwards?|on(?=\s*(?:$|[,.;!?]|\b(?:please|pls|plz|thanks|thx|then|only|ok|okay|if)\b))|and\s+(?:later|newer|up|after)|or\s+(?:later|newer|after)))?")
@_timepoint
def _after(m: re.Match[str], tp: tuple[int, int]) -> str:
    """"after 2018" is strict (``2019-``), "since 2018" inclusive; a bare "from 2015" is that year."""
    cmp = " ".join(m["cmp"].lower().split())
    return (f"{tp[0]}-{tp[1]}" if cmp == "from" and not m["on"] else
            f"{tp[0]}-" if cmp in ("since", "from", "at least", "from at least") else f"{tp[1] + 1}-")


@RULES.rule("year-before",
            rf"\b(?P<cmp>before|prior\s+to|older\s+th[ae]n|earlier\s+th[ae]n|more\s+old\s+th[ae]n|less\s+(?:new|recent)\s+th[ae]n|pre-?|until|till|up\s+to)\s*(?:of\s+)?(?:(?<!pre-)(?<!pre){_HEDGE})?(?P<tp>{_TP})")
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


# "2018+", "1990s+": a year or decade with "+" typed right after it is a floor, as "2018 and up" is (the year
# patterns refuse a "+" after them, so "2018+" is never the bare year 2018 alone).
@RULES.rule("year-plus", r"(?<![\w#$£€+-])(?P<tp>(?:19|20)\d{2}|(?:19|20)\d0'?s)\+(?![\w+])")
@_timepoint
def _plus(m: re.Match[str], tp: tuple[int, int]) -> str:
    return f"{tp[0]}-"


@RULES.rule("year-bare", rf"(?<![\w#$£€-])(?<!\bmy\s)(?<!\bour\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\byour\s)(?P<tp>{_TP})")
def _bare(m: re.Match[str], ctx: Context) -> str | None:
    """A year or decade alone. "two thousand" alone before a word that names no kind is a count, no year ("two
    thousand reasons to laugh", "two thousand miles from home"); "year two thousand", "two thousand comedies" and
    "something from two thousand, please" stay the year."""
    tp = ctx.plausible(m["tp"])
    if tp is None:
        return None
    if _COUNT_NOT_YEAR.fullmatch(m["tp"]) and (nxt := _NEXT_WORD.match(m.string, m.end())):
        word = nxt["w"].lower()
        if not (ctx.is_head_word(word) or is_filler(word) or word in _OLD_PRONOUN_HEADS or word in _YEAR_TAIL_WORDS):
            return None
    return f"{tp[0]}-{tp[1]}"


_COUNT_NOT_YEAR = re.compile(r"(?:the\s+)?two[\s-]+thousand", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+(?P<w>[a-z][\w'-]*)", re.IGNORECASE)
# Words after a bare year that still leave it a year ("from two thousand or so", "two thousand and later").
_YEAR_TAIL_WORDS = frozenset({"or", "and", "to", "through", "till", "until", "onwards", "onward", "on", "ish", "era",
                              "vibes", "vibe", "style", "type", "kind", "sort", "titles", "releases", "stuff", "ones"})


@RULES.rule("year-last-n",
            rf"\b(?:(?:in|from|within)\s+)?(?:the\s+)?(?:last|past)\s+(?P<n>{NUMBER}|{VAGUE_NUMBER})"
            rf"(?:\s*(?:or|-|–|to)\s*(?P<n2>{NUMBER}))?(?:\s+or\s+so)?\s+years\b")
def _last_n(m: re.Match[str], ctx: Context) -> str | None:
    """"last five years": back five years from the catalog's newest release year, that year counted too (``recent:6``:
    2016-2021 on a catalog ending in 2021), as "the last couple of years" reaches 2019 there. "The last two or three
    years", "the past 2-3 years": the wider of the two, so nothing the viewer allowed is left out."""
    if re.fullmatch(VAGUE_NUMBER, m["n"], re.IGNORECASE):
        return RECENT  # "the last few / couple of years": the catalog's recent years, as "recent" is
    numbers = [parse_number(x) for x in (m["n"], m["n2"]) if x]
    if any(n is None for n in numbers):
        return None
    n = max(numbers)
    return f"{RECENT}:{int(n) + 1}" if n is not None and 0 < n <= 100 else None


# A decade in a literal translation's word order: "films of the years 80", "the years 90", "from the 70 years". A
# number of years that is a span or an age is not: "80 years old", "for 80 years", "the 80 years since the war".
_NO_UNIT_AFTER = r"(?!\s*(?:min|mins|minutes?|h|hrs?|hours?|episodes?|eps|seasons?|years?|percent)\b)"
_YEAR_AFTER_DECADE = r"(?!\s+(?:old|ago|of|since|later|before|after|long|to|in|at|that)\b)"


# The decade may be said in words ("the years eighty", "from the years sixty to seventy"), and "years" may open the
# clause with no article ("years 90, something funny").
# "the years 2000" / "the years 1990" is the decade too, as a translation says it (never "the years 2000 to 2005").
_DECADE_NUMBER = r"(?:(?:19|20)\d0|\d0|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"


def _decade_digits(said: str) -> str:
    """"80" or "eighty" → "80"."""
    return said if said.isdigit() else str(int(parse_number(said.lower())))


@RULES.rule("year-decade-translated",
            rf"(?:\b(?:(?:of|from|in)\s+(?:the\s+)?|the\s+)|(?:^|(?<=[,.;!?:(]))\s*)years\s+(?P<d>{_DECADE_NUMBER})"
            rf"(?:\s*(?:and|or|to|-|–)\s*(?P<e>{_DECADE_NUMBER}))?"
            rf"\b(?![\w'’%:.]|[\s-]+(?:{_DIGIT_WORDS})\b|\s*(?:and|or|to|through|till|until|-|–)\s*\d"
            r"|\s+(?:on|onwards?|and\s+(?:after|later|up|newer|beyond)|or\s+(?:later|after|newer))\b)"
            rf"{_NO_UNIT_AFTER}"
            rf"|\b(?:of|from|in)\s+the\s+(?P<d2>\d0)\s+years\b{_YEAR_AFTER_DECADE}")
def _decade_translated(m: re.Match[str], ctx: Context) -> str | None:
    """The decade of two digits, as "the 80s" reads ("00" and "10" the 2000s and 2010s); "the years 80 and 90"
    spans both."""
    first = ctx.plausible(f"{_decade_digits(m['d'] or m['d2'])}s")
    last = ctx.plausible(f"{_decade_digits(m['e'])}s") if m["e"] else first
    return None if first is None or last is None or last[1] < first[0] else f"{first[0]}-{last[1]}"


# "the years <X>" after a comparison word (round 21d): a four-digit year is that year, so "after the years 2000" is
# 2001 on (the decade reading of "the years 2000" alone would make it 2000-2009); two digits or a tens word are the
# decade ("after the years 90" is 2000 on, "before the years eighty" up to 1979). "From the years 2000" with no "on"
# stays the decade (``_decade_translated``), and a range ("after the years 2000 and before 2010") reads on its own.
@RULES.rule("year-compared-years",
            r"\b(?P<cmp>after|since|later\s+th[ae]n|newer\s+th[ae]n|before|prior\s+to|older\s+th[ae]n|earlier\s+th[ae]n"
            r"|until|till|up\s+to)\s+(?:of\s+)?the\s+years\s+"
            rf"(?P<d>(?:19|20)\d{{2}}|{_DECADE_NUMBER})\b(?![\w'’%:.]|[\s-]+(?:{_DIGIT_WORDS})\b){_NO_UNIT_AFTER}")
def _compared_years(m: re.Match[str], ctx: Context) -> str | None:
    """"after the years 2000" → ``2001-``, "since the years 2000" → ``2000-``, "before the years 90" → ``-1989``."""
    said = m["d"]
    tp = ctx.plausible(said if re.fullmatch(r"(?:19|20)\d{2}", said) else f"{_decade_digits(said)}s")
    if tp is None:
        return None
    cmp = m["cmp"].lower().split()[0]
    if cmp in ("after", "later", "newer"):
        return f"{tp[1] + 1}-"
    if cmp == "since":
        return f"{tp[0]}-"
    return f"-{tp[1]}" if cmp in ("until", "till", "up") else f"-{tp[0] - 1}"


# The era of the list just shown, said back (round 21d): "same era", "from that decade", "something from before then",
# "after those years", "from around that time" (contract.constraints ``LIST_ERA_VALUES``; the actions resolve them
# against the list's years). "At the same time" and "before that" alone (a title, an event) are none.
_THEN = r"(?:then|that\s+(?:decade|era|time|period)|those\s+(?:years|decades|days|times))"
RULES.add("year-list-era-before", rf"\b(?:from\s+)?(?:before|prior\s+to|earlier\s+than)\s+{_THEN}\b",
          lambda m, ctx: BEFORE_LIST_ERA)
RULES.add("year-list-era-after", rf"\b(?:from\s+)?(?:after|later\s+than|since)\s+{_THEN}\b(?!\s+on\b)",
          lambda m, ctx: AFTER_LIST_ERA)
RULES.add("year-list-era-around", rf"\b(?:from\s+|of\s+)?(?:around|roughly|close\s+to)\s+{_THEN}\b",
          lambda m, ctx: AROUND_LIST_ERA)
RULES.add("year-list-era", r"\b(?:(?:from|of|in)\s+)?(?:the\s+)?same\s+(?:era|decade|period|time\s+period|years)\b"
          r"|\b(?:from|of)\s+(?:that\s+(?:decade|era|period)|those\s+(?:years|decades)|then)\b(?!\s+on\b)",
          lambda m, ctx: LIST_ERA)


def _constant(value: str) -> Reader:
    """A reader for phrases whose value is fixed (resolved against the catalog downstream)."""
    return lambda m, ctx: value


# "the last years", "from the past years", "over the last years" with no number: the catalog's recent years, as "the
# last few years" is (never "the last years of the war": a story's time, not a release year).
RULES.add("year-last-years", r"\b(?:(?:(?:in|from|within|of|over|during)\s+)(?:the\s+|these\s+)?|(?:the|these)\s+)"
          r"(?:last|past)\s+years\b(?!\s+(?:of|in|at|before|when|since)\b|['’])", _constant(RECENT))
# "new" said as a clause of its own after a list ("new, please", "just new", "only new now"): the recent years, as "new
# ones" is. "Something new" / "anything new" stay unread (new to the viewer, not a release year), and so does "new"
# before any other word ("new york", "new to me": ``_new``).
RULES.add("year-new-alone", r"(?:^|(?<=[,.;!?:]))\s*(?:(?:ok(?:ay)?|hm+|and|but|just|only|maybe)\s+)*(?:brand[\s-]+)?new"
          r"(?:\s+(?:only|please|pls|plz|now|then|thanks|thx))*\s*(?=$|[,.;!?])", _constant(RECENT))
# "new ones" as a clause of its own after the kind ("anime film, new ones", "comedies - only the new ones please"): the
# recent years (round 22m). Inside a clause ("the new ones from pixar", "new ones to me") it is left to other readings.
RULES.add("year-new-ones", r"(?:^|(?<=[,.;!?:–—-])|(?<=[,.;!?:–—-]\s)|(?<=[,.;!?:–—-]\s\s))(?:(?:ok(?:ay)?|and|but|just|only|maybe|preferably|ideally|the|some)\s+)*"
          r"(?:brand[\s-]+)?new\s+(?:ones|stuff|titles|releases)(?:\s+(?:only|please|pls|plz|now|then|thanks|thx))*"
          r"\s*(?=$|[,.;!?])", _constant(RECENT))
RULES.add("year-decade", r"\b(?:(?:in|from|within)\s+)?(?:the\s+)?(?:last|past)\s+decade\b", _constant(f"{RECENT}:10"))
# The verb of release before it is part of the phrase ("a thriller that came out last year"): no topic word "came".
_CAME_OUT = r"(?:came|come|comes|coming)\s+out"
_RELEASED = rf"(?:{_CAME_OUT}\s+|(?:released|made|aired)\s+)?"
RULES.add("year-this", rf"\b{_RELEASED}(?:from\s+|in\s+)?this\s+year(?:'s)?\b", _constant(f"{RECENT}:1"))
RULES.add("year-last", rf"\b{_RELEASED}(?:from\s+|in\s+)?last\s+year(?:'s)?\b", _constant(f"{RECENT}:2"))
RULES.add("year-past", r"\b(?:in\s+|from\s+)?the\s+(?:last|past)\s+year\b", _constant(f"{RECENT}:2"))
# chat's "-ish" hedge ("newish", "recent-ish", "newer-ish") is still the recent bound, the same catalog-relative years
RULES.add("year-recent", r"\b(?:new(?:er)?[\s-]?ish|recent[\s-]?ish|(?:most\s+)?recent(?:ly\s+(?:released|made))?|recent\s+releases?"
          r"|new\s+releases?|latest|newest|brand[\s-]+new\s+releases?)\b(?!\s+than)", _constant(RECENT))
# how new said with a verb of release: "shows that came out recently", "ones released lately" (not "we recently
# watched X": a viewing, no release)
RULES.add("year-recent-verb", rf"\b{_CAME_OUT}\s+(?:recently|lately)\b"
          r"|\b(?:released|made)\s+(?:recently|lately)\b", _constant(RECENT))
# "no too old" is how some viewers say "not too old" (no "no old" alone: that is a negation of "old", negation.py)
RULES.add("year-not-old", r"\b(?:(?:not|nothing|none|isn't|aren't|nt)\s+(?:too\s+|very\s+|that\s+|so\s+|super\s+)?"
          r"|no\s+(?:too|very|that|so|super)\s+)old\b"
          r"(?!\s+(?:enough|for|to))", _constant(f"{RECENT}:10"))
# "not so new", "nothing too new", "not that new please": past the catalog's recent years (the complement of ``recent``,
# as ``invert`` makes it), never the generation-old ``old``. "Not new to me" / "not new york" name no age.
RULES.add("year-not-new", r"\b(?:(?:not|nothing|none|isn't|aren't)\s+(?:too|so|that|very|super)\s+|no\s+(?:too|so|that)\s+)new\b"
          r"(?!\s+(?:to|york|jersey|zealand|orleans|mexico|delhi|england|girl|amsterdam|year)\b)", _constant(f"{OLD}:{RECENT_YEARS}"))
# "Black and white" films: an era (contract.constraints.BLACK_AND_WHITE_LAST_YEAR), an absolute upper bound.
RULES.add("year-black-and-white", r"\b(?:(?:in\s+)?black[\s-]*(?:and|&|n'?|-)[\s-]*white|b\s*&\s*w|b/w)(?![\w&/])",
          _constant(f"-{BLACK_AND_WHITE_LAST_YEAR}"))
# A century said as the time of release (formal and older viewers, round 20j): "from the last century", "a picture of
# the previous century", "twentieth-century films", "last century's films" are up to 1999; "this century", "from the
# twenty-first century" are from 2000 (round 21f: the popular reading, the year 2000 the first of this century, not
# the calendar's, which made "the last century" include 2000). The century must be said as the time ("from / of / in
# the ...", "the last / previous century", or before a film word), so a title with the word ("20th century women",
# "20th century fox") is no bound.
_CENTURY_NOT_TIME = r"(?![\s-]+(?:women|woman|fox|studios?|boys?|girls?|man|men)\b)"
_CENTURY_FILM_WORDS = r"(?:films?|movies?|pictures?|flicks?|classics|cinema|shows?|series|ones|stuff|titles)"
_TWENTIETH = r"(?:twentieth|20th|20th-)"
_TWENTY_FIRST = r"(?:twenty[\s-]*first|21st)"
LAST_CENTURY_END = 1999  # the popular century: "the 20th century" is the 1900s, "this century" starts in 2000
# "anything 20th century", "the twentieth century please": the century said last in its clause is the time too (not
# after "about" / "on": "a film about the 20th century" is a subject)
_CENTURY_ENDS_CLAUSE = r"(?=\s*(?:[.,;:!?]|$|\s+(?:please|pls|plz|only|if\b|thanks|for\b|with\b)))"
_NOT_A_SUBJECT = r"(?<!\babout\s)(?<!\babout\sthe\s)(?<!\bon\s)(?<!\bon\sthe\s)"
RULES.add("year-last-century",
          rf"\b(?:(?:from|in|of|during|within)\s+)?(?:the\s+)?(?:last|previous|past)\s+century\b{_CENTURY_NOT_TIME}"
          rf"|\b(?:from|in|of|during|within)\s+the\s+{_TWENTIETH}[\s-]*century\b{_CENTURY_NOT_TIME}"
          rf"|\b{_TWENTIETH}[\s-]*century(?=[\s-]+{_CENTURY_FILM_WORDS}\b)"
          rf"|{_NOT_A_SUBJECT}\b(?:the\s+)?{_TWENTIETH}[\s-]*century\b{_CENTURY_ENDS_CLAUSE}", _constant(f"-{LAST_CENTURY_END}"))
RULES.add("year-this-century",
          rf"\b(?:(?:from|in|of|during|within)\s+)?this\s+century\b(?:['’]s)?"
          rf"|\b(?:from|in|of|during|within)\s+the\s+{_TWENTY_FIRST}[\s-]*century\b{_CENTURY_NOT_TIME}"
          rf"|\b{_TWENTY_FIRST}[\s-]*century(?=[\s-]+{_CENTURY_FILM_WORDS}\b)"
          rf"|{_NOT_A_SUBJECT}\b(?:the\s+)?{_TWENTY_FIRST}[\s-]*century\b{_CENTURY_ENDS_CLAUSE}",
          _constant(f"{LAST_CENTURY_END + 1}-"))
# The old years said of the past as a time ("a movie from the old days", "something like the good old days", "a film
# from back in the day", "the old time movies"): a wish for old titles only after "from" / "of" / "like", so a story
# about the past ("in the old days we watched westerns", "back in the day i loved horror") says nothing.
RULES.add("year-old-days", r"\b(?:from|of|like(?:\s+in)?|as\s+in)\s+(?:(?:the|those)\s+)?(?:good\s+)?(?:old(?:en)?\s+days"
          r"|old\s+times|back\s+in\s+the\s+day|back\s+then|yesteryear|yesteryears)\b", _constant(OLD))
RULES.add("year-old-time", r"\bold[\s-]?tim(?:e|ey|y)(?=\s+(?:movies?|films?|flicks?|shows?|series|tv|classics|stuff"
          r"|westerns?|musicals?|comed(?:y|ies)|cartoons|romance|mysteries|mystery|ones)\b)", _constant(OLD))
# Formal and older viewers' words for an older kind of film (round 19c): "old-fashioned" / "the old-fashioned kind",
# "the traditional sort" ask for the classic years (contract.constraints.CLASSIC_YEARS, as "classic"); "not too
# modern", "nothing modern" ask for old ones (OLD_YEARS), the opposite of "not too old". ("old-fashioned values" in a
# story is rare enough in a request to read as the wish.)
# "good old-fashioned" praises a style ("a good old-fashioned slasher", "good old fashioned fun"), no decade: no years.
RULES.add("year-old-fashioned", r"(?<!\bgood\s)(?<!\bgood-)\bold[\s-]?fashioned\b|\bof\s+the\s+old\s+sort\b",
          _constant(CLASSIC))


@RULES.rule("year-not-modern", r"\b(?:(?:not|nothing|none|isn't|aren't)\s+(?P<degree>(?:too|very|that|so|overly)\s+)?"
            r"|no\s+(?P<degree2>(?:too|very|that|so|overly)\s+)|nothing\s+too\s+)modern\b(?=(?:\s+(?P<next>[\w'-]+))?)")
def _not_modern(m: re.Match[str], ctx: Context) -> str | None:
    """"not too modern", "nothing modern", "not modern films": the old years. Bare "not modern" right before a word
    that names no kind is part of a name ("not modern family, something else", "not modern love again"): nothing."""
    nxt = (m["next"] or "").lower()
    if m["degree"] or m["degree2"] or not nxt:
        return OLD
    if nxt in _AFTER_MODERN_IN_NAMES:
        return None
    return OLD if ctx.is_head_word(nxt) or nxt in _MODERN_KIND_NOUNS or is_filler(nxt) else None


# Words after "modern" that still say old or new of a kind ("nothing modern ones", "not modern stuff").
_MODERN_KIND_NOUNS = frozenset({"ones", "one", "stuff", "titles", "picks", "please", "pls", "though", "tho"})
# Words after "modern" that make a name, though some also name a kind ("Modern Family", "Modern Love", "Modern Times").
_AFTER_MODERN_IN_NAMES = frozenset({"family", "love", "times", "warfare", "art", "life", "world"})
RULES.add("year-oldies", r"\b(?:oldies|golden[\s-]+oldies|old[\s-]+school\s+(?:classics|stuff))\b", _constant(OLD))


# "old school horror", "old-school action movies", "something old school", "a western, old-school": the catalog-relative
# old years, and "school" is no topic (the span takes it). A school that is a place is not: "my old school", "the old
# school building" (no head word after it, a determiner before it).
@RULES.rule("year-old-school", r"(?<![\w-])old[\s-]*school(?:ish)?\b(?=\s+(?P<next>[\w-]+)|\s*(?P<end>$|[.,!?;)]))")
def _old_school(m: re.Match[str], ctx: Context) -> str | None:
    """"old school" before a genre or media word, or ending a clause after no determiner: the old years."""
    if m["next"] is not None:  # "old school kung fu movies": a media noun a word or two on names the kind too
        nxt = m["next"].lower()
        return OLD if (ctx.is_head_word(nxt) or nxt in _OLD_SCHOOL_NOUNS
                       or (nxt not in _SCHOOL_COMPOUNDS and _MEDIA_SOON.match(m.string, m.end()))) else None
    return None if _DETERMINER_BEFORE.search(m.string, 0, m.start()) else OLD


_OLD_SCHOOL_NOUNS = frozenset({"ones", "one", "vibe", "vibes", "feel", "style", "titles", "picks", "tv", "cartoons"})
# Nouns "school" forms a compound with: "an old school teacher movie", "my old school friends film" are a school's, not
# the old years, even with a media noun two words on.
_SCHOOL_COMPOUNDS = frozenset({"teacher", "teachers", "principal", "friend", "friends", "mate", "mates", "bully",
                               "bullies", "bus", "buses", "reunion", "reunions", "play", "plays", "trip", "trips", "days",
                               "year", "years", "building", "gym", "yard", "shooting", "dance", "prom", "uniform",
                               "uniforms", "kids", "girl", "girls", "boy", "boys", "class", "classmates", "project",
                               "sweetheart", "crush", "rivalry", "sports", "team", "band", "musical", "photo", "photos"})
_MEDIA_SOON = re.compile(r"(?:\s+[\w-]+){1,2}\s+(?:movies?|films?|flicks?|shows?|series|tv|cartoons)\b", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:my|our|his|her|their|your|the|an?|this|that)\s+$", re.IGNORECASE)

# Comparatives: relative to the list just shown (the actions know its years). Words about the people watching
# are not a title's age ("my older kids", "the older three", "her older one is 9", "the older of the twins"):
# no reading before a person noun, a number word, "one" said of a person, or a subject's verb ("the older
# ones want action"), nor after a possessive ("our older", "the kids' older") unless a work word follows
# ("her older films"). "older than 2000" is the longer year-before reading; "older ones", "older stuff",
# "something older", "an older one" and "older films" stay the refinement.
_PERSON = (r"kids?|kiddos?|child(?:ren)?|brothers?|bro|sisters?|sis|siblings?|sons?|daughters?|teens?|teenagers?"
           r"|viewers?|audiences?|people|folks|crowd|relatives|parents|generations?|adults?|ones\s+in|man|men|woman"
           r"|women|guys?|lady|ladies|cousins?|boys?|girls?|nephews?|nieces?|grand(?:kids?|child(?:ren)?|sons?"
           r"|daughters?)|step(?:kids?|sons?|daughters?)|twins?|pair|duo|trio|lot|bunch|group|gang|crew|half"
           r"|members?|friends?|mates?|mum|mom|dad|family|couple")
_COUNT_WORD = r"(?:two|three|four|five|six|both|\d+)"
_SUBJECT_VERB = (r"(?:want|wants|wanna|need|needs|prefer|prefers|enjoy|enjoys|hate|hates|get|gets|can|can't|cant"
                 r"|won't|will|would|are\s+(?:\d|teens?|adults?|grown|old\s+enough)|is\s+\d|'s\s+\d|['’]re\s+\d)")
_NOT_A_TITLE_AGE = (rf"\s+(?:than\s+(?:\d|the\s+\d|'?\d)|{_PERSON}|{_COUNT_WORD}|ones?\s+{_SUBJECT_VERB}"
                    rf"|of\s+(?:the\s+|my\s+|our\s+|your\s+|his\s+|her\s+|their\s+)?(?:{_COUNT_WORD}|{_PERSON}|them|us))\b")
_POSSESSIVE_BEFORE = re.compile(r"(?:\b(?:my|our|his|her|their|your|ur|the)\s+(?:(?:two|three|both)\s+)?"
                                r"|\w['’]s\s+|\ws['’]\s+)(?:and\s+)?$", re.IGNORECASE)
_WORK_AFTER = re.compile(r"\s+(?:stuff|films?|movies?|flicks?|shows?|series|work|titles?|classics|picks?|seasons?"
                         r"|episodes?|releases?|catalog(?:ue)?)\b", re.IGNORECASE)


@RULES.rule("year-comparative",
            rf"\b(?P<cmp>newer|more\s+recent(?:ly)?|older|less\s+recent(?:ly)?)\b"
            rf"(?!{_NOT_A_TITLE_AGE}|\s+(?:and|or|&)\s+(?:younger|older|newer)\b)")
def _comparative(m: re.Match[str], ctx: Context) -> str | None:
    """"newer", "more recent", "anything from more recently?": relative to the list shown."""
    before = m.string[:m.start()]
    people = _POSSESSIVE_BEFORE.search(before)
    if people and (not people.group(0).lower().startswith("the") or re.match(r"\s+one\b", m.string[m.end():], re.I)):
        # "my older", "the kids' older", "the older one": people, unless their work follows ("her older films")
        if not _WORK_AFTER.match(m.string, m.end()):
            return None
    return NEWER if m["cmp"].lower().startswith(("newer", "more")) else OLDER


# "more old, please", "more new", "less old" as some non-native viewers say "older" / "newer": relative to the list shown
# (rules.COMPARATIVE_END: "more old movies" is more of the old kind, read by "year-old").
@RULES.rule("year-comparative-more",
            rf"{NOT_ANOTHER}\b(?P<cmp>more|less)\s+(?P<adj>old|new|recent|modern|ancient){COMPARATIVE_END}")
def _comparative_more(m: re.Match[str], ctx: Context) -> str:
    newer = (m["adj"].lower() != "old" and m["adj"].lower() != "ancient")
    return NEWER if newer == (m["cmp"].lower() == "more") else OLDER


@RULES.rule("year-old", r"\b(?P<w>(?:good\s+)?old|vintage|retro|classic|classics)\b(?=\s+(?P<next>[\w-]+)|\s*(?P<end>$|[.,!?;]))")
def _old(m: re.Match[str], ctx: Context) -> str | None:
    """"old movies", "classic horror", "vintage sci-fi", "some classics": a head word must follow, except
    for "classics" itself; "cult classics" stays the cult genre (the lexicon's longer reading)."""
    word = m["w"].lower()
    before = m.string[max(0, m.start() - 5):m.start()].lower()
    if before.endswith(("cult ", "cult-")):
        return None
    value = CLASSIC if word.startswith("classic") else OLD
    if word == "classics":
        return value
    return value if m["next"] and (ctx.is_head_word(m["next"].lower()) or m["next"].lower() in _OLD_PRONOUN_HEADS) else None


# "old ones", "old stuff": the old years said of the kind already being searched; "an old western", "old westerns":
# a kind the lexicon reads as a topic (contract.vocabulary.TOPIC_GENRES), no head word, but an old title all the same.
_OLD_PRONOUN_HEADS = frozenset({"ones", "stuff", "western", "westerns"})


# An era complained about is what the viewer is leaving ("from 2000 or later, the 90s ones are too long", "the 80s
# stuff felt way too cheesy"): no wish for it.
_COMPLAINT_AFTER = re.compile(
    r"\s+(?:ones|stuff|films?|movies?|shows?|series|titles?)?\s*(?:are|were|is|was|'re|'s|feel|felt|seem|seemed|look"
    r"|looked|get|got)\s+(?:(?:way|far|a\s+bit|kinda|kind\s+of|just|all|so|really|much)\s+)?too\s+"
    r"(?:long|slow|cheesy|corny|dated|old|old[\s-]fashioned|outdated|violent|gory|graphic|boring|dull|scary|dark|sad"
    r"|silly|childish|cringe|cringey|cringy|weird|loud|bad|campy|preachy|depressing|heavy|serious|raunchy|rude)\b",
    re.IGNORECASE)


def drop_complained_eras(text: str, found: list[Found]) -> list[Found]:
    """``found`` without the years said as the subject of a complaint ("the 90s ones are too long")."""
    return [f for f in found if not (f.entity == "year" and f.role is None and _COMPLAINT_AFTER.match(text, f.end))]


# An era of someone's life story is background, not a wish ("my late father worked for NASA in the sixties, a
# documentary about space", "my dad was a pilot in the 70s, any war movies"): a person, then a life verb
# (life_story.py, plus "was born", "met", "moved", "joined", "was a <noun>") in the same clause before the year. A bare
# "was" / "were" tells no story ("i was hoping for something from the 90s", "my wife was saying she wants a 90s
# thriller"), and a request after a comma is a clause of its own ("i was born in 1985, something from the 80s").
# Watching words keep it a wish ("the cartoons I watched when I was a kid in the 90s"), and so does a reference back
# to the era ("... in the 80s, anything from then?").
_LIFE_STORY_BEFORE = re.compile(
    r"\b(?:i|my\s+(?:late\s+|dear\s+|old\s+)?[a-z]+|he|she|they|we)\s+(?:[a-z']+\s+){0,2}?"
    rf"(?:{LIFE_VERB_PATTERN}|born|met|moved|joined|(?:was|were)\s+(?:a|an)\s+(?![a-z]+ing\b)[a-z]+)\b"
    r"[^.!?;,]*$", re.IGNORECASE)
_WATCHING_WORDS = re.compile(r"\b(?:watch\w*|saw|seen|loved?|liked?|enjoyed|remember\w*|films?|movies?|shows?|series"
                             r"|cartoons?|tv|fans?)\b", re.IGNORECASE)
_ERA_REFERENCE_AFTER = re.compile(r"\b(?:from\s+then|back\s+then|(?:of|from)\s+(?:that|those)\s+(?:time|era|years|days|decade)"
                                  r"|that\s+era|that\s+decade)\b", re.IGNORECASE)
# The era asked for by a birth: "something from the year i was born 1985", "a film of the year my son was born,
# 2012" — the year is the wish (the life story only says which), not a life story's era.
_BIRTH_YEAR_ASKED = re.compile(r"\b(?:from|of|in)\s+(?:the\s+(?:same\s+)?(?:year|decade)|when)\s+(?:that\s+)?"
                               r"(?:i|we|he|she|they|my\s+[a-z]+)\s+(?:was|were)\s+born\b", re.IGNORECASE)
_CLAUSE_MARKS = ".!?;,"


def drop_life_story_eras(text: str, found: list[Found]) -> list[Found]:
    """``found`` without the years told as part of someone's life story (``_LIFE_STORY_BEFORE``)."""
    return [f for f in found if not (f.entity == "year" and f.role is None and _life_story(text, f.start))]


def _life_story(text: str, start: int) -> bool:
    clause_start = max(text.rfind(mark, 0, start) for mark in _CLAUSE_MARKS) + 1
    before = text[clause_start:start]
    return (bool(_LIFE_STORY_BEFORE.search(before)) and not _WATCHING_WORDS.search(before)
            and not _BIRTH_YEAR_ASKED.search(before) and not _ERA_REFERENCE_AFTER.search(text, start))


# A gap in the viewer's own watching is a life event, no release bound: "i haven't watched anything since like 2018
# because of the twins, what's new", "we've been out of the loop since 2016", "not seen a film since 2019". The year
# after "since" in a clause that says the viewer stopped watching is dropped; "anything since 2018" and "i haven't
# seen any thrillers made since 2018" (what the titles are) keep it.
_SINCE_LEAD = re.compile(r"\bsince\s+(?:(?:like|about|around|maybe|roughly|probably|oh|um|uh|,)\s*)*$", re.IGNORECASE)
_NOT_WATCHING = re.compile(
    r"\b(?:(?:haven'?t|havent|hasn'?t|hasnt|hadn'?t|hadnt|not|never|barely|hardly|rarely)\s+(?:\w+\s+){0,2}?"
    r"(?:watched|seen|been|had|gone|kept\s+up|caught|followed|sat\s+down|switched)"
    r"|out\s+of\s+(?:the\s+)?loop|(?:stopped|gave\s+up|quit)\s+(?:watching|going)|no\s+time\s+(?:for|to))\b",
    re.IGNORECASE)
_MADE_WORDS = re.compile(r"\b(?:made|released|came\s+out|out|from|produced)\s*$", re.IGNORECASE)


def drop_viewing_gaps(text: str, found: list[Found]) -> list[Found]:
    """``found`` without the year since which the viewer has not watched (``_NOT_WATCHING``)."""
    return [f for f in found if not (f.entity == "year" and f.role is None and _viewing_gap(text, f))]


def _viewing_gap(text: str, f: Found) -> bool:
    if text[f.start:f.end].lower().startswith("since"):
        at = f.start
    elif lead := _SINCE_LEAD.search(text, 0, f.start):
        at = lead.start()
    else:
        return False
    before = text[max(text.rfind(mark, 0, at) for mark in _CLAUSE_MARKS) + 1:at]
    return bool(_NOT_WATCHING.search(before)) and not _MADE_WORDS.search(before)


# Round 28D: "this year" after a habit that comes back every year ("every thanksgiving we watch one of his films ...
# anything with him this year?", "our halloween tradition ... what should it be this year") is this year's turn of
# the habit, not a release year: no year bound. A habit cue must come before it; "anything from this year" alone keeps
# the newest year.
_HABIT_RE = re.compile(
    r"\b(?:(?:every|each)\s+(?:single\s+)?(?:year|christmas|xmas|thanksgiving|halloween|easter|new\s+year'?s?(?:\s+eve)?"
    r"|summer|winter|autumn|fall|spring|holiday|holidays|birthday|anniversary|diwali|eid|hanukkah|valentine'?s?)"
    r"|traditions?|annual(?:ly)?|yearly|once\s+a\s+year|year\s+after\s+year)\b", re.IGNORECASE)
_THIS_YEAR_RE = re.compile(r"^(?:for\s+|from\s+|in\s+)?this\s+year$", re.IGNORECASE)


def drop_habit_turns(text: str, found: list[Found]) -> list[Found]:
    """``found`` without "this year" said of a habit's turn (``_HABIT_RE`` earlier in the message)."""
    return [f for f in found if not (f.entity == "year" and f.role is None
                                     and _THIS_YEAR_RE.match(text[f.start:f.end].strip())
                                     and _HABIT_RE.search(text, 0, f.start))]


# A century told as a subject, not a time (review of round 21): "a documentary on world war two and the 20th century",
# "a history of the 20th century". The century said bare at a clause's end (``_CENTURY_ENDS_CLAUSE``) after a subject
# word earlier in its clause ("about", "on", "covering"; not "on netflix"), or after "of" with a subject noun before it
# ("the history of", "stories of"), is what the title is about. "Films of the 20th century", "a documentary about bees
# from the 20th century" (a time word) keep the years.
_CENTURY_VALUES = frozenset({f"-{LAST_CENTURY_END}", f"{LAST_CENTURY_END + 1}-"})
_SUBJECT_IN_CLAUSE = re.compile(r"\b(?:about|on(?!\s+(?:netflix|tv|telly|now|demand|prime|the\s+(?:telly|tv))\b)"
                                r"|covering|regarding|concerning)\b", re.IGNORECASE)
_SUBJECT_NOUN_BEFORE = re.compile(r"\b(?:history|histories|story|stories|events?|wars?|politics|art|music|fashion|science"
                                  r"|look|journey|overview|tale|tales|account|chronicle|retrospective)\s*$", re.IGNORECASE)


def drop_century_subjects(text: str, found: list[Found]) -> list[Found]:
    """``found`` without a century bound said as the subject of the title (above)."""
    return [f for f in found if not (f.entity == "year" and f.role is None and f.value in _CENTURY_VALUES
                                     and "century" in text[f.start:f.end].lower() and _century_subject(text, f))]


def _century_subject(text: str, f: Found) -> bool:
    said = text[f.start:f.end].lower()
    if said.startswith("of "):
        return bool(_SUBJECT_NOUN_BEFORE.search(text, 0, f.start))
    if said.split()[0] in ("from", "in", "during", "within"):
        return False
    clause_start = max(text.rfind(mark, 0, f.start) for mark in _CLAUSE_MARKS) + 1
    return bool(_SUBJECT_IN_CLAUSE.search(text, clause_start, f.start))


# The list's era said where it is no wish for the list's era (review of round 21): of another title ("the same era as
# mad men": that title's, not the list's), as a subject ("a show about the same time period"), or "around then" in a
# story ("i had my son around then"): without "from" / "of" before it, "around then" asks only in a clause that names
# what is wanted ("anything around then", "a film roughly from then") or opens the message ("around then please").
_AS_A_TITLE_AFTER = re.compile(r"\s+as\s+(?!(?:the\s+)?(?:list|last|these|those|them|that\s+list|before)\b)\w",
                               re.IGNORECASE)
_SUBJECT_RIGHT_BEFORE = re.compile(r"\b(?:about|on|regarding|covering)\s*$", re.IGNORECASE)
_WANTED_IN_CLAUSE = re.compile(r"\b(?:something|anything|one|ones|films?|movies?|shows?|series|stuff|titles?|more|some"
                               r"|want|need|looking|got)\b", re.IGNORECASE)


def drop_unasked_list_eras(text: str, found: list[Found]) -> list[Found]:
    """``found`` without a list era said of another title, as a subject, or told in a story (above)."""
    return [f for f in found if not (f.entity == "year" and f.role is None and f.value in LIST_ERA_VALUES
                                     and _unasked_list_era(text, f))]


def _unasked_list_era(text: str, f: Found) -> bool:
    if _AS_A_TITLE_AFTER.match(text, f.end) or _SUBJECT_RIGHT_BEFORE.search(text, 0, f.start):
        return True
    if f.value != AROUND_LIST_ERA or text[f.start:f.end].lower().split()[0] in ("from", "of"):
        return False
    clause_start = max(text.rfind(mark, 0, f.start) for mark in _CLAUSE_MARKS) + 1
    before = text[clause_start:f.start]
    return before.strip() != "" and not _WANTED_IN_CLAUSE.search(before)


# "what's new in comedy", "what's new in horror movies": recently *released* titles of the kind — longer than the
# "what's new" of added.py (titles the service added lately), so it wins the overlap; "what's new" alone, "what's new
# on netflix", "what's new in the app" stay the date-added ordering.
@RULES.rule("year-whats-new-in",
            r"\bwhat(?:'|’)?s\s+(?:new|recent)\s+(?:in|among)(?:\s+the\s+world\s+of)?"
            r"(?=\s+(?!the\b)(?P<next>[\w-]+))")
def _whats_new_in(m: re.Match[str], ctx: Context) -> str | None:
    """"what's new in <genre / format / origin>": the catalog's recent release years."""
    return RECENT if ctx.is_head_word(m["next"].lower()) else None


@RULES.rule("year-new", r"\b(?:brand[\s-]+)?new\b(?=\s+(?P<next>[\w-]+))")
def _new(m: re.Match[str], ctx: Context) -> str | None:
    """"new comedies", but not "New York" or "something new to me", nor what the viewer waits for ("i hate waiting for
    new episodes": a complaint about series, no wish for recent titles)."""
    if _WAITING_BEFORE_RE.search(m.string, max(0, m.start() - 30), m.start()):
        return None
    return RECENT if ctx.is_head_word(m["next"].lower()) else None


# "can't wait for new comedies" is eagerness for them: still the recent years.
_WAITING_BEFORE_RE = re.compile(r"(?<!n't\s)(?<!n’t\s)(?<!cant\s)(?<!cannot\s)\b(?:wait|waits|waited|waiting)\s+(?:\w+\s+)?(?:for\s+)?(?:the\s+|a\s+)?$", re.IGNORECASE)


_NEW_RE = re.compile(r"\b(?:brand[\s-]+)?new\s+", re.IGNORECASE)
_KINDS = frozenset({"genre", "media_type", "country", "language"})


def new_before_a_kind(text: str, found: list[Found]) -> list[Found]:
    """"new realty shows", "new thrilers": "new" right before a kind read some other way than the lexicon (a typo
    corrected) is the recent bound too, as "new comedies" is (``_new`` knows only the lexicon's head words)."""
    out = list(found)
    for m in _NEW_RE.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found) or _WAITING_BEFORE_RE.search(
                text, max(0, m.start() - 30), m.start()):
            continue
        if any(f.start == m.end() and f.entity in _KINDS and f.role is None for f in found):
            out.append(Found(ENTITY, m.start(), m.end() - len(m.group()) + len(m.group().rstrip()), RECENT))
    return sorted(out, key=lambda f: (f.start, f.end))
