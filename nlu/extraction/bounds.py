"""A bound said without its unit: "like 8+", "3 or more", "5 plus", "2 or fewer", "90 max" (the extra ``bound`` entity).

With a unit the range rules read it ("8+ seasons" is ``seasons`` ``8-``, "90 minutes or less" ``duration`` ``-90``).
Without one the number is still a bound, only its unit is the search's: the extractor reports it as ``bound``
``N-`` (a lower bound) or ``-N`` (an upper one), outside the public list like ``position``, and the dialogue reads it
in the unit of the search it edits ("even longer, like 8+" after a search with seasons). The span is the number and
its comparator; it has the lowest priority, so any reading with a unit, an age ("ages 13+") or a rating wins.
"""

from __future__ import annotations

import re

from .numbers import NUMBER, parse_number
from .spans import P_TYPO, Match, single

ENTITY = "bound"
_F = re.IGNORECASE
# After the number: a lower bound's or an upper bound's word.
_AT_LEAST = r"\+|or\s+more|or\s+over|or\s+above|or\s+longer|plus|minimum|min|at\s+least"
_AT_MOST = r"or\s+less|or\s+fewer|or\s+under|or\s+below|or\s+shorter|max(?:imum)?|tops|at\s+most|at\s+the\s+most"
# What may follow a bare bound: the end, punctuation, or the words of a reply ("8+ would be great", "3 or more pls").
_AFTER = (r"(?=\s*(?:$|[.,!?;:)]|(?:please|pls|plz|then|would|is|are|works?|ok|okay|fine|thanks|ideally|maybe"
          r"|preferably|if|tho|though|and|but|i\s+guess|i\s+think|would|even|ideally)\b))")
# A number of something else before it: "rated 13+", "pg 13+", "ages 10+", "season 3 or more".
_NOT_AFTER = r"(?<!rated\s)(?<!ages\s)(?<!aged\s)(?<!age\s)(?<!pg\s)(?<!pg-)(?<!season\s)(?<!episode\s)"
# Numbers that said with "+" are an age limit ("something 18+", "a 16+ film"), never a count of seasons or minutes.
_AGE_LIMITS = frozenset({13, 16, 17, 18, 21})
_BOUND_RE = re.compile(
    rf"{_NOT_AFTER}(?<![\w.+-])(?P<n>{NUMBER})\s*(?:(?P<min>{_AT_LEAST})|(?P<max>{_AT_MOST})){_AFTER}", _F)


def find(text: str) -> list[Match]:
    """Every bare bound of ``text``: ``N-`` after "+", "or more", "plus"; ``-N`` after "or less", "max", "tops"."""
    out = []
    for m in _BOUND_RE.finditer(text):
        n = parse_number(m["n"])
        if n is None or "." in m["n"] or not 0 < n < 1000 or (int(n) in _AGE_LIMITS and m["min"]):
            continue
        value = f"{int(n)}-" if m["min"] else f"-{int(n)}"
        out.append(single(ENTITY, m.start(), m.end(), value, P_TYPO, "bound-bare"))
    return out
