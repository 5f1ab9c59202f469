"""Season counts of a series: "a miniseries", "at least 4 seasons", "no more than two seasons", "a short series".

The extra ``seasons`` entity (outside the public list of DESIGN.md, like ``position``; contracts §5):
a ``MIN-MAX`` range of seasons with either side empty. Seasons are whole numbers, so strict comparators
move the bound: "under 3 seasons" / "fewer than 3" → ``-2``, "more than 3" / "over 3" → ``4-``, while
"at most 2" / "no more than 2" / "up to 2" → ``-2`` and "at least 4" / "4+" → ``4-``. A count the viewer
refuses or complains about ("can't commit to 8 seasons", "no time for ten seasons", "6 seasons is too many",
negated "nothing with 6 seasons") is a ceiling below it (``-7``, ``-9``, ``-5``), never exactly that count;
bounds on one side said twice in a message keep the tightest (``tighten``). "About N seasons"
is the window ``N-1``..``N+1``. Words that name a one-season format ("miniseries", "limited series",
"single season") are ``1-1`` and also say ``media_type`` series; "2 series max" (British: a series is a season) is ``-2``; "a short series" is a series of at most
``SHORT_SERIES_MAX_SEASONS`` (2) seasons — the catalog knows seasons, not episode lengths, so that is the
reading it can answer. Only series have seasons: the recommender never lets a movie satisfy it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from contract.constraints import LONG_SERIES_MIN_SEASONS, SHORT_SERIES_MAX_SEASONS, unitless_bound_in
from .bounds import ABOVE, AT_LEAST, AT_MOST, BELOW, THAN
from .numbers import AGE_ORDINAL, NUMBER, VAGUE_NUMBER, parse_age_ordinal, parse_number
from .rules import Rules
from .spans import EXCLUDE, P_STRUCTURED, Found, Match

ENTITY = "seasons"
LONG_RUNNING_MIN_SEASONS = 4   # "a long-running series"
MAX_SEASONS = 50
RULES = Rules(ENTITY)
_F = re.IGNORECASE

_S = r"seasons?(?![a-z])"
_N = rf"(?:{NUMBER}|{VAGUE_NUMBER})"
_ABOUT = r"around|about|roughly|approximately|approx\.?|like|~"
_FILLER = r"(?:\s+(?:like|about|around|maybe|say|just))?"
_FORMAT_RE = re.compile(r"mini|limited|series|show", _F)

# Span "short" only (the series noun may be a few words on and is read by the media lexicon), and
# outrank the duration reading of "short" on the same span.
P_SHORT_SERIES = P_STRUCTURED + 1
_SHORT_SERIES_RE = re.compile(
    r"\b(?:short|quick)\b(?=\s+(?:(?!movies?\b|films?\b|flicks?\b|and\b|or\b|but\b)[\w'-]+\s+){0,2}"
    r"(?:tv\s+)?(?:series|shows?)\b)", _F)


# A wish for something that lasts ("I want to be busy for weeks", "lots of episodes to binge", "something to
# keep us going for a month") asks for a series with more than one season: ``2-`` plus media_type series
# on the same span (round 7 class c), so none of its words reach the free-text query.
LONG_WISH_MIN_SEASONS = 2
_LASTING = r"(?:weeks|months|a\s+(?:few|couple\s+of)\s+(?:weeks|months)|a\s+month|ages)"
_LONG_WISH_RE = re.compile(
    r"\b(?:(?:keeps?|keeping|kept)\s+(?:me|us|them|him|her)\s+(?:busy|going|hooked|occupied|entertained)\s+(?:for\s+)?"
    rf"{_LASTING}|(?:be|stay|get)\s+(?:busy|hooked|occupied)\s+for\s+{_LASTING}"
    rf"|lasts?\s+(?:(?:me|us|them)\s+)?(?:for\s+)?{_LASTING}|(?:weeks|months)\s+of\s+(?:watching|viewing|bingeing|binging)"
    rf"|(?:binge|binging|bingeing|binge[\s-]watch(?:ing)?)\s+(?:(?:on|it|for)\s+)?for\s+{_LASTING}"
    r"|(?:lots|loads|tons|plenty|heaps|hundreds|dozens)\s+of\s+episodes|a\s+(?:lot|ton|load)\s+of\s+episodes"
    r"|(?:many|endless|so\s+many)\s+episodes)\b", _F)


# "A long telenovela", "a long series", "long tv shows": length said of a series is its seasons, more than one
# (``LONG_SERIES_MIN_SEASONS-``, the dialogue's reading of "long" said of a series too); the span is "long" only, so the series noun is still read by the media lexicon. "A long
# one" says it of a series named elsewhere in the message ("a japanese show, a long one"). Not "long-running" (its own
# rule) and never of a film ("a long movie" is a runtime, durations.py). This module is the one owner of "long series"
# (media.py reads only the noun).
_SERIES_NOUN = r"(?:(?:tv\s+)?series|(?:tv\s+)?shows?|telenovelas?|novelas?|soaps?|soap\s+operas?|k-?dramas?|sitcoms?|docuseries)"
# "long" right before the noun ("long shows"), or after a determiner with at most one word between ("a long korean
# series"); never "as long as the show ...", nor a long day, week, time or night ("after a long day funny shows", "a
# long time k-drama fan").
_NOT_SERIES_LENGTH = r"(?:day|days|week|weeks|time|night|nights|as|movies?|films?|flicks?|and|or|but)\b"
_LONG_SERIES_RE = re.compile(
    r"(?:\b(?P<det>a|an|the|some)\s+)?(?<!\bas\s)\b(?P<long>long-form|long|lengthy)(?![\s-]+running)"
    rf"(?=\s+{_SERIES_NOUN}\b|(?P<between>\s+(?!{_NOT_SERIES_LENGTH})[\w'-]+\s+{_SERIES_NOUN}\b))", _F)
_LONG_ONE_RE = re.compile(r"\b(?:long|lengthy)(?=\s+ones?\b)", _F)
_SERIES_SAID_RE = re.compile(rf"\b{_SERIES_NOUN}\b", _F)
_FILM_SAID_RE = re.compile(r"\b(?:movies?|films?|flicks?)\b", _F)
# Few episodes are one season: "cartoons with <10 eps", "under 8 episodes", "only 8 episodes", "10 episodes max". A
# count up to SINGLE_SEASON_EPISODES (what one season of a series has at most, usually) caps the series at one season;
# a larger count ("under 50 episodes") says nothing certain about seasons and is left alone.
SINGLE_SEASON_EPISODES = 13
_EPISODES = r"(?:episodes?|eps?)(?![a-z])"
_FEW_EPISODES_RE = re.compile(
    rf"(?:\b(?:{AT_MOST}|{BELOW}|only|just)|<=?|≤)\s*(?P<a>\d{{1,2}}|{NUMBER})\s+{_EPISODES}"
    rf"|\b(?P<b>\d{{1,2}}|{NUMBER})\s+{_EPISODES}\s*,?\s*(?:max(?:imum)?|tops|at\s+most|or\s+(?:less|fewer))\b", _F)


def _count(raw: str) -> int | None:
    n = parse_number(raw)
    return int(n) if n is not None and n == int(n) and 1 <= n <= MAX_SEASONS else None


def find(text: str) -> list[Match]:
    """All season readings of ``text``; overlaps are arbitrated later (longest wins). Words that name a
    one-season format ("miniseries", "limited series", "single season show") also yield ``media_type``
    series on the same span, which would otherwise hide the media lexicon's "series"."""
    out = []
    for m in RULES.find(text):
        if m.rule in ("seasons-format", "seasons-uk-post", "seasons-uk-pre", "seasons-refused-kind") and _FORMAT_RE.search(text[m.start:m.end]):
            f = m.found[0]
            m = Match(m.start, m.end, m.priority, (f, Found("media_type", f.start, f.end, "series")), m.rule)
        out.append(m)
    for m in _LONG_WISH_RE.finditer(text):
        out.append(Match(m.start(), m.end(), P_STRUCTURED,
                         (Found(ENTITY, m.start(), m.end(), f"{LONG_WISH_MIN_SEASONS}-"),
                          Found("media_type", m.start(), m.end(), "series")), "seasons-long-wish"))
    for m in _LONG_SERIES_RE.finditer(text):
        if m["det"] or not m["between"]:
            out.append(_long_series(m, "long"))
    if _SERIES_SAID_RE.search(text) and not _FILM_SAID_RE.search(text):
        out += [_long_series(m) for m in _LONG_ONE_RE.finditer(text)]
    for m in _FEW_EPISODES_RE.finditer(text):
        n = parse_number(m["a"] or m["b"])
        if n is not None and 1 <= n <= SINGLE_SEASON_EPISODES:
            out.append(Match(m.start(), m.end(), P_STRUCTURED, (Found(ENTITY, m.start(), m.end(), "-1"),
                             Found("media_type", m.start(), m.end(), "series")), "seasons-few-episodes"))
    for m in _SHORT_SERIES_RE.finditer(text):
        out.append(Match(m.start(), m.end(), P_SHORT_SERIES,
                         (Found(ENTITY, m.start(), m.end(), f"-{SHORT_SERIES_MAX_SEASONS}"),), "seasons-short"))
    return out


