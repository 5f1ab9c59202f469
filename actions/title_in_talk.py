"""The title the conversation is about, when the viewer points back at it without naming it ("more like that one",
"shows like it", "more of that vibe", "similar pls", "anything else in that vein", "other scary films").

``references.resolve`` answers for a pointer into the list (a position, a title named, the card in focus, the only
title listed). When it finds nothing the viewer may still mean one title, and this module says which, in this order:

1. a list all of one franchise ("kung fu panda" answered with its entries): the franchise's main title — the entry
   named as the franchise alone, else its series, else its earliest entry;
2. the one title the viewer named in their previous message (not turned down there, nor since): "we watched <title>
   last week" then "anything else in that vein" — the last title the viewer named;
3. the title the search is "like" (``similar_to``) while its list is shown: "<title>" then "ok more like that one".

Only when none of these holds (the last list had several unrelated titles and nothing was named) does the action ask
"which one?". The same title is the one "other <kind>" is other than: a title mentioned (its card shown, or named in
the previous message) is never offered back by a search for others (``mentioned_title_id``).
"""

from __future__ import annotations

import re
from typing import Any, Mapping, Optional, Sequence

from actions.entities import EXCLUDE, SIMILAR, Entity
from actions.references import Reference, lookup_title_id
from actions.styled_titles import same_franchise
from actions.turn import Turn
from contract.gazetteer import plain_name

_F = re.IGNORECASE
# Words in the previous message that turned its title down or disliked it: never the title in talk afterwards.
_TURNED_DOWN_RE = re.compile(
    r"\b(?:not|no|never|skip|without|except|hated?|disliked?|awful|terrible|boring|rubbish|overrated|meh|sucked"
    r"|didn'?t\s+(?:like|enjoy|love)|don'?t\s+(?:like|want|show)|couldn'?t\s+(?:stand|finish|get\s+into)|gave\s+up)\b", _F)

# A pointer back with a likeness that names no title: "like that (one)", "like it", "similar", "that vibe", "in that
# vein", "along those lines", "more of that", "the same sort of thing".
POINTS_BACK_RE = re.compile(
    r"\b(?:like|similar\s+to)\s+(?:that|this|it)(?:\s+one)?\b"
    r"|\bsimilar\b(?!\s+to\b)"
    r"|\b(?:that|this|the\s+same|same)\s+(?:vibe|vibes|vein|feel|feeling|energy|style|tone|flavou?r|sort\s+of\s+thing"
    r"|kind\s+of\s+thing|type\s+of\s+thing)\b"
    r"|\bin\s+(?:that|the\s+same)\s+(?:vein|spirit|style|mould|mold)\b"
    r"|\b(?:along|on)\s+(?:those|the\s+same)\s+lines\b"
    r"|\bmore\s+of\s+(?:that|this|the\s+same)\b", _F)


def points_back(text: Optional[str]) -> bool:
    """Whether the message points back at a title with a likeness and names none itself (module docstring)."""
    return bool(text) and not (text or "").startswith("/") and POINTS_BACK_RE.search(text or "") is not None


def title_in_talk(turn: Turn) -> Optional[Reference]:
    """The title the conversation is about when ``references.resolve`` found none (module docstring), or None."""
    return franchise_main_title(turn.last_items) or named_before(turn) or _search_anchor(turn)


def named_before(turn: Turn) -> Optional[Reference]:
    """The one title the viewer named in their previous message, not turned down there or since, or None."""
    if not turn.earlier:
        return None
    from actions.edits import says_seen

    said = turn.earlier[0]
    seen = says_seen(said.text)  # "we watched <title> last week": read as left out, yet what is talked about
    # a title the viewer is talking about: said plainly, as a "like" anchor, or seen; never one a person is known from
    # ("the guy from <title>": cast_of) nor one turned down
    titles = list(dict.fromkeys(e.value for e in said.entities if e.name == "title"
                                and (e.role in (None, SIMILAR) or (seen and e.role == EXCLUDE))))
    if len(titles) != 1 or (said.text and _TURNED_DOWN_RE.search(said.text)):
        return None
    item_id = lookup_title_id(titles[0])
    if item_id is None or item_id in turn.rejected_ids:
        return None
    return Reference(item_id, titles[0])


