"""A bound said without its unit: "like 8+", "3 or more", "5 plus", "2 or fewer", "90 max", and said before its number,
"at least 5", "no more than 3", "under 90", "more than 2" (the extra ``bound`` entity).

With a unit the range rules read it ("8+ seasons" is ``seasons`` ``8-``, "90 minutes or less" ``duration`` ``-90``).
Without one the number is still a bound, only its unit is the search's: the extractor reports it as ``bound``
``N-`` (a lower bound), ``-N`` (an upper one) or ``<N`` (strictly below N: the unit decides what that is,
``contract.constraints.unitless_bound_in``), outside the public list like ``position``, and the dialogue reads it in
the unit of the search it edits ("even longer, like 8+" after a search with seasons; "at least 5 actually" after
series with at least 4 seasons). The span is the number and its comparator; it has the lowest priority, so any
reading with a unit, an age ("ages 13+", "kids under 10") or a rating wins. The number must close its clause ("at
least 3 of them", "more than 2 people" are no bound).
"""

from __future__ import annotations

import re

from contract.constraints import BELOW_MARK
from .numbers import NUMBER, parse_number
from .spans import P_TYPO, Match, single

ENTITY = "bound"
_F = re.IGNORECASE
THAN = r"th[ae]n"  # "less then 3 seasons": the common typo keeps its meaning
# Comparators said before a number, one home for the season rules and this one: each name says how the bound moves
# (strict ones exclude the number itself).
AT_MOST = (rf"(?:no|not|nothing)\s+more\s+{THAN}|(?:no|not|nothing)\s+(?:over|above)|at\s+most|max(?:imum)?"
           r"(?:\s+of)?|up\s+to|tops")
BELOW = rf"under|less\s+{THAN}|fewer\s+{THAN}|below|shorter\s+{THAN}"
AT_LEAST = rf"at\s+least|min(?:imum)?(?:\s+of)?|(?:no|not)\s+(?:less|fewer)\s+{THAN}"
ABOVE = rf"over|more\s+{THAN}|above|longer\s+{THAN}"
# After the number: a lower bound's or an upper bound's word.
_AT_LEAST_AFTER = r"\+|or\s+more|or\s+over|or\s+above|or\s+longer|plus|minimum|min|at\s+least"
_AT_MOST_AFTER = r"or\s+less|or\s+fewer|or\s+under|or\s+below|or\s+shorter|max(?:imum)?|tops|at\s+most|at\s+the\s+most"
# What may follow a bare bound: the end, punctuation, or the words of a reply ("8+ would be great", "3 or more pls",
# "at least 5 actually", "no more than 3 this time").
_AFTER = (r"(?=\s*(?:$|[.,!?;:)]|(?:please|pls|plz|then|would|is|are|works?|ok|okay|fine|thanks|ideally|maybe"
          r"|preferably|if|tho|though|and|but|i\s+guess|i\s+think|would|even|ideally|actually|instead|now|tonight"
          r"|this\s+time|too|again|rather|lol|haha)\b))")
# A number of something else before it: "rated 13+", "pg 13+", "ages 10+", "season 3 or more".
_NOT_AFTER = r"(?<!rated\s)(?<!ages\s)(?<!aged\s)(?<!age\s)(?<!pg\s)(?<!pg-)(?<!season\s)(?<!episode\s)"
# Someone's age said with a comparator before it ("she's over 10", "kids under 5", "i'm over 30"): no bound.
_NOT_BEFORE_PRE = (r"(?<!\bis\s)(?<!\bam\s)(?<!'m\s)(?<!’m\s)(?<!'s\s)(?<!’s\s)(?<!\bare\s)(?<!'re\s)(?<!kids\s)"
                   r"(?<!children\s)(?<!ages\s)(?<!aged\s)(?<!age\s)(?<!rated\s)(?<!ones\s)")
# Numbers that said with "+" are an age limit ("something 18+", "a 16+ film"), never a count of seasons or minutes.
_AGE_LIMITS = frozenset({13, 16, 17, 18, 21})
_BOUND_RE = re.compile(
    rf"{_NOT_AFTER}(?<![\w.+-])(?P<n>{NUMBER})\s*(?:(?P<min>{_AT_LEAST_AFTER})|(?P<max>{_AT_MOST_AFTER})){_AFTER}", _F)
_HEDGE = r"(?:\s+(?:like|about|around|maybe|say|just|only))?"
_BOUND_BEFORE_RE = re.compile(
    rf"{_NOT_BEFORE_PRE}\b(?:(?P<min>{AT_LEAST})|(?P<max>{AT_MOST})|(?P<above>{ABOVE})|(?P<below>{BELOW})){_HEDGE}"
    rf"\s+(?P<n>{NUMBER})(?![\w.%$£€]){_AFTER}", _F)


def find(text: str) -> list[Match]:
    """Every bare bound of ``text``: ``N-`` after "+", "or more", "plus" or before "at least N"; ``-N`` after "or
    less", "max", "tops" or before "no more than N"; ``N+1-`` for "more than N"; ``<N`` for "under N"."""
    out = []
    for m in _BOUND_RE.finditer(text):
        n = _whole(m["n"])
        if n is None or (n in _AGE_LIMITS and m["min"]):
            continue
        value = f"{n}-" if m["min"] else f"-{n}"
        out.append(single(ENTITY, m.start(), m.end(), value, P_TYPO, "bound-bare"))
    for m in _BOUND_BEFORE_RE.finditer(text):
        n = _whole(m["n"])
        if n is None or n in _AGE_LIMITS:  # "over 18", "under 13": an age
            continue
        value = (f"{n}-" if m["min"] else f"-{n}" if m["max"] else f"{n + 1}-" if m["above"]
                 else f"{BELOW_MARK}{n}")
        out.append(single(ENTITY, m.start(), m.end(), value, P_TYPO, "bound-bare-before"))
    return out


def _whole(word: str) -> int | None:
    """The whole number 1-999 a bound's number says, None for a fraction or anything else."""
    n = parse_number(word)
    return int(n) if n is not None and "." not in word and 0 < n < 1000 else None