def _long_series(m: re.Match[str], group: int | str = 0) -> Match:
    start, end = m.span(group)
    return Match(start, end, P_SHORT_SERIES,
                 (Found(ENTITY, start, end, f"{LONG_SERIES_MIN_SEASONS}-"),), "seasons-long-series")


# A count nobody means literally ("a gazillion seasons", "like a hundred seasons", "endless seasons") is a long-running
# series: ``LONG_RUNNING_MIN_SEASONS-``, so negated ("not a gazillion seasons") it is a short one.
@RULES.rule("seasons-hyperbole",
            r"\b(?:(?:like|about|around|literally|some)\s+)?(?:(?:a|an|one)\s+)?(?:gazillion|bazillion|zillion|jillion"
            r"|kajillion|million|billion|hundred|thousand|umpteen|endless|infinite|countless|a\s+million)\s+" + _S)
def _hyperbole(m: re.Match[str]) -> str:
    return f"{LONG_RUNNING_MIN_SEASONS}-"


def permitted(text: str, found: list[Found]) -> list[Found]:
    """A vague count of many seasons said as a permission ("it can be long, even lots of seasons", "loads of seasons is
    fine") is no demand for a long-running series, only for more than one season (``LONG_WISH_MIN_SEASONS-``)."""
    out = []
    for f in found:
        if (f.entity == ENTITY and f.role is None and f.value == f"{LONG_RUNNING_MIN_SEASONS}-"
                and _VAGUE_MANY_RE.match(text, f.start, f.end)
                and (_PERMISSION_BEFORE_RE.search(text, max(0, f.start - 40), f.start)
                     or _PERMISSION_AFTER_RE.match(text, f.end))):
            f = f.with_value(f"{LONG_WISH_MIN_SEASONS}-")
        out.append(f)
    return out


