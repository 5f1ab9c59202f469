"""Titles of the list the viewer has seen (pure; no I/O).

"I've seen the second one", "seen the first two", "seen 1 and 3", "seen them all", "those are all repeats for us":
those titles are left out (and recorded as seen) and fresh picks follow (``find_seen``); ``says_seen`` tells a seen
remark from "haven't seen it".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from actions.references import parse_position
from actions.turn import Turn

_F = re.IGNORECASE

# A seen verb: "I've seen the second one", "watched those already", "seen them all".
_SEEN_VERB_RE = re.compile(r"\b(?:seen|watched|saw|already\s+(?:seen|watched|saw))\b", _F)
_NOT_SEEN_RE = re.compile(r"(?:\b(?:not|never|havent|hasnt|didnt|dont|yet\s+to)|n't)\s+(?:\w+\s+)?(?:seen|watched|saw|see|watch)\b", _F)


def says_seen(text: Optional[str]) -> bool:
    """The message says something was seen already ("seen", "watched", "saw"), not that it was not ("haven't seen")."""
    return bool(text) and _SEEN_VERB_RE.search(text or "") is not None and _NOT_SEEN_RE.search(text or "") is None


# Round 24b: the list said to be repeats for the viewer ("those are all repeats for us", "all reruns", "we've had all of
# those", "done all of these already"): every title shown is seen — fresh picks of the same search, never a new search.
_REPEATS_RE = re.compile(
    r"\b(?:repeats|reruns|re-runs|rewatches|re-watches)\b"
    r"|\b(?:had|done|seen\s+and\s+done)\s+(?:all\s+(?:of\s+)?)?(?:those|these|them|'?em)(?:\s+(?:all|already|before))*\s*(?:[,.;!?]|$)", _F)
_SEEN_ALL_RE = re.compile(
    r"\b(?:seen|watched|saw)\s+(?:(?:them|those|these|'?em|all)(?:\s+(?:all|already|before|ones))?"
    r"|all\s+(?:of\s+)?(?:them|those|these|'?em)|every\s*(?:one|thing|single\s+one)|both(?:\s+of\s+them)?)\b", _F)
_SEEN_FIRST_RE = re.compile(
    r"\b(?P<end>first|top|last)\s+(?P<n>two|three|four|2|3|4|couple|pair)\b(?!\s+(?:of\s+)?(?:seasons?|episodes?|minutes?"
    r"|mins?|hours?|years?|times?|days?|weeks?)\b)", _F)
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4, "couple": 2, "pair": 2}
# "seen the first of those", "watched the second and fourth", "saw the last of them": list ordinals right after a seen
# verb, which the extractor reads no position in when no "one" follows them.
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
                  "5th": 5, "last": -1}
_ORDINAL = r"(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last)"
_SEEN_ORDINALS_RE = re.compile(
    rf"\b(?:seen|watched|saw)\s+(?:(?:the|that|this)\s+)?(?P<list>{_ORDINAL}(?:\s*(?:,|and|&|\+)\s*(?:the\s+)?{_ORDINAL})*)"
    r"(?=\s*(?:$|[,.;:!?]|(?:ones?|of\s+(?:those|these|them|'?em|the\s+(?:list|lot|picks|bunch))|already|before|too"
    r"|and|but|so|lol|haha|though|tho|then|now|any|more|show|got|pls|please)\b))", _F)
# "seen 1 and 3", "watched #2 and #4": list numbers right after a seen verb.
_SEEN_NUMBERS_RE = re.compile(
    r"\b(?:seen|watched|saw)\s+(?:(?:the\s+)?(?:numbers?|#|no\.?)\s*)?(?P<list>[1-9](?:\s*(?:,|and|&|\+)\s*(?:#\s*)?[1-9])*)\b", _F)


@dataclass(frozen=True)
class Seen:
    """Titles of the list just shown that the viewer has seen (``every``: the whole list)."""

    item_ids: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    every: bool = False


def find_seen(turn: Turn, intent: Optional[str]) -> Optional[Seen]:
    """The shown titles this message says the viewer has already seen, or None ("seen the first two",
    "I've seen the second one", "seen them all")."""
    text = turn.text or ""
    items = turn.last_items
    if not items or text.startswith("/") and intent != "feedback_seen":
        return None
    if not text.startswith("/") and _REPEATS_RE.search(text):
        return Seen(every=True)  # "those are all repeats for us, new ones pls": the whole list seen, fresh picks
    if intent != "feedback_seen" and not _SEEN_VERB_RE.search(text) or _NOT_SEEN_RE.search(text):
        return None  # "haven't seen those" is no reason to leave them out
    positions: list[int] = []
    for e in turn.entities:
        if e.name == "position":
            index = parse_position(e.value, len(items))
            if index is not None:
                positions.append(index)
        elif e.name == "item_id":
            positions += [i + 1 for i, item in enumerate(items) if str(item["id"]) == e.value]
        elif e.name == "title":
            positions += [i + 1 for i, item in enumerate(items)
                          if str(item.get("title") or "").casefold() == e.value.casefold()]
    for m in _SEEN_FIRST_RE.finditer(text):
        n = min(_SMALL_NUMBERS[m["n"].lower()], len(items))
        positions += list(range(1, n + 1)) if m["end"].lower() != "last" else list(range(len(items) - n + 1, len(items) + 1))
    for m in _SEEN_NUMBERS_RE.finditer(text):
        positions += [int(d) for d in re.findall(r"[1-9]", m["list"]) if int(d) <= len(items)]
    if not positions:  # "seen the first of those": no position entity read, the ordinals after the verb say which
        positions += _seen_ordinals(text, len(items))
    if not positions:
        if _SEEN_ALL_RE.search(text):
            return Seen(every=True)
        return None
    chosen = [items[i - 1] for i in dict.fromkeys(positions)]
    return Seen(tuple(str(i["id"]) for i in chosen), tuple(str(i.get("title") or "") for i in chosen))


def _seen_ordinals(text: str, count: int) -> list[int]:
    """The list positions named by ordinals right after a seen verb ("seen the first of those", "watched the second
    and fourth"), within a list of ``count`` titles; "seen the first season" names no title of the list."""
    found: list[int] = []
    for m in _SEEN_ORDINALS_RE.finditer(text):
        for word in re.findall(_ORDINAL, m["list"], _F):
            index = _ORDINAL_WORDS[word.lower()]
            index = count if index < 0 else index
            if 1 <= index <= count:
                found.append(index)
    return found
