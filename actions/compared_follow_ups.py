"""Right after two titles compared, "more like whichever is scarier" / "ones like the funnier one": titles like the one
the quality points at, never a fresh genre search.

The two titles shown side by side (``actions.compared_titles``) are the list in view; the viewer's previous message is
the comparison that named them. A likeness word ("like", "similar to", "along the lines of") followed by a pointer to
one of the two by a quality ("whichever is <quality>", "the <quality> one", "the <quality> of the two") is a
like-search anchored on the title that quality points at, read from the catalog's genres exactly as the comparison's
verdict is (``actions.compared_fit.quality_pick``); the anchor's format is kept by the like-search itself. "That one" /
"the one you said" points with the comparison's own quality. When the quality does not tell them apart (same genres,
or a quality no genre stands for), the bot asks which one, the two titles as buttons: picking an anchor at random
would be a verdict made up. A position ("more like the first one") is the listed title already (round 26b).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional, Sequence

from actions import buttons
from actions.compared_fit import Quality, qualities_asked, quality_pick
from actions.compared_titles import compared_titles
from actions.contrast import CONTRAST
from actions.entities import Entity
from actions.turn import Turn
from contract import wording
from contract.payloads import Item
from contract.words import LIKENESS_CUE_PATTERN

_LIKE_RE = re.compile(rf"\b{LIKENESS_CUE_PATTERN}\s+", re.IGNORECASE)
# Between the likeness word and the quality: "whichever one is", "the", "the one that's", "whatever was the" …;
# "more" / "less" said before a mood ("the less romantic one") is part of the quality.
_POINTER_RE = re.compile(r"(?:(?:whichever|whatever|which\s+ever)(?:\s+one)?(?:\s+(?:is|was|seems|looked|'s|’s))?"
                         r"(?:\s+the)?|the(?:\s+one)?(?:\s+(?:that|which)(?:\s+is|\s+was|'s|’s)?)?)?"
                         r"(?:\s+(?P<degree>more|less))?\s*", re.IGNORECASE)
# "that one", "the one you said / picked / pointed at": the one the comparison's own quality pointed at.
_THAT_ONE_RE = re.compile(r"(?:that\s+one|the\s+one\s+you\s+(?:said|picked|chose|meant|pointed\s+(?:at|to)|"
                          r"suggested|mentioned))\b", re.IGNORECASE)


@dataclass(frozen=True)
class ComparedFollowUp:
    """The two titles compared (as listed), and the qualities the follow-up points with."""

    pair: tuple[dict, dict]
    qualities: tuple[Quality, ...]
    quality_spans: tuple[tuple[int, int], ...]


def compared_follow_up(turn: Turn) -> Optional[ComparedFollowUp]:
    """The follow-up asking for titles like one of the two just compared, pointed at by a quality; None otherwise."""
    text = turn.text or ""
    if not text or text.startswith("/") or not _LIKE_RE.search(text):
        return None
    pair = _pair_compared_before(turn)
    if pair is None:
        return None
    for like in _LIKE_RE.finditer(text):
        if _THAT_ONE_RE.match(text, like.end()):
            earlier = turn.earlier[0]
            return ComparedFollowUp(pair, tuple(qualities_asked(list(earlier.entities))), ())
        pointed = _pointed_quality(text, like.end(), turn.entities)
        if pointed is not None:
            return ComparedFollowUp(pair, (pointed[0],), (pointed[1],))
    return None


def _pointed_quality(text: str, start: int, entities: Sequence[Entity]) -> Optional[tuple[Quality, tuple[int, int]]]:
    """The quality a pointer right after ``start`` names ("whichever is scarier", "the less romantic one")."""
    for e in sorted(entities, key=lambda e: e.start or 0):
        if e.start is None or e.end is None or e.start < start or e.name not in (CONTRAST, "mood"):
            continue
        pointer = _POINTER_RE.fullmatch(text, start, e.start)
        found = qualities_asked([e])
        if pointer is None or not found:
            return None
        mood, more = found[0]
        if e.name == "mood" and (pointer.group("degree") or "").lower() == "less":
            more = not more
        return (mood, more), (e.start, e.end)
    return None


def _pair_compared_before(turn: Turn) -> Optional[tuple[dict, dict]]:
    """The two listed titles, when the viewer's previous message compared exactly them."""
    listed = turn.last_items
    if len(listed) != 2 or not turn.earlier or not turn.earlier[0].text:
        return None
    earlier = turn.earlier[0]
    sides = compared_titles(replace(turn, text=earlier.text, entities=list(earlier.entities)))
    said = {(s.title or "").casefold() for s in sides} if sides is not None else set()
    if said != {str(i.get("title") or "").casefold() for i in listed}:
        return None
    return listed[0], listed[1]


def anchored_turn(turn: Turn, follow: ComparedFollowUp) -> Optional[Turn]:
    """The like-search on the title the quality points at (its quality words never a shift of it: "scarier" chose
    the anchor), the message's other wishes kept; None when the quality does not tell the two apart."""
    first, second = (Item.from_dict(i) for i in follow.pair)
    picked = quality_pick(first, second, follow.qualities) if first is not None and second is not None else None
    if picked is None:
        return None
    kept = [e for e in turn.entities if not any(e.start == s and e.end == t for s, t in follow.quality_spans)
            and e.name not in ("position", "title", "item_id")]
    return replace(turn, intent="more_like", entities=[*kept, Entity("item_id", picked[0].id)])


def which_one_buttons(follow: ComparedFollowUp) -> tuple:
    """"More like <A>" / "More like <B>": the two titles to anchor on, as the comparison offered them."""
    return tuple(buttons.more_like_title(str(i.get("title")), str(i.get("id"))) for i in follow.pair)


def which_one_question(follow: ComparedFollowUp) -> str:
    """The question when the quality does not tell the two apart."""
    titles = [str(i.get("title")) for i in follow.pair]
    if follow.qualities:
        return wording.compared_follow_up_undecided(titles[0], titles[1], *follow.qualities[0])
    return wording.compared_follow_up_which(titles[0], titles[1])
