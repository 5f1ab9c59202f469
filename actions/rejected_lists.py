"""A list turned down as a whole stays out while the viewer keeps refining: "none of those, something else", then
"still no. maybe not <origin>" must never bring back a title of the first list.

A "something else" after a list keeps the lineage's titles out only while the search stays the same; the next edit
of a constraint (an origin, a runtime) is a new filter set, and the titles shown before may match it again. When the
viewer said the titles were not wanted ("none of these", "still no", "didn't like any of them"), every title shown in
the lineage so far (the ``shown_ids`` slot: the lists of this search, each "something else" included) joins the titles
turned down for the conversation (``rejected_ids``), which every later plan leaves out (``planning._with_rejected``);
and an edit after it ("only ones from india") leaves out the "something else" picks shown since as well.
"""

from __future__ import annotations

import re
from typing import Optional

from actions.planning import Plan
from actions.turn import Turn

_F = re.IGNORECASE
# The whole list, or the lists so far, not wanted. "something else" alone asks for more, it turns nothing down.
_LIST_REJECTED_RE = re.compile(
    r"\bnone\s+of\s+(?:these|those|them|this\s+(?:list|lot|batch))\s*(?:$|[,.!?;]|\b(?:appeal|grab|work|interest"
    r"|do\s+it|please|pls|thanks|either|really|tbh)\w*)"
    r"|\bneither\s+of\s+(?:these|those|them)\b"
    r"|^\W*(?:still\s+)?(?:nope|nah|no)\W+(?:still\s+)?(?:none|nothing|neither)\b"
    r"|^\W*still\s+(?:no|nope|nah|nothing|not\s+(?:it|them|these|those|right|quite|good|feeling\s+it|for\s+(?:me|us)))\b"
    r"|\b(?:didn'?t|don'?t|do\s+not|did\s+not)\s+(?:really\s+)?(?:like|want|fancy)\s+any\s+of\s+(?:these|those|them)\b"
    r"|\bnot\s+(?:into|feeling|keen\s+on)\s+any\s+of\s+(?:these|those|them)\b"
    r"|\b(?:these|those|they)\s+all\s+(?:look|seem|sound)\s+(?:\w+\s+)?(?:boring|dull|bad|awful|terrible|lame)\b", _F)


# The fewest titles an earlier list had for its turn-down to mark the lineage (one title turned down is no list).
MIN_LIST = 2


def turns_down_the_lists(text: Optional[str]) -> bool:
    """Whether the message says the titles shown are not wanted ("none of these", "still no", "didn't like any of
    them"); "something else", "another one" or "not the third" turn down no list."""
    return bool(text) and not str(text).startswith("/") and bool(_LIST_REJECTED_RE.search(str(text)))


def keep_turned_down_lists_out(plan: Plan, turn: Turn) -> None:
    """Every title shown in this search's lineage joins the titles turned down when the message turns the list down;
    after such a turn-down, an edit that keeps the lineage leaves out the titles shown since too (the "something else"
    picks the viewer is now refining away from). Nothing changes otherwise or with nothing shown."""
    if not turn.last_items:
        return
    shown = list(turn.shown_ids) + [str(i["id"]) for i in turn.last_items if i.get("id")]
    if turns_down_the_lists(turn.text):
        plan.rejected_ids = list(dict.fromkeys(list(plan.rejected_ids or turn.rejected_ids) + shown))
    elif not (plan.shown_ids and _lineage_turned_down(turn)):
        return
    plan.exclude_ids = list(dict.fromkeys(plan.exclude_ids + shown))
    plan.again_if_empty = [i for i in plan.again_if_empty if i not in set(shown)]


def _lineage_turned_down(turn: Turn) -> bool:
    """Whether every title shown in this search before the list now on screen was turned down (a list turned down as a
    whole, then "something else"): one title turned down ("not the third") or a first list alone is no such lineage."""
    current = {str(i.get("id")) for i in turn.last_items}
    earlier = [i for i in turn.shown_ids if i not in current]
    return len(earlier) >= MIN_LIST and set(earlier) <= set(turn.rejected_ids)
