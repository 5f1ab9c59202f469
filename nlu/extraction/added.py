""""What's new", "just added", "new arrivals": titles the service added recently, not recent releases.

The extra ``added`` entity (outside the public list, like ``position``; docs/contracts.md "Cold-start
prior and what's new") whose value is a number of days, counted back from the catalog's newest
``date_added`` (never from today's date): ``NEW_ARRIVAL_DAYS`` for "new on Netflix", "just added",
"recently added", "what's new"; 7 for "added this week". The dialogue keeps it as the hard constraint
``added_days``. "New comedies" / "latest movies" stay release years (years.py): they are about when a
title came out, not when the service got it.
"""

from __future__ import annotations

import re

from contract.constraints import NEW_ARRIVAL_DAYS
from .spans import P_STRUCTURED, Match, single

ENTITY = "added"
WEEK_DAYS = 7
_F = re.IGNORECASE
_SERVICE = r"(?:netflix|the\s+(?:service|app|catalog(?:ue)?|platform|site)|here)"
_RULES: tuple[tuple[int, re.Pattern[str]], ...] = (
    (WEEK_DAYS, re.compile(r"\b(?:added|new|arrived|uploaded)\s+(?:this|in\s+the\s+last|over\s+the\s+past)\s+week\b", _F)),
    (NEW_ARRIVAL_DAYS, re.compile(
        r"\b(?:(?:just|recently|newly|freshly|lately)\s+(?:been\s+)?(?:added|uploaded|arrived|landed)"
        r"|(?:added|uploaded)\s+(?:recently|lately)"
        r"|(?:new|latest|recent|newest|fresh)\s+(?:arrivals?|additions?|uploads?|drops?|on\s+" + _SERVICE + r")"
        r"|(?:added|uploaded)\s+(?:this|last)\s+month"
        r"|what(?:'|’)?s\s+(?:new|fresh)(?!\s+(?:with|about)\b)|what\s+is\s+new"
        r"|anything\s+new\s+(?:on|to)\s+" + _SERVICE +
        # "anything new?" as the whole request (round 35): what came in lately; "anything new with <someone>" asks more
        r"|^\W*(?:(?:so|ok(?:ay)?|hey|hi|um+|hm+|got|is\s+there|you\s+got)\W+)*anything\s+new"
        r"(?=\s*(?:lately|recently|this\s+week|today|tonight|please|pls)?\s*[?.!]*\s*$))\b", _F)),
)


def find(text: str) -> list[Match]:
    """Every "recently added" phrase in ``text``."""
    return [single(ENTITY, m.start(), m.end(), str(days), P_STRUCTURED, "added")
            for days, rx in _RULES for m in rx.finditer(text)]