_VAGUE_MANY_RE = re.compile(r"(?:lots|loads|tons|plenty|a\s+lot|many)\b", _F)
_PERMISSION_BEFORE_RE = re.compile(
    r"\b(?:even|can\s+be|could\s+be|may\s+be|might\s+be|don'?t\s+mind|wouldn'?t\s+mind|fine\s+with|ok(?:ay)?\s+with"
    r"|happy\s+with|no\s+problem\s+with|if\s+it\s+has)\s+(?:\w+\s+){0,2}$", _F)
_PERMISSION_AFTER_RE = re.compile(r"\s*(?:is|are|would\s+be)\s+(?:fine|ok|okay|alright|no\s+problem)\b", _F)


def invert(value: str) -> str | None:
    """Meaning under negation: "not more than 3 seasons"-style one-sided ranges flip around the bound
    (whole seasons: ``-3`` → ``4-``); "not a miniseries" (``1-1``) means more than one season."""
    lo, _, hi = value.partition("-")
    if lo and not hi:
        return f"-{int(lo) - 1}" if int(lo) > 1 else None
    if hi and not lo:
        return f"{int(hi) + 1}-"
    if lo == hi == "1":
        return "2-"
    if lo and lo == hi:
        return f"-{int(lo) - 1}"  # "nothing with 6 seasons", "sick of shows with 8 seasons": fewer, never exactly
    return None  # a range refused stays excluded ("not 2-3 seasons, longer"); a vague count's window: ``refused_windows``


# The hedge that opens the window around a vague count ("like thirty seasons", "about 10 seasons": ``about``).
_WINDOW_HEDGE_RE = re.compile(rf"(?:{_ABOUT})\b", _F)


def refused_windows(text: str, found: list[Found]) -> list[Found]:
    """A vague count of seasons refused ("isn't like thirty seasons long", "not about 10 seasons") is a cap below the
    window around it: fewer seasons, not "any count but 29 to 31". A range the viewer typed ("not 2-3 seasons, longer",
    "not between 3 and 5") opens with no hedge and stays excluded: the viewer may want more as well as fewer."""
    out = []
    for f in found:
        lo, _, hi = f.value.partition("-")
        if (f.entity == ENTITY and f.role == EXCLUDE and lo.isdigit() and hi.isdigit() and 1 < int(lo) < int(hi)
                and _WINDOW_HEDGE_RE.match(text, f.start, f.end)):
            f = Found(ENTITY, f.start, f.end, f"-{int(lo) - 1}")
        out.append(f)
    return out


@RULES.rule("seasons-format",
            r"\b(?:mini[\s-]?series|limited[\s-]+(?:tv\s+)?series|limited[\s-]+run\s+(?:series|shows?)"
            r"|(?:one|single|1)[\s-]+season(?:\s+(?:tv\s+)?(?:series|shows?))?(?![a-z]))")
def _format(m: re.Match[str]) -> str:
    """One-season formats; the words naming the format also say "series" (see ``find``)."""
    return "1-1"


# The noun between the two counts, as said aloud: "only a season or two", "one season or two max", "a season or 2 long"
# (round 22m): the same range as "one or two seasons" (``1-2``), and longer than the one-season format inside it.
@RULES.rule("seasons-noun-between",
            r"\b(?:an?|one|1)\s+season\s+or\s+(?P<b>two|three|2|3)\b(?!\s*(?:episodes?|eps?|movies?|films?)\b)")
