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
a recent message, the search's "like" title) is never offered back by a search for others
(``mentioned_title_ids``).
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


# Whether the catalog holds the title in talk, pointed at, not named: "is it on here", "do you have that one", "the real
# thing, is it available", "can i watch it here" (round 25b: after "something like <title> but gentler").
_IT_AVAILABLE_RE = re.compile(
    r"\b(?:is|are)\s+(?:it|that|this|they|the\s+(?:real|original)\s+(?:thing|one|show|series|movie|film))\s+"
    r"(?:(?:on|in)\s+(?:here|there|netflix|the\s+catalog(?:ue)?)|available|here)\b"
    r"|\b(?:do|does)\s+(?:you|u|netflix)\s+(?:have|got)\s+(?:it|that(?:\s+one)?|the\s+(?:real|original)\s+(?:thing|one))\b"
    r"|\bcan\s+(?:i|we)\s+(?:watch|stream|see)\s+(?:it|that(?:\s+one)?)\s+(?:on\s+)?here\b", _F)
_POINTING_ENTITIES = frozenset({"title", "position", "item_id"})


def asks_if_the_title_in_talk_is_here(turn: Turn) -> Optional[Reference]:
    """The title in talk (named in the previous message, or the search's "like" title) when the message asks whether
    the catalog has it without naming it and points at nothing listed ("ok i'll try the real thing, is it on here"),
    else None: its card answers, never "which one do you mean?"."""
    text = turn.text or ""
    if not text or text.startswith("/") or turn.focused_id or _IT_AVAILABLE_RE.search(text) is None:
        return None
    if any(e.name in _POINTING_ENTITIES for e in turn.entities):
        return None
    return named_before(turn) or _search_anchor(turn)


def named_before(turn: Turn) -> Optional[Reference]:
    """The one title the viewer named in their previous message, not turned down there or since, or None."""
    if not turn.earlier:
        return None
    from actions.edits.seen import says_seen

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


def mentioned_title_ids(turn: Turn) -> list[str]:
    """The catalog ids of the titles mentioned in the conversation so far: the card in focus, the title the search is
    like, and the titles the viewer named in their recent messages (said plainly, as a "like" anchor, or seen). A
    search for "other <kind>" never offers them back."""
    from actions.edits.seen import says_seen

    ids = [turn.focused_id] if turn.focused_id else []
    state = turn.constraints
    if state.similar_to:
        ids.append(state.similar_to if state.similar_to != state.similar_title else lookup_title_id(state.similar_to))
    for said in turn.earlier:
        seen = says_seen(said.text)
        ids += [lookup_title_id(e.value) for e in said.entities if e.name == "title"
                and (e.role in (None, SIMILAR) or (seen and e.role == EXCLUDE))]
    return [i for i in dict.fromkeys(ids) if i]


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
    from actions.missing_likeness import missing_title_words_before

    text = turn.text or ""
    # a like or a "seen" ("i like that one", "seen it") stays feedback; "more_like" is planned there already
    if turn.intent == "more_like" or turn.intent not in _INTENTS or not points_back(text) or len(text) > MAX_CHARS \
            or turns_down_a_likeness(text):
        return False
    if any(e.name in ("title", "position", "item_id", "actor", "director", "genre") for e in turn.entities):
        return False
    # ... or the title the message before named and the catalog lacks ("is <it> on here" → "something like it then")
    return bool(turn.focused_id) or title_in_talk(turn) is not None or missing_title_words_before(turn) is not None


# What asks for more beside a "seen" ("we already saw <title>, other scary movies?", "seen <title>, any others?").
_MORE_ASKED_RE = re.compile(r"\b(?:other|others|another|else|more|recs?|recommend\w*|suggest\w*|ideas|options"
                            r"|what\s+(?:now|next)|what\s+should\s+(?:i|we)\s+watch)\b", _F)
# "Have you seen <title>?" asks the bot; it says nothing the viewer saw.
_ASKED_IF_SEEN_RE = re.compile(r"\b(?:have|did|has)\s+(?:you|u|ya)\s+(?:ever\s+)?(?:seen|watched|saw)\b", _F)
# Entities that ask for a kind of title ("seen <title>. scary movies?"): a request when asked (a question mark or a
# request cue), never in a remark about the title seen ("seen <title>, it was scary").
_REQUEST_ENTITIES = frozenset({"genre", "mood", "media_type", "duration", "seasons", "audience", "year", "country",
                               "language"})


def seen_titles(turn: Turn, entities: Optional[Sequence[Entity]] = None) -> list[Entity]:
    """The titles a message says were seen ("we already saw <title>", "seen <A> and <B> already"): said plainly or read
    as left out (the NLU's seen lists), never a "like" anchor ("something like <A>, seen <B>") or a title a person is
    known from; [] when the message says nothing seen or asks the bot whether it has seen one."""
    from actions.edits.seen import says_seen

    text = turn.text or ""
    if not text or text.startswith("/") or not says_seen(text) or _ASKED_IF_SEEN_RE.search(text):
        return []
    found: dict[str, Entity] = {}
    for e in turn.entities if entities is None else entities:
        if e.name == "title" and e.role in (None, EXCLUDE):
            found.setdefault(e.value, e)
    return list(found.values())


def seen_asking_for_more(turn: Turn) -> list[Entity]:
    """The titles a "seen" message names when the message also asks for more titles ("we already saw <title>, other
    scary movies?", "seen <A> and <B>, any others", "seen <title>. scary movies?"); [] for a bare "seen <title>", which
    keeps its confirmation."""
    from actions.edits.search_requests import REQUEST_CUES

    seen = [e for e in seen_titles(turn) if e.start is not None and e.end is not None]
    if not seen:
        return []
    text = turn.text or ""
    chars = list(text)
    for e in seen:
        chars[e.start:e.end] = " " * (e.end - e.start)
    rest = "".join(chars)
    asked = "?" in rest or REQUEST_CUES.search(rest) is not None
    kinds = any(e.name in _REQUEST_ENTITIES and not e.excluded for e in turn.entities)
    return seen if _MORE_ASKED_RE.search(rest) or points_back(rest) or (kinds and asked) else []


def seen_on_the_way(turn: Turn) -> list[Reference]:
    """The titles a message asking for titles says were seen (their catalog ids known): recorded as seen, never
    offered."""
    found = []
    for e in seen_titles(turn):
        item_id = lookup_title_id(e.value)
        if item_id:
            found.append(Reference(item_id, e.value))
    return found
