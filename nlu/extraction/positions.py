"""Which item of the last list the viewer means: "the second one" → 2, "last one" → last, "#3" → 3.

This is the extra ``position`` entity of contracts §5 (values ``1``..``10`` or ``last``). An ordinal
only counts when it clearly points into a list — followed by "one"/"option"/... or standing as
"the second" at the end of a clause — so "last five years" or "first, ..." are left alone.
"""

from __future__ import annotations

import re

from .numbers import ORDINAL, ORDINALS, WORD_NUMBER, parse_number
from .spans import P_STRUCTURED, Match, single

ENTITY = "position"
MAX_POSITION = 10
_F = re.IGNORECASE
_NOUN = (r"(?:one|option|title|result|suggestion|pick|recommendation|choice|movie|film|show|series|item"
         r"|entry|thing)s?")
_ORD = rf"(?P<ord>{ORDINAL}|last|latter|former)"
# Chat writes "one" as the digit after an ordinal ("the first 1", "the 2nd 1"); a number of units ("the first 1 hour",
# "the last 1.5 seasons") is not an item of the list.
_ONE = r"1(?![\d.,:]\d|\s*(?:min|minutes?|hours?|hrs?|h\b|seasons?|episodes?|eps?\b|years?|yrs?|%|st\b))"
_ORD_NOUN_RE = re.compile(rf"\b(?:the\s+|that\s+)?{_ORD}\s+(?:{_NOUN}|{_ONE})\b", _F)
_THE_ORD_RE = re.compile(rf"\bthe\s+{_ORD}\b(?=\s*(?:$|[.,!?;]|\s(?:please|pls|plz|sounds|looks|is|seems|one)\b))", _F)
# An ordinal followed by "but" and a change names an item as "the third one but ..." does (round 21d): "the third but
# for kids", "2nd but shorter" opening the message. "But" that links two clauses after it ("last but not least", "the
# first but also the best"), or opening a clause of its own ("first but i want ..."), is none; nor is "the last but
# one" (the second to last, ``_COUNTED_FROM_THE_END_RE``).
_BUT_CHANGE = r"(?=\s*,?\s+but\s+(?!not\s+least\b|one\b|(?:also|still|then|i|i'?m|we|you|it|it'?s|he|she|they|that|this|there)\b)\w)"
_THE_ORD_BUT_RE = re.compile(rf"\bthe\s+{_ORD}\b{_BUT_CHANGE}", _F)
_OPENING_ORD_BUT_RE = re.compile(rf"^\W*(?:(?:ok(?:ay)?|so|hmm+|um+|maybe|yeah|yes|oh|ooh)\W+)*(?P<span>{_ORD})\b{_BUT_CHANGE}", _F)
# "The second to last one", "next-to-last", "the last but one": an item counted back from the end, which the position
# values (1..10, last) cannot say; none is read, rather than the last item.
_COUNTED_FROM_THE_END_RE = re.compile(rf"\b(?:{ORDINAL}|next)[\s-]+(?:to|from)[\s-]+(?:the[\s-]+)?$", _F)
# Round 25d: the list's ends by their place on screen: "the top one", "that bottom pick" (with a noun of the list: "top
# rated", "top 10" and "the top shelf" are none).
_TOP_RE = re.compile(r"\b(?:the\s+|that\s+)?(?P<end>top|bottom)\s+(?:one|option|result|suggestion|pick|recommendation|choice|1)\b"
                     r"(?![\d.,:]\d)", _F)
# Round 26b: an ordinal alone after a likeness cue, "the" left out as terse typists do ("like 3rd", "similar to 2nd pls",
# "sth like last"): an item of the list, where the clause ends after it ("like last time" is none).
_LIKE_ORD_RE = re.compile(
    rf"\b(?:like|similar\s+to|similar)\s+(?P<span>(?:the\s+)?{_ORD})\b(?=\s*(?:$|[.,!?;]|\s(?:please|pls|plz|but)\b))", _F)
_HASH_RE = re.compile(r"(?<![\w#])#\s?(?P<n>\d{1,2})\b")
_NUMBERED_RE = re.compile(rf"\b(?:number|no\.|option|item|choice|result|pick)\s*#?\s*(?P<n>\d{{1,2}}|{WORD_NUMBER})\b", _F)


def _ordinal_value(word: str) -> str | None:
    w = word.lower()
    if w in ("last", "latter"):
        return "last"
    if w == "former":
        return "1"
    n = ORDINALS.get(w)
    return str(n) if n else None


def _number_value(raw: str) -> str | None:
    n = parse_number(raw)
    return str(int(n)) if n is not None and n == int(n) and 1 <= n <= MAX_POSITION else None


def find(text: str) -> list[Match]:
    """Every list reference in ``text``."""
    out = []
    for rx in (_ORD_NOUN_RE, _THE_ORD_RE, _THE_ORD_BUT_RE):
        for m in rx.finditer(text):
            if (value := _ordinal_value(m["ord"])) and not _COUNTED_FROM_THE_END_RE.search(text, 0, m.start("ord")):
                out.append(single(ENTITY, m.start(), m.end(), value, P_STRUCTURED, "position-ordinal"))
    for m in _LIKE_ORD_RE.finditer(text):
        if value := _ordinal_value(m["ord"]):
            out.append(single(ENTITY, m.start("span"), m.end("span"), value, P_STRUCTURED, "position-ordinal"))
    if (m := _OPENING_ORD_BUT_RE.match(text)) and (value := _ordinal_value(m["ord"])):
        out.append(single(ENTITY, m.start("span"), m.end("span"), value, P_STRUCTURED, "position-ordinal"))
    for m in _TOP_RE.finditer(text):
        out.append(single(ENTITY, m.start(), m.end(), "1" if m["end"].lower() == "top" else "last", P_STRUCTURED,
                          "position-top"))
    for rx in (_HASH_RE, _NUMBERED_RE):
        for m in rx.finditer(text):
            if value := _number_value(m["n"]):
                out.append(single(ENTITY, m.start(), m.end(), value, P_STRUCTURED, "position-number"))
    return out
