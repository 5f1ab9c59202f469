"""Round 28B: the far end of the search asked for after a list — an order, never a filter.

After a list, "whichever is the newest", "the most recent one", "the latest one then", "whichever one's the
shortest", "the oldest" ask for the one title at that end of the current search: the search is ordered
(``contract.constraints.SORT_ORDERS``, docs/contracts.md "Sort order") and every constraint stays. The readings other
rules give the same words are dropped: "newest" / "most recent" / "latest" as the recent-years filter (the search shown
may hold nothing from the last years: a person's specials), and a bare or singular superlative as a bound past the
list ("older than those", ``actions/cues.list_comparatives``) — the far end may be a title already shown, so the list
is re-ordered, not emptied. "The oldest ones you have" (plural, asking for more titles) keeps its relative bound and
the order; "the newest ones you have" is the order alone (a bound past the list's newest year leaves nothing when the
list already reaches the catalog's end). A superlative asked of the list ("which of these is the newest", "the shortest
of those": ``contract.words.asks_of_the_list``) is a question about the titles shown, answered with that title
(``actions/earlier_lists.picked_by_comparative``), and one before what is asked for ("the newest horror") is a request
read by the extractor.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Optional

from actions.entities import Entity
from contract.words import asks_of_the_list

_F = re.IGNORECASE
# The superlatives of an order (contract.constraints.SORT_WORDS and the ways of saying "newest" it lacks).
_ORDERS = {"newest": "newest", "latest": "newest", "most recent": "newest", "oldest": "oldest", "earliest": "oldest",
           "shortest": "shortest", "quickest": "shortest", "longest": "longest", "lengthiest": "longest"}
_WORD = r"(?P<w>newest|latest|most\s+recent|oldest|earliest|shortest|quickest|longest|lengthiest)"
# "whichever (one) is / 's / was", or the determiner of the far end ("the", "your", "ur").
_LEAD = (r"(?:\bwhichever(?:\s+one)?(?:'s|’s|\s+is|\s+was|\s+are|\s+comes)?\s+(?:out\s+)?(?:the\s+)?(?:very\s+)?"
         r"|\b(?:the|your|ur|yr)\s+(?:very\s+)?)")
# What may close the ask: one title ("one", "film", "special" …) or nothing, then courtesy, "then", "of his/hers".
_SINGLE = r"(?:\s+(?:one|title|movie|film|show|series|special|episode|doc|documentary))?"
_PLURAL = r"\s+(?:ones|titles|movies|films|shows|specials|stuff|things)(?:\s+(?:you|u|ya)\s*(?:'ve|\s+have|\s+got)?)?"
_TAIL = (r"(?:\s+(?:of\s+(?:his|hers|theirs|them\s+all|all)|available|on\s+(?:here|netflix)|you\s+(?:have|got)|then|please"
         r"|pls|plz|tho|though|i\s+guess|maybe|lol|first))*\s*(?:[.!?,;]|$)")
_SINGLE_RE = re.compile(_LEAD + _WORD + _SINGLE + _TAIL, _F)
_PLURAL_NEWEST_RE = re.compile(_LEAD + r"(?P<w>newest|latest|most\s+recent)" + _PLURAL + _TAIL, _F)
# The readings of those words this order replaces.
_REPLACED = {"year": {"recent", "newer", "older"}, "duration": {"shorter", "longer"}, "sort": None}


def far_end_asked(text: Optional[str]) -> Optional[tuple[str, int, int]]:
    """The order a superlative said of the search's far end asks for after a list, and the span of its words
    (module docstring), or None (none said, or one asked of the list shown, or one before a kind: a request)."""
    if not text or text.startswith("/"):
        return None
    for rx in (_SINGLE_RE, _PLURAL_NEWEST_RE):
        for m in rx.finditer(text):
            if m.group(0).lower().startswith("which") or not asks_of_the_list(text, m.start("w"), m.end("w")):
                word = re.sub(r"\s+", " ", m.group("w").lower())
                return _ORDERS[word], m.start(), m.end("w")
    return None


def far_end_order(text: Optional[str], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` of a turn after a list with the far end asked for read as the order alone: the sort entity over
    the words, and no recent-years filter, no bound past the list read from the same words (module docstring)."""
    asked = far_end_asked(text)
    if asked is None:
        return list(entities)
    order, start, end = asked
    kept: list[Entity] = []
    for e in entities:
        replaced = e.name in _REPLACED and (_REPLACED[e.name] is None or e.value in _REPLACED[e.name])
        inside = e.start is not None and e.end is not None and e.start < end and e.end > start
        if replaced and inside and not e.excluded:
            continue
        kept.append(e)
    sort = Entity("sort", order, None, start, end)
    return sorted(kept + [sort], key=lambda e: e.start if e.start is not None else -1)