def _noun_between(m: re.Match[str]) -> str | None:
    b = _count(m["b"])
    return f"1-{b}" if b else None


@RULES.rule("seasons-range",
            rf"\b(?:between\s+|from\s+)?(?P<a>{NUMBER})\s*(?:and|to|-|–|or)\s*(?P<b>{NUMBER})[\s-]+{_S}")
# The noun said first, then the two counts ("fewer seasons, like 1 or 2", "seasons: 2-3 ideally"; round 33): the same
# range, unless the counts are of something else ("… 1 or 2 episodes", "… 8 or 9 years old").
@RULES.rule("seasons-noun-first-range",
            rf"\b{_S}\s*[:,;-]?\s*(?:(?:like|about|around|roughly|maybe|say|just|only|ideally)\s+)*"
            rf"(?P<a>\d{{1,2}}|{NUMBER})\s*(?:or|to|-|–)\s*(?P<b>\d{{1,2}}|{NUMBER})\b"
            r"(?!\s*(?:years?|yo|y/o|rated|min|minutes?|mins?|hours?|hrs?|episodes?|eps?|movies?|films?|shows?|series"
            r"|titles?|picks?|ones?|things?|people|of|seasons?)\b)")
def _range(m: re.Match[str]) -> str | None:
    a, b = _count(m["a"]), _count(m["b"])
    if a is None or b is None:
        return None
    lo, hi = sorted((a, b))
    return f"{lo}-{hi}"


@RULES.rule("seasons-pre",
            rf"\b(?:(?P<most>{AT_MOST})|(?P<below>{BELOW})|(?P<least>{AT_LEAST})|(?P<above>{ABOVE})"
            rf"|(?P<about>{_ABOUT})){_FILLER}\s+(?P<n>{_N})[\s-]+{_S}")
def _comparison(m: re.Match[str]) -> str | None:
    """"at least 4 seasons", "no more than two seasons", "under 3 seasons", "about 3 seasons"."""
    n = _count(m["n"])
    if n is None:
        return None
    if m["most"]:
        return f"-{n}"
    if m["below"]:
        return f"-{n - 1}" if n > 1 else None
    if m["least"]:
        return f"{n}-"
    if m["above"]:
        return f"{n + 1}-"
    return about(n)


def about(n: int) -> str:
    """"About N seasons": N ± 1, except about one season, which is one (a miniseries, not up to two)."""
    return "1" if n == 1 else f"{n - 1}-{n + 1}"


# Operators after the number bind to it, before or after the noun: "4 or more seasons", "5-plus seasons",
# "4 seasons and up", "3 seasons, max". A hedge in front ("like 3 seasons max", "at least 4 or more
# seasons") is part of the span, so the bound wins over the "about" window.
_LEAST_POST = (r"\+|(?:or|and)\s+(?:more|longer|over|above|higher|up)|plus|at\s+(?:the\s+)?(?:very\s+)?least"
               r"|at\s+minimum|minimum")
_MOST_POST = (r"(?:or|and)\s+(?:less|fewer|under|below|lower)|max(?:imum)?|tops|at\s+(?:the\s+)?(?:very\s+)?most")
_PRE_HEDGE = r"(?:(?:at\s+least|at\s+most|like|about|around|roughly|maybe|say|just|only)\s+)*"


@RULES.rule("seasons-noun-first-pre",
            rf"\b{_S}\s*[:,;-]?\s*(?:(?:like|say|maybe|just|so)\s+)?(?:(?P<least>{AT_LEAST})|(?P<most>{AT_MOST}))"
            rf"{_FILLER}\s+(?P<n>\d{{1,2}}|{NUMBER})\b(?!\s*(?:\+|or\b|and\b|-|years?|yo|y/o|rated|min|minutes?|mins?|hours?|hrs?"
            r"|episodes?|eps?|movies?|films?|shows?|series|titles?|picks?|ones?|things?|people|of)\b)")
def _noun_first_pre(m: re.Match[str]) -> str | None:
    """"a long series with lots of seasons, at least five", "seasons: no more than 3": the noun said first,
    then the bound with its number and nothing after it."""
    n = _count(m["n"])
    if n is None:
        return None
    return f"{n}-" if m["least"] else f"-{n}"


@RULES.rule("seasons-noun-first",
            rf"\b{_S}\s*[:,-]?\s*{_PRE_HEDGE}(?P<n>\d{{1,2}}|{NUMBER})\s*(?:(?P<least>\+|or\s+more\b|plus\b)"
            r"|(?P<most>or\s+(?:less|fewer)\b|max\b|tops\b))(?!\s*(?:years?|yo|y/o|rated)\b)")
@RULES.rule("seasons-infix",
            rf"\b{_PRE_HEDGE}(?P<n>{_N})\s*(?:(?P<least>\+|-?\s*plus\b|(?:or|and)\s+(?:more|over|above|up)\b)"
            rf"|(?P<most>(?:or|and)\s+(?:less|fewer|under|below)\b))[\s-]*{_S}")
