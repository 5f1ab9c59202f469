"""Audience from a child's age: "for a 6 year old" → kids, "for my 15 year old" → teen.

The age bands mirror the maturity ladder of vocabulary.RATING_AUDIENCE: up to 9 the kids ratings
(TV-Y/TV-Y7/G), 10–12 parental-guidance (family), 13–17 PG-13/TV-14 (teen), adults above.
Word audiences ("kids", "family", "teens") are lexicon terms, listed at the end of this module.
"""

from __future__ import annotations

import re

from .numbers import WORD_NUMBER, parse_number
from .spans import P_STRUCTURED, Match, single
from .terms import Term

_F = re.IGNORECASE
_AGE = rf"(?:\d{{1,2}}|{WORD_NUMBER})"
_WHO = r"(?:(?:for|with)\s+)?(?:(?:a|an|my|our|the|his|her|their|your)\s+)?"
_YEAR_OLD_RE = re.compile(rf"\b{_WHO}(?P<age>{_AGE})[\s-]*(?:years?|yrs?|yr)[\s-]*olds?\b", _F)
_YO_RE = re.compile(rf"\b{_WHO}(?P<age>\d{{1,2}})\s*(?:yo|y/o|y\.o\.)(?![\w/])", _F)
_AGED_RE = re.compile(rf"\b(?:aged?|ages)\s+(?P<age>{_AGE})(?:\s*(?:\+|and\s+(?:up|over|older)|-\s*\d{{1,2}}|to\s+\d{{1,2}}))?", _F)


def audience_for_age(age: int) -> str:
    """The most mature audience suitable for a viewer of ``age``."""
    if age <= 9:
        return "kids"
    if age <= 12:
        return "family"
    if age <= 17:
        return "teen"
    return "adult"


def find(text: str) -> list[Match]:
    """Audience matches for every age expression in ``text``."""
    out = []
    for rx in (_YEAR_OLD_RE, _YO_RE, _AGED_RE):
        for m in rx.finditer(text):
            age = parse_number(m["age"])
            if age is not None and 0 < age < 100:
                out.append(single("audience", m.start(), m.end(), audience_for_age(int(age)),
                                  P_STRUCTURED, "audience-age"))
    return out


# Word audiences. They take precedence over the vocabulary's genre synonyms "for kids"/"children"/
# "family friendly": who is watching is a maturity constraint (contracts §5), not a catalog tag.
_WORDS: dict[str, tuple[str, ...]] = {
    "kids": ("kids", "kid", "children", "child", "little ones", "little kids", "young kids", "young children",
             "toddler", "toddlers", "preschooler", "preschoolers", "little one", "youngsters"),
    "family": ("family", "whole family", "the whole family", "all the family"),
    "teen": ("teens", "teenagers", "teenager", "adolescents", "young adult", "young adults"),
    "adult": ("adults", "grown-ups", "grownups", "grown ups", "grown-up", "mature audiences"),
}
_FIXED: dict[str, tuple[str, ...]] = {
    "kids": ("kid-friendly", "kid friendly", "child-friendly", "child friendly", "safe for kids",
             "suitable for kids", "appropriate for kids", "ok for kids"),
    "family": ("family-friendly", "family friendly", "all ages", "family night", "family movie night"),
    "teen": ("my teen", "a teen", "tweens and teens"),
    "adult": ("adult", "mature", "adults only", "for adults", "grown-up stuff"),
}
_TWEENS = ("tweens", "tween", "preteens", "pre-teens", "preteen")
_PREPS = ("", "for ", "with ")
_DETS = ("", "my ", "the ", "our ", "your ", "a ")


def terms() -> list[tuple[str, Term]]:
    """Lexicon entries for audiences, including "with my kids" / "for the family" framings."""
    out: list[tuple[str, Term]] = []
    for value, nouns in _WORDS.items():
        for noun in nouns:
            out += [(f"{prep}{det}{noun}", Term("audience", value)) for prep in _PREPS for det in _DETS]
    for value, phrases in _FIXED.items():
        out += [(p, Term("audience", value)) for p in phrases]
    out += [(f"{prep}{w}", Term("audience", "family")) for w in _TWEENS for prep in ("", "for ", "with ")]
    return out
