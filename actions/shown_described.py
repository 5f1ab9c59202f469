"""A title of the list just shown, picked by what happens in it: "the one with the boxer", "that one where they wear
blindfolds", "the one about the mobsters" after a person's list.

Read as a search, such a message turns its words into a keyword query ("sports · boxer") and a fresh list, or falls to
"I didn't get that" when it names nothing the extractor knows. But "the one …" after a list points at one of its
titles: the words are matched against each listed title's catalog text (title, synopsis, credits), and the title that
clearly says the most of them is the one meant (its card follows, actions/identification.py). When no listed title
says a word, or two say as much, the message is left to the usual reading (a position, a person, a new search).
"""

from __future__ import annotations

import asyncio
import re
from typing import Any, Mapping, Optional, Sequence

from actions.described_anchor import _said_in, _word_set, _telling
from actions.recommender_client import RecommenderRejected, RecommenderUnavailable, get_client
from actions.turn import Turn

_F = re.IGNORECASE
# "the one with …", "that one where …", "the movie about …": a pointer at one listed title, then what it has.
_POINTER_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|hm+|um+|wait|oh|yeah|yes|actually|hmm)\W+)*(?:what\s+about\s+|i\s+mean\s+)?"
    r"(?:the|that|this)\s+(?:[\w'-]+\s+)?(?:one|show|series|movie|film|doc|documentary)\s+"
    r"(?:with|w/?|where|about|that\s+has|in\s+which|who|when)\s+(?P<words>.+)$", _F)
# Entities that point otherwise: a position, a title, a person (actions/references.py), or a new search's kind.
_POINTING_ELSEWHERE = frozenset({"position", "item_id", "title", "actor", "director", "unknown_person"})
# Words of the pointing itself or of the list's order, never of what happens in the title ("the one with the guy",
# "not the first one", "the newer one"); shared with the titles turned down by description (actions/list_follow_ups.py).
POINTING_WORDS = frozenset({
    "one", "ones", "guy", "lady", "people", "person", "thing", "things", "stuff", "there", "they", "them", "their",
    "was", "were", "some", "lots", "lot", "kind", "sort", "again", "please",
    "first", "second", "third", "fourth", "fifth", "last", "next", "other", "others", "same", "new", "old", "newer",
    "older", "long", "short", "longer", "shorter", "previous", "top", "bottom", "middle"})
# Labels such a question may get; a like or a dislike of "the one with …" stays feedback.
ASKING_INTENTS = frozenset({"request_recommendation", "refine", "ask_details", "nlu_fallback", "out_of_scope",
                            "something_else", "more_like"})
MIN_LEAD = 1                # the title meant says at least one word more than any other listed title
MAX_ITEMS = 10              # the listed titles read in full (one recommender call each, concurrently)


def pointed_words(turn: Turn) -> tuple[str, ...]:
    """The telling words of a "the one with …" message after a list, or () when it is no such message."""
    text = turn.text or ""
    if turn.intent not in ASKING_INTENTS or not turn.last_items or text.startswith("/") or any(e.name in _POINTING_ELSEWHERE for e in turn.entities):
        return ()
    m = _POINTER_RE.match(text)
    if m is None:
        return ()
    # words read as a constraint ("the one with more action", "the one with the italian guy") edit the search or
    # describe by a kind: only the rest tells what happens in one title
    spans = [(e.start, e.end) for e in turn.entities if e.start is not None and e.end is not None]
    start = m.start("words")
    kept = "".join(" " if any(a <= start + i < b for a, b in spans) else ch for i, ch in enumerate(m["words"]))
    words = [w.strip("'-").removesuffix("'s") for w in re.findall(r"[\w'-]+", kept.casefold())]
    return tuple(dict.fromkeys(w for w in words if _telling(w) and w not in POINTING_WORDS))


def best_described(words: Sequence[str], items: Sequence[dict[str, Any]]) -> Optional[dict[str, Any]]:
    """The listed title whose catalog text says clearly more of ``words`` than any other, else None."""
    counted = sorted(((_matched(words, item), n) for n, item in enumerate(items)), key=lambda c: -c[0])
    if not counted or counted[0][0] == 0:
        return None
    if len(counted) > 1 and counted[0][0] - counted[1][0] < MIN_LEAD:
        return None
    return items[counted[0][1]]


def _matched(words: Sequence[str], item: dict[str, Any]) -> int:
    credits = " ".join(str(p) for p in (item.get("cast") or []) + (item.get("directors") or []))
    stems = _word_set(f"{item.get('title') or ''} {item.get('description') or ''} {credits}")
    return sum(1 for w in words if _said_in(w, stems))


async def shown_title_described(turn: Turn) -> Optional[dict[str, Any]]:
    """The listed title the message picks by what happens in it (module docstring), read in full, or None."""
    words = pointed_words(turn)
    if not words:
        return None
    full = await read_in_full(turn.last_items)
    return None if full is None else best_described(words, full)


def listed_items(last_items: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The shown titles as remembered, at most ``MAX_ITEMS`` of them (each read in full costs a recommender call)."""
    return [dict(i) for i in last_items[:MAX_ITEMS] if isinstance(i, Mapping) and i.get("id")]


async def read_in_full(last_items: Sequence[Mapping[str, Any]]) -> Optional[list[dict[str, Any]]]:
    """The shown titles (``listed_items``) with their catalog text (synopsis, credits), or None when the catalog
    cannot be reached."""
    listed = listed_items(last_items)
    client = get_client()
    try:
        full = await asyncio.gather(*(client.item(str(i["id"])) for i in listed))
    except (RecommenderUnavailable, RecommenderRejected):
        return None
    return [{**i, **(f or {})} for i, f in zip(listed, full)]