def mentioned_title_id(turn: Turn) -> Optional[str]:
    """The catalog id of a title just mentioned: the card in focus, else the one title named in the previous message.
    A search for "other <kind>" never offers it back."""
    if turn.focused_id:
        return turn.focused_id
    named = named_before(turn)
    return named.item_id if named is not None else None


def _search_anchor(turn: Turn) -> Optional[Reference]:
    """The title the search is like, while that search's list is shown."""
    state = turn.constraints
    if not state.similar_to or not turn.last_items:
        return None
    same = state.similar_to == state.similar_title
    item_id = lookup_title_id(state.similar_to) if same else state.similar_to
    return Reference(item_id, state.similar_title or state.similar_to) if item_id else None


def franchise_main_title(items: Sequence[Mapping[str, Any]]) -> Optional[Reference]:
    """The main title of a list all of one franchise (two titles at least), or None: the entry whose name is the
    franchise's alone, else a series among them, else the earliest."""
    if len(items) < 2:
        return None
    ids = {str(i.get("id")) for i in items}
    for item in items:
        franchise = set(same_franchise(str(item.get("title") or "")))
        if ids <= franchise:
            return _main_of(items)
    return None


def _main_of(items: Sequence[Mapping[str, Any]]) -> Reference:
    names = [plain_name(str(i.get("title") or "")) for i in items]
    shortest = min(names, key=len)
    bare = [i for i, n in zip(items, names) if n == shortest and all(m.startswith(shortest) for m in names)]
    series = [i for i in items if i.get("type") == "series"]
    dated = sorted(items, key=lambda i: i.get("year") if isinstance(i.get("year"), int) else 9999)
    main = (bare or series or dated)[0]
    return Reference(str(main["id"]), main.get("title"), None, main)


def likes_the_title_in_talk(turn: Turn) -> bool:
    """A message labelled other than "more like" that points back with a likeness ("anything else in that vein",
    "more of that vibe") and names nothing to change but what like_focused allows, while a title is in talk that no
    other reading takes: titles like it."""
    from actions.like_focused import _INTENTS, MAX_CHARS, turns_down_a_likeness

    text = turn.text or ""
    # a like or a "seen" ("i like that one", "seen it") stays feedback; "more_like" is planned there already
    if turn.intent == "more_like" or turn.intent not in _INTENTS or not points_back(text) or len(text) > MAX_CHARS \
            or turns_down_a_likeness(text):
        return False
    if any(e.name in ("title", "position", "item_id", "actor", "director", "genre") for e in turn.entities):
        return False
    return bool(turn.focused_id) or (franchise_main_title(turn.last_items) or named_before(turn)) is not None


# What asks for more beside a "seen" ("we already saw <title>, other scary movies?", "seen <title>, any others?").
_MORE_ASKED_RE = re.compile(r"\b(?:other|others|another|else|more|recs?|recommend\w*|suggest\w*|ideas|options"
                            r"|what\s+(?:now|next)|what\s+should\s+(?:i|we)\s+watch)\b", _F)


def seen_title(turn: Turn, entities: Optional[Sequence[Entity]] = None) -> Optional[Entity]:
    """The one title a message says was seen ("we already saw <title>", "seen <title> already"), or None."""
    from actions.edits import says_seen

    text = turn.text or ""
    if not text or text.startswith("/") or not says_seen(text):
        return None
    titles = [e for e in (turn.entities if entities is None else entities) if e.name == "title"]
    return titles[0] if len({e.value for e in titles}) == 1 else None


def seen_asking_for_more(turn: Turn) -> Optional[Entity]:
    """The title a "seen" message names when the message also asks for more titles ("we already saw <title>, other
    scary movies?", "seen <title>, any others"), or None (a bare "seen <title>" keeps its confirmation)."""
    seen = seen_title(turn)
    if seen is None or seen.start is None or seen.end is None:
        return None
    text = turn.text or ""
    rest = text[:seen.start] + " " + text[seen.end:]
    if not _MORE_ASKED_RE.search(rest) and not points_back(rest):
        return None
    return seen


def seen_on_the_way(turn: Turn) -> Optional[Reference]:
    """The one title a message asking for titles says was seen (its catalog id known): recorded as seen, never
    offered."""
    seen = seen_title(turn)
    item_id = lookup_title_id(seen.value) if seen is not None else None
    return Reference(item_id, seen.value) if seen is not None and item_id else None
