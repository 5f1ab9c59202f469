"""A superlative said as a request: "the shortest comedy you have", "your oldest horror", "longest series".

The extra ``sort`` entity (outside the public list, like ``added``; docs/contracts.md "Sort order") whose value is
one of ``contract.constraints.SORT_ORDERS``: the list starts at that far end of everything that matches. The
superlative must stand before what is asked for — a genre, a format, a country, a mood the extractor found right
after it, or "ones", "titles", "you have" — or end the request after "the"/"your" ("show me the shortest"), so
"the shortest way to say it" and "my oldest friend recommended" are no request. Turned down ("not the longest"),
it is emitted with the exclude role (the actions drop that order if the search had it). Asked of a list ("which of
these is the oldest", "the longest of them": ``contract.words.asks_of_the_list``, only near the superlative), it is
no sort: the actions answer that question about the list. "Newest" keeps its recent-years reading beside the sort ("your newest horror": recent horror, newest
first). Runs after every other reading (it looks at what follows).
"""

from __future__ import annotations

import re

from contract.constraints import SORT_WORDS, sort_words_pattern
from contract.words import asks_of_the_list

from .spans import EXCLUDE, Found

ENTITY = "sort"
_F = re.IGNORECASE
_SUPERLATIVE = re.compile(r"\b(?P<det>(?:the|your|ur|yr)\s+(?:very\s+)?)?(?P<w>" + sort_words_pattern()
                          + r")\b", _F)
# Kinds of entity that name what is asked for when they follow the superlative at once.
_ASKED = frozenset({"genre", "media_type", "country", "language", "mood", "audience", "added"})
# Words that may follow the superlative in a request ("the oldest ones you have", "shortest u got", "the longest
# possible", "the newest on netflix").
_FOLLOWS = re.compile(
    r"\s*(?:ones?\b|titles?\b|stuff\b|things?\b|picks?\b|(?:that\s+)?(?:you|u|ya)\s*(?:'ve|\s+have|\s+got|\s+can)\b"
    r"|available\b|possible\b|out\s+there\b|on\s+(?:netflix|here|the\s+(?:app|service|catalog(?:ue)?))\b"
    r"|in\s+(?:the|your)\s+catalog(?:ue)?\b|please\b|pls\b|plz\b)", _F)
_END = re.compile(r"\s*(?:[.!?,]|$)")
# Turned down just before: "not the longest", "nothing the oldest", "don't want the shortest" ("nothing but the
# shortest" asks for it).
_NEGATED = re.compile(r"\b(?:not|no|nothing(?!\s+but\b)|never|n't|dont|don't|without)\s+(?:\w+\s+){0,2}$", _F)

# One word may stand between the superlative and what is asked for ("the oldest war film"), unless it is a person
# ("my oldest friend", "her youngest son").
_ONE_WORD = re.compile(r"\s+(?P<w>[a-z][\w'-]*)", _F)
_PEOPLE = re.compile(r"(?:friend|buddy|pal|mate|kid|son|daughter|child|brother|sister|cousin|relative|colleague|"
                     r"coworker|one|way|day|time|thing|part|scene|bit|episode|season|line|joke)s?", _F)


def _first(text: str, at: int) -> int:
    """The position of the first non-space character from ``at``."""
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def add(text: str, found: list[Found]) -> list[Found]:
    """``found`` with the sort order a superlative asks for (at most one: the first; turned down, with the exclude
    role)."""
    starts = {f.start for f in found if f.entity in _ASKED}
    for m in _SUPERLATIVE.finditer(text):
        word = _ONE_WORD.match(text, m.end())  # "the oldest war film", "the oldest western on here"
        ends = [m.end()] + ([word.end()] if word and not _PEOPLE.fullmatch(word.group("w")) else [])
        asked = any(_first(text, e) in starts or _FOLLOWS.match(text, e) for e in ends) or (
            bool(m.group("det")) and bool(_END.match(text, m.end())))
        if (not asked or asks_of_the_list(text, m.start(), m.end()) or any(f.entity == ENTITY for f in found)):
            continue
        role = EXCLUDE if _NEGATED.search(text, 0, m.start("w")) else None
        order = Found(ENTITY, m.start("w"), m.end("w"), SORT_WORDS[m.group("w").lower()], role)
        return sorted([*found, order], key=lambda f: (f.start, f.end))
    return found