@RULES.rule("seasons-post",
            rf"\b{_PRE_HEDGE}(?P<n>{_N})[\s-]+{_S}\s*,?\s*(?:(?P<least>{_LEAST_POST})|(?P<most>{_MOST_POST}))"
            rf"(?:(?![a-z])|(?<=\+))(?!\s*(?:\d|(?:{NUMBER})\b|an?\s+(?:hour|half)))")  # "…, at least 2 hours" binds on
def _postfix(m: re.Match[str]) -> str | None:
    """"4 seasons or more", "2 seasons max", "4 or more seasons", "five-plus seasons", and with the noun
    first ("a series with many seasons, like 5+", "seasons: 3 max"): the bound binds to its number."""
    n = _count(m["n"])
    if n is None:
        return None
    return f"{n}-" if m["least"] else f"-{n}"


# A count the viewer refuses or complains about is a ceiling below it, never the count wanted: "i can't
# commit to 8 seasons", "no time for ten seasons of anything", "not sitting through 7 seasons", "6 seasons
# is too many". The span starts at the refusal, so negation.py leaves it alone (the cue is inside it).
_REFUSAL = (r"(?:no|not|n't|nt|never|cannot|can't|cant|won't|wont|don't|dont|doesn't|doesnt|haven't|havent"
            r"|hardly|zero|refuse(?:s|d)?\s+to|refusing\s+to)")
_REFUSED_VERB = (r"(?:time|patience|energy|commit(?:ting)?|sit(?:ting)?\s+through|get(?:ting)?\s+through"
                 r"|binge|binging|bingeing|start(?:ing)?|do(?:ing)?|watch(?:ing)?|invest(?:ing)?|handle|manage)")
_REFUSED_GAP = r"(?:\s+(?!(?:but|and|or|so)\b)[\w']+){0,4}?"


@RULES.rule("seasons-refused",
            rf"\b{_REFUSAL}(?:\s+(?:have|got|really|even|the|any|enough|much|want\s+to|going\s+to|gonna|able\s+to|be))*"
            rf"\s+{_REFUSED_VERB}\b{_REFUSED_GAP}\s+(?:for|to|through|into|with|on)?\s*"
            rf"(?:like\s+|another\s+|all\s+|all\s+those\s+|a\s+show\s+with\s+|shows?\s+with\s+|something\s+with\s+)?"
            rf"(?P<over>over\s+|more\s+{THAN}\s+)?"
            rf"(?P<n>\d{{1,2}}|{NUMBER})[\s+-]+(?:whole\s+|full\s+|long\s+)?{_S}")
# The kind ruled out by its count: "not the long ones with 5 or more seasons", "none of those shows with 10 seasons",
# "no series that have 6+ seasons": a ceiling below the count (``-4``, ``-9``, ``-5``); "more than N" / "over N" refused
# leaves N itself ("no shows with more than 3 seasons" is ``-3``). The
# span starts at the negation word, so negation.py leaves it alone; a series noun in it still asks for series (``find``).
# A ceiling said after the noun ("no series with 3 seasons or less", "… 2 seasons max") is not this: the kind refused
# is the short one, so the count's own bound ("seasons-post") is read and negated (``4-``).
@RULES.rule("seasons-refused-kind",
            r"\b(?:not|no|nothing|none\s+of|never|skip)\s+(?:(?:the|those|these|any|more|another|of|one\s+of)\s+)*"
            r"(?:(?:long|longer|huge|big|endless|massive|old|really\s+long|super\s+long|never[\s-]+ending)\s+)?"
            r"(?:ones?|shows?|series|stuff|things?|dramas?|sitcoms?)\s+(?:with|that\s+ha(?:ve|s)|having|that\s+(?:go|run)\s+(?:on\s+)?for)"
            rf"\s+(?:like\s+|(?P<over>over\s+|more\s+{THAN}\s+))?(?P<n>\d{{1,2}}|{NUMBER})(?:\s*(?:\+|or\s+more|plus|and\s+up|or\s+so))?"
            rf"[\s-]+(?:whole\s+|full\s+)?{_S}(?!\s*,?\s*(?:{_MOST_POST})(?![a-z]))")
@RULES.rule("seasons-too-many",
            rf"\b(?P<n>\d{{1,2}}|{NUMBER})[\s+-]+{_S}\s+(?:is|are|'s|of\s+anything\s+is|would\s+be)\s+(?:way\s+|far\s+|just\s+)?"
            r"(?:too\s+(?:many|much|long)|a\s+lot|a\s+commitment|forever)")
def _refused(m: re.Match[str]) -> str | None:
    """A ceiling below the count refused; a kind refused for more than N ("no shows with more than 3 seasons") may
    still have N (``-3``)."""
    n = _count(m["n"])
    if n and m.groupdict().get("over"):
        return f"-{n}"
    return f"-{n - 1}" if n and n > 1 else None


