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
    for rx in (_ORD_NOUN_RE, _THE_ORD_RE):
        for m in rx.finditer(text):
            if value := _ordinal_value(m["ord"]):
                out.append(single(ENTITY, m.start(), m.end(), value, P_STRUCTURED, "position-ordinal"))
    for rx in (_HASH_RE, _NUMBERED_RE):
        for m in rx.finditer(text):
            if value := _number_value(m["n"]):
                out.append(single(ENTITY, m.start(), m.end(), value, P_STRUCTURED, "position-number"))
    return out
