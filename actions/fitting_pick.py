"""A title of the list just shown, picked by who it suits or what kind it is: "the one that's for kids", "which one is
ok for the kids", "the one that's a comedy" after a person's list (round 25b).

Labelled a details question, such a message names no title and no position, so it used to be answered "which one do
you mean?". Its audience or genre words describe one listed title: the titles whose rating suits that audience (and,
of several, those filed under the children's genres) or whose genres hold that genre. One fitting title is the one
meant (its card follows); several are the list narrowed to them, a search edit; none leaves the turn as it was.
"""

from __future__ import annotations

import re
from typing import Any, Mapping, Optional, Sequence

from actions.entities import Entity
from actions.turn import Turn
from contract.vocabulary import AUDIENCES, ratings_for_audience

_F = re.IGNORECASE
# "the one that's for kids", "which one is a comedy", "the one for the kids", "the show that is ok for children".
_FITTING_POINTER_RE = re.compile(
    r"\b(?:the|which)\s+(?:one|show|series|movie|film)\s+(?:(?:that|which)\s*(?:'s|’s|\s+is)?|is|'s|’s)?\s*"
    r"(?:[\w'-]+\s+){0,2}?(?:for|an?)\b", _F)
# Genres a children's title is filed under: of several titles whose rating suits a child, the one filed so.
CHILDRENS_SHELF = frozenset({"kids", "family"})
_YOUNG = frozenset(AUDIENCES[:AUDIENCES.index("family") + 1])


def fitting_listed(turn: Turn) -> Optional[list[Mapping[str, Any]]]:
    """The listed titles the message's description fits, or None when the message points at no listed title by who
    it suits or what kind it is (it names a title, a position or a person, or no list is in view)."""
    text = turn.text or ""
    if not turn.last_items or len(turn.last_items) < 2 or not text or text.startswith("/"):
        return None
    if any(e.name in ("title", "position", "item_id", "actor", "director", "unknown_person") for e in turn.entities):
        return None
    if _FITTING_POINTER_RE.search(text) is None:
        return None
    described = [e for e in turn.entities if e.name in ("audience", "genre") and not e.excluded]
    if not described:
        return None
    return _fitting(turn.last_items, described)


def _fitting(items: Sequence[Mapping[str, Any]], described: Sequence[Entity]) -> list[Mapping[str, Any]]:
    """The items every described audience and genre fits; of several suiting a child, those on the children's shelf."""
    fit = list(items)
    for e in described:
        if e.name == "audience" and str(e.value) in AUDIENCES:
            allowed = set(ratings_for_audience(str(e.value)))
            fit = [i for i in fit if i.get("rating") in allowed]
            if len(fit) > 1 and str(e.value) in _YOUNG:
                shelf = [i for i in fit if CHILDRENS_SHELF & set(i.get("genres") or ())]
                fit = shelf or fit
        elif e.name == "genre":
            fit = [i for i in fit if str(e.value) in (i.get("genres") or ())]
    return fit