# The list's series have "too many seasons" ("way too many seasons, 3 max", "too much seasons"): a complaint, never a
# wish for many. With a ceiling said right after it, that ceiling; alone, a short series (``SHORT_SERIES_MAX_SEASONS``).
# The span starts at "too", so negation.py neither reads it as a cue nor turns the ceiling round, and "many" is no
# query word.
# The clause says the many seasons are fine: "we don't mind ...", "it doesn't matter if ...", "... is no problem".
_TOO_MANY_FINE_BEFORE_RE = re.compile(
    r"\b(?:(?:do|does|did)\s*n[o']?t|(?:do|does|did)\s+not|dont|doesnt|never|wouldn't|won't)\s+(?:\w+\s+)?"
    r"(?:mind|care|matter)\b(?:\s+(?:about|if|that|whether))?(?:\s+(?:it|they|there|the\s+shows?|the\s+series)"
    r"(?:\s+(?:has|have|had|are|is|'s|'re|gets?|runs?|has\s+got))?)?\s*(?:\w+\s+){0,2}$"
    r"|\b(?:no\s+matter\s+(?:if|whether)|not\s+(?:bothered|fussed|worried)\s+(?:by|about|if)|(?:fine|ok|okay)\s+with"
    r"|happy\s+with)\s+(?:\w+\s+){0,3}$", _F)
_TOO_MANY_FINE_AFTER_RE = re.compile(
    r"\s*(?:is|are|'s|would\s+be|will\s+be)\s+(?:(?:totally|completely|perfectly|just|really|also)\s+)?"
    r"(?:fine|ok|okay|alright|all\s+right|no\s+problem|not\s+a\s+problem|no\s+issue|good)\b"
    r"|\s*(?:(?:does|do)\s*n[o']?t|(?:does|do)\s+not|doesnt|dont|won't|wouldn't)\s+(?:matter|bother|worry)\b", _F)


def _too_many_is_fine(m: re.Match[str]) -> bool:
    """Whether "too many seasons" matched by ``m`` is said to be fine (no bound at all, not even "many")."""
    too = _TOO_BEFORE_RE.search(m.string, 0, m.start())  # "too" before "many seasons" (the rule "seasons-many")
    start = too.start() if too else m.start()
    return bool(_TOO_MANY_FINE_BEFORE_RE.search(m.string, 0, start) or _TOO_MANY_FINE_AFTER_RE.match(m.string, m.end()))


_TOO_BEFORE_RE = re.compile(r"\b(?:(?:way|far|just)\s+)?too\s+$", _F)


@RULES.rule("seasons-too-many-said",
            rf"\b(?:way\s+|far\s+|just\s+)?too\s+(?:many|much|long|lots\s+of)\s+{_S}"
            rf"(?:\s*[,:;.!-]*\s*(?:{_S}\s*)?{_PRE_HEDGE}(?P<n>\d{{1,2}}|{NUMBER})\s*(?:{_S}\s*)?,?\s*"
            r"(?:max(?:imum)?|tops|or\s+(?:less|fewer)|at\s+(?:the\s+)?most)(?![a-z]))?")
def _too_many_said(m: re.Match[str]) -> str | None:
    if _too_many_is_fine(m):
        return None  # "i don't mind ...", "... is fine": no complaint
    n = _count(m["n"]) if m["n"] else SHORT_SERIES_MAX_SEASONS
    return f"-{n}" if n else None


# A series the viewer can see through in a short stretch ("a series i can finish in a weekend", "something to binge in
# one sitting", "get through over a long weekend"; round 33): a short series, the catalog knowing seasons, not hours.
@RULES.rule("seasons-finished-soon",
            r"\b(?:finish|binge|get\s+through|watch)\s+(?:(?:it|them|the\s+whole\s+thing|all\s+of\s+it)\s+)?"
            r"(?:in|over|during)\s+(?:a|one|the|1)\s+(?:(?:long|single|lazy|rainy)\s+)?(?:weekend|sitting|day|night|evening)\b")
def _finished_soon(m: re.Match[str]) -> str | None:
    return f"-{SHORT_SERIES_MAX_SEASONS}"


@RULES.rule("seasons-plus", rf"\b(?P<n>\d{{1,2}})\s*\+\s*{_S}")
def _plus(m: re.Match[str]) -> str | None:
    n = _count(m["n"])
    return f"{n}-" if n else None


@RULES.rule("seasons-bare", rf"\b(?P<n>{_N})[\s-]+{_S}")
def _bare(m: re.Match[str]) -> str | None:
    """"a show with 3 seasons" is exactly 3; "a few seasons" / "a couple of seasons" is approximate."""
    if re.match(VAGUE_NUMBER, m["n"], _F):
        n = _count(m["n"])
        return f"{max(1, n - 1)}-{n + 1}" if n else None
    n = _count(m["n"])
    return f"{n}-{n}" if n else None


# "how many seasons ...": the viewer asks a title's count, wishes for none (round 25e).
_HOW_BEFORE_RE = re.compile(r"\bhow\s+$", _F)


@RULES.rule("seasons-many", rf"\b(?P<w>multiple|several|many|lots\s+of|a\s+lot\s+of|plenty\s+of|loads\s+of|tons\s+of"
                            rf"|a\s+bunch\s+of|a\s+good\s+few)\s+{_S}")
def _many(m: re.Match[str]) -> str | None:
    """"multiple seasons" is more than one, "several seasons" at least three, "many / lots of seasons" at least
    LONG_RUNNING_MIN_SEASONS (what a long-running series has). "Too many seasons" said to be fine is no bound."""
    if _TOO_BEFORE_RE.search(m.string, 0, m.start()) and _too_many_is_fine(m):
        return None
    if _HOW_BEFORE_RE.search(m.string, 0, m.start()):  # "how many seasons of <title> …": a question, no bound (25e)
        return None
    word = " ".join(m["w"].lower().split())
    return ("2-" if word == "multiple" else "3-" if word in ("several", "a bunch of", "a good few")
            else f"{LONG_RUNNING_MIN_SEASONS}-")


# Round 25d: a season reached, by its ordinal ("a show that got a 3rd season", "one that made it to a fourth season",
# "series with a second season"): at least that many. "The first season", "its 2nd season was weak" (a title's season
# talked about, "the"/"its") stay no bound.
@RULES.rule("seasons-ordinal", rf"\b(?:got|get|gets|getting|has|have|had|with|made\s+it\s+to|reached|renewed\s+for)\s+"
                               rf"(?:a|an)\s+(?P<o>{AGE_ORDINAL})\s+{_S}")
def _ordinal(m: re.Match[str]) -> str | None:
    n = parse_age_ordinal(m["o"])
    return f"{n}-" if n and 1 < n <= MAX_SEASONS else None


# British usage: a "series" is a season. Only with a bound, where the count cannot be a number of shows:
# "2 series max", "no more than three series" (the format words also say series, as in ``find``).
@RULES.rule("seasons-uk-post", rf"\b(?P<n>\d{{1,2}}|{NUMBER})\s+series\s*,?\s*(?:max(?:imum)?|tops|at\s+most|or\s+(?:less|fewer))\b")
@RULES.rule("seasons-uk-pre", rf"\b(?:{AT_MOST})\s+(?P<n>\d{{1,2}}|{NUMBER})\s+series\b")
def _uk_series(m: re.Match[str]) -> str | None:
    n = _count(m["n"])
    return f"-{n}" if n else None


@RULES.rule("seasons-long-running", r"\blong[\s-]+running\b")
def _long_running(m: re.Match[str]) -> str:
    return f"{LONG_RUNNING_MIN_SEASONS}-"


# A bound said before its number with no unit at the end of a clause ("not 1 season and cancelled, like at least 3",
# "a one season thing? no, more than 2"): in a message counting seasons, a count of seasons (round 25c). The number
# must close the clause: "at least 3 of them", "at least 2 hours" name something else.
_BARE_BOUND_BEFORE_RE = re.compile(
    rf"\b(?:(?P<least>{AT_LEAST})|(?P<most>{AT_MOST})|(?P<above>more\s+{THAN}|over)|(?P<below>less\s+{THAN}"
    rf"|fewer\s+{THAN})){_FILLER}\s+(?P<n>\d{{1,2}}|{NUMBER})(?=\s*(?:$|[.,!?;:)]|(?:please|pls|then|ideally|maybe)\b))", _F)


def bare_bounds_before(text: str, found: list[Found]) -> list[Found]:
    """The bounds of ``_BARE_BOUND_BEFORE_RE`` in a message that counts seasons and no runtime, as season readings
    (``tighten`` then keeps the tightest: "not 1 season …, like at least 3" is at least 3)."""
    if not any(f.entity == ENTITY for f in found) or any(f.entity == "duration" for f in found):
        return found
    added = []
    for m in _BARE_BOUND_BEFORE_RE.finditer(text):
        n = _count(m["n"])
        if n is None or any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        value = (f"{n}-" if m["least"] else f"-{n}" if m["most"] else f"{n + 1}-" if m["above"]
                 else f"-{n - 1}" if n > 1 else None)
        if value is not None:
            added.append(Found(ENTITY, m.start(), m.end(), value))
    return sorted(found + added, key=lambda f: (f.start, f.end)) if added else found


def bare_bounds(found: list[Found]) -> list[Found]:
    """A bound said without its unit ("2 max", "3 or fewer") in a message that counts seasons ("not a gazillion
    seasons, 3 or fewer", "a show that isn't twenty seasons long, 2 max") is a bound on seasons: it joins the season
    readings (``tighten`` then keeps the tightest), instead of waiting for a search to lend it a unit."""
    if not any(f.entity == ENTITY for f in found) or any(f.entity == "duration" for f in found):
        return found
    return [_as_seasons(f) if f.entity == "bound" and f.role is None else f for f in found]


def _as_seasons(f: Found) -> Found:
    """A unitless bound read as seasons ("fewer than 3" is ``-2``); one that is no count of seasons stays a bound."""
    value = unitless_bound_in(f.value, ENTITY)
    return f if value is None else replace(f, entity=ENTITY, value=value)


_NOT_LONG_RE = re.compile(r"\blong\b", _F)
_NO_DIGIT_RE = re.compile(r"^\D*$")
# An episode named in the clause of the length ("episodes that are not too long"): the length is the episodes', no
# count of seasons. The clause ends at punctuation or a joining word.
_EPISODE_RE = re.compile(r"\b(?:episodes?|eps?|episodic)\b", _F)
_CLAUSE_EDGE_RE = re.compile(r"[.,;:!?()]|\b(?:but|and|or|so|though|although)\b", _F)
_CLAUSE_REACH = 60  # characters looked at on each side of the length: a clause, never the whole message


def _about_episodes(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``text[start:end]`` names episodes."""
    before = text[max(0, start - _CLAUSE_REACH):start]
    edges = list(_CLAUSE_EDGE_RE.finditer(before))
    before = before[edges[-1].end():] if edges else before
    after = text[end:end + _CLAUSE_REACH]
    edge = _CLAUSE_EDGE_RE.search(after)
    after = after[:edge.start()] if edge else after
    return bool(_EPISODE_RE.search(before) or _EPISODE_RE.search(text, start, end) or _EPISODE_RE.search(after))


def not_long_series(text: str, found: list[Found]) -> list[Found]:
    """"a series, nothing super long": a runtime of no number said of a series (and no film) is its length in seasons,
    a short series (``-SHORT_SERIES_MAX_SEASONS``): the catalog knows a series' seasons, not its runtime. Said of the
    episodes ("where the episodes are not too long") it is their runtime, and stays one."""
    formats = {f.value for f in found if f.entity == "media_type" and f.role is None}
    if formats != {"series"}:
        return found
    return [Found(ENTITY, f.start, f.end, f"-{SHORT_SERIES_MAX_SEASONS}")
            if f.entity == "duration" and f.role is None and f.value.startswith("-")
            and _NOT_LONG_RE.search(text, f.start, f.end) and _NO_DIGIT_RE.match(text[f.start:f.end])
            and not _about_episodes(text, f.start, f.end) else f
            for f in found]


def tighten(found: list[Found]) -> list[Found]:
    """Several bounds on the same side in one message keep the tightest, on every span: "a short series, i
    can't commit to 6 seasons" is at most 2 (not 5), "a long series, at least five seasons" at least 5 (not
    4). Each span keeps its entity, so none of its words reach the free-text query."""
    ups = [f for f in found if f.entity == ENTITY and f.role is None and f.value.startswith("-")]
    lows = [f for f in found if f.entity == ENTITY and f.role is None and f.value.endswith("-")
            and not f.value.startswith("-")]
    ceiling = min((int(f.value[1:]) for f in ups), default=None)
    floor = max((int(f.value[:-1]) for f in lows), default=None)
    if len(ups) < 2 and len(lows) < 2:
        return found
    out = []
    for f in found:
        if len(ups) > 1 and f in ups:
            f = f.with_value(f"-{ceiling}")
        elif len(lows) > 1 and f in lows:
            f = f.with_value(f"{floor}-")
        out.append(f)
    return out


def seasons_of_refused_series(found: list[Found]) -> list[Found]:
    """A count of seasons or episodes in a message that asks for films and rules series out ("movie only, no series, too
    many episodes") is the reason series are refused, no bound: only series have seasons, so it would ask for series
    after all. It becomes the refusal of series on its own span (its words still never reach the query)."""
    formats = {(f.value, f.role) for f in found if f.entity == "media_type"}
    if not {("movie", None), ("series", EXCLUDE)} <= formats or ("series", None) in formats:
        return found
    return [Found("media_type", f.start, f.end, "series", EXCLUDE) if f.entity == ENTITY else f for f in found]


def settle(text: str, found: list[Found]) -> list[Found]:
    """The season readings of a whole message, once every entity is known: a vague count refused is a cap below it
    (``refused_windows``), many seasons allowed (``permitted``), a
    series not too long (``not_long_series``), a bare bound in season talk (``bare_bounds``), then the tightest bound of
    each side (``tighten``); in a message that refuses series, no count of seasons at all (``seasons_of_refused_series``)."""
    return seasons_of_refused_series(
        tighten(bare_bounds(bare_bounds_before(text, not_long_series(text, permitted(text, refused_windows(text, found)))))))
