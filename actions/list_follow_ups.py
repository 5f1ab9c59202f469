"""Follow-ups that point into the list shown without a position: they edit the search, whatever the label said.

A viewer answering a list rarely says "the third". Four ways of pointing that the classifier may take for a question
about one title (and the details answer then asked "Which one do you mean?") are read here, before any action
answers (``follow_up_on_the_list``, called once for every action by ``actions.base``):

- a catalog title named right after "not" / "skip" / "no", with or without its article, that the extractor left
  unread ("not departed, seen it 100 times"): that title turned down (a title entity with the role ``exclude``);
- a shown title turned down by what it is about ("not the concert one", "not the one about sharks"): the shown title
  whose catalog text clearly says the most of those words, turned down (an ``item_id`` entity with the role
  ``exclude``); the others may stay;
- "not that one … another" with several titles shown and nothing to tell which: "something else", the same search
  with fresh picks (never a question back when the viewer asked for another);
- "one/ones that <constraint>" ("one that isn't rated R", "ones that aren't scary"): an edit of the search (the
  rating cap, the mood turned down), not a pointer at a shown title;
- a kind ruled out with no title pointed at ("not the stand up, one with a story", round 29B): an edit of the search
  (the kind excluded), never a question about which title is meant.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from typing import Any, Mapping, Optional, Sequence

from actions.constraints import CONSTRAINT_ENTITIES
from actions.edits.turn_basics import search_active
from actions.entities import EXCLUDE, SIMILAR, Entity
from actions.references import UnresolvedReference, catalog_gazetteer, resolve
from actions.shown_described import POINTING_WORDS, best_described, listed_items, read_in_full
from actions.turn import Turn
from contract.words import in_catalog_vocabulary, is_chat_word, is_filler

log = logging.getLogger(__name__)
_F = re.IGNORECASE

# Entities that point at one shown title: with one of them the existing reference rules answer.
_POINTERS = frozenset({"position", "item_id", "title"})


@dataclass(frozen=True)
class FollowUp:
    """The turn as it is to be answered (with the entities read here) and the intent its plan takes."""

    turn: Turn
    intent: str


async def follow_up_on_the_list(turn: Turn) -> Optional[FollowUp]:
    """The edit of the search this message makes by pointing into the list shown (module docstring), or None."""
    text = turn.text or ""
    if not turn.last_items or not text or text.startswith("/"):
        return None
    named = title_after_not(text, turn.entities, turn.last_items)
    if named is not None:
        return FollowUp(replace(turn, entities=sorted([*turn.entities, named], key=lambda e: e.start or 0)), "refine")
    described = await shown_titles_described(text, turn.entities, turn.last_items)
    if described:  # the words point at those titles: an entity read on them describes them, it is no edit
        kept = [e for e in turn.entities if not _overlaps(e, described[0])]
        return FollowUp(replace(turn, entities=sorted([*kept, *described], key=lambda e: e.start or 0)), "refine")
    if another_instead(turn):
        return FollowUp(turn, "something_else")
    if (constraint_of_ones(text, turn.entities) or kind_ruled_out(turn.entities)) and search_active(turn):
        return FollowUp(turn, "refine")
    return None


def _overlaps(entity: Entity, other: Entity) -> bool:
    return (entity.start is not None and entity.end is not None and other.start is not None and other.end is not None
            and entity.start < other.end and other.start < entity.end)


# -- a catalog title right after "not" --------------------------------------------------------------------------------

_NOT_TITLE_RE = re.compile(r"\b(?:not|skip|no|except|minus|anything\s+but)\s+", _F)
# Where the words naming a title end: a sentence mark or a comma.
_TITLE_END_RE = re.compile(r"[,.;:!?()]")
MAX_TITLE_WORDS = 8
_ARTICLES = ("the", "a", "an")


def title_after_not(text: str, entities: Sequence[Entity], last_items: Sequence[Mapping[str, Any]]) -> Optional[Entity]:
    """The catalog title named right after "not" (the longest run of words the gazetteer knows, with the article left
    out or said) as a title entity with the role ``exclude``, or None: a title entity in the message already (the
    extractor's reading stands), words another entity reads ("not horror"), filler ("not that one"), or an everyday
    word that no shown title is named by ("not now"). A title not shown needs a word only names have."""
    if any(e.name == "title" for e in entities):
        return None
    gazetteer = catalog_gazetteer()
    if gazetteer is None:
        return None
    taken = [(e.start, e.end) for e in entities if e.start is not None and e.end is not None]
    shown = {str(i.get("title") or "").casefold() for i in last_items}
    for cue in _NOT_TITLE_RE.finditer(text):
        stop = _TITLE_END_RE.search(text, cue.end())
        words = list(re.finditer(r"[\w'’&-]+", text[cue.end():stop.start() if stop else len(text)]))[:MAX_TITLE_WORDS]
        for n in range(len(words), 0, -1):
            start, end = cue.end() + words[0].start(), cue.end() + words[n - 1].end()
            said = text[start:end]
            plain = [w.group().lower() for w in words[:n]]
            if any(a < end and start < b for a, b in taken) or all(is_filler(w) or w in _ARTICLES for w in plain):
                continue
            title = gazetteer.title_named_exactly(said) or (
                None if plain[0] in _ARTICLES else gazetteer.title_named_exactly(f"the {said}"))
            if title and (title.casefold() in shown or _only_a_name(plain)
                          or _the_whole_clause(text, cue.start(), plain, [w.group() for w in words[n:]])):
                return Entity("title", title, EXCLUDE, start, end)
    return None


# What may open the clause of a "not <title>" that is all the viewer said there: the message's start, a comma or
# another mark, a joining word ("and not <title> lol", "ok, but not <title>").
_CLAUSE_OPENING_RE = re.compile(r"(?:^|[,.;:!?(-]|\b(?:and|but|also|just|oh|ok(?:ay)?|so|though|plus))\W*$", _F)


def _the_whole_clause(text: str, cue_start: int, plain: Sequence[str], after: Sequence[str]) -> bool:
    """A title of two words or more (its article counted: "the lovebirds") that is the whole clause after "not": the
    clause opens there and only chat words follow the name ("lol", "haha", "pls", "thx"). Everyday words then name
    the title, as a title on screen does: "and not <title> lol" turns it down, never "which one?"."""
    return (len(plain) >= 2 and all(is_chat_word(w) for w in after)
            and bool(_CLAUSE_OPENING_RE.search(text[:cue_start])))


def _only_a_name(words: Sequence[str]) -> bool:
    """A word of these is one only names have: no filler, nothing the catalog's descriptions use."""
    return any(len(w) >= 3 and not is_filler(w) and not in_catalog_vocabulary(w) for w in words)


# -- a shown title by what it is about --------------------------------------------------------------------------------

# "not the shark one", "not that concert doc", "not the one about sharks", "not the one with the boxer".
_DESCRIBED_RE = re.compile(
    r"\bnot\s+(?:the|that|this)\s+(?:(?P<words>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+"
    r"(?:(?P<one>one|movie|film|show|doc|docu|documentary|special|thing)|ones|movies|films|shows|series|docs"
    r"|documentaries|specials|things)\b"
    r"|(?P<head>one|movie|film|show|doc|documentary)\s+(?:with|about|where|that\s+has)\s+(?P<after>[^,.;:!?]+))", _F)
MIN_WORD_CHARS = 3


async def shown_titles_described(text: str, entities: Sequence[Entity],
                                 last_items: Sequence[Mapping[str, Any]]) -> list[Entity]:
    """"Not the <words> one", "not the one about <words>": the shown title whose catalog text (name, synopsis,
    credits) clearly says the most of the content words (``shown_described.best_described``), as an ``item_id``
    entity with the role ``exclude`` over the words, or none: no content word, or no shown title saying clearly more
    than the others. Said of one title ("the concert one"), the words point at it even where the extractor read them
    as a constraint (the music genre, which every shown title may have); of several ("the animated ones") such words
    keep their own reading. The titles are read from the catalog; nothing is read when it cannot be reached."""
    for m in _DESCRIBED_RE.finditer(text):
        group = "words" if m["words"] else "after"
        start, end = m.span(group)
        singular = bool(m["one"] or m["head"])
        if not singular and any(e.start is not None and e.end is not None and e.start < end and start < e.end
                                for e in entities):
            continue  # "not the animated ones": a constraint of its own
        words = [w.lower() for w in re.findall(r"[\w'-]+", m[group])
                 if len(w) >= MIN_WORD_CHARS and not is_filler(w) and w.lower() not in POINTING_WORDS]
        if not words:
            continue
        best = best_described(words, await _read_in_full(last_items))
        if best is not None and best.get("id"):
            return [Entity("item_id", str(best["id"]), EXCLUDE, start, end)]
    return []


async def _read_in_full(last_items: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The shown titles with their catalog text (as remembered when the catalog cannot be reached)."""
    full = await read_in_full(last_items)
    if full is None:
        log.warning("could not read the shown titles in full")
        return listed_items(last_items)
    return full


# -- "not that one, another" ------------------------------------------------------------------------------------------

# "not that one", or "not that" / "not it" closing its clause ("not that scary" says how, it points at nothing).
_NOT_THAT_ONE_RE = re.compile(r"\bnot\s+(?:that|this|the)\s+one\b|\bnot\s+(?:that|this|it)\s*(?:$|[,.;:!?-])", _F)
_ANOTHER_RE = re.compile(r"\b(?:another|else|others?|different|instead|next)\b", _F)


def another_instead(turn: Turn) -> bool:
    """"Not that one, try another" with several titles shown, no focus and nothing pointing at one of them: the
    viewer asks for something else (never "which one do you mean?")."""
    text = turn.text or ""
    if len(turn.last_items) < 2 or turn.focused_id or any(e.name in _POINTERS for e in turn.entities):
        return False
    if not _NOT_THAT_ONE_RE.search(text) or not _ANOTHER_RE.search(text):
        return False
    try:
        return resolve(turn.entities, turn.last_items, turn.focused_id) is None
    except UnresolvedReference:
        return False


# -- "one/ones that <constraint>" -------------------------------------------------------------------------------------

# "one that", "ones which", "one thats", "something that"; never "the one that" (a pointer at a shown title).
_ONES_THAT_RE = re.compile(
    r"(?<!\bthe\s)(?<!\bthat\s)(?<!\bthis\s)\b(?:ones?|something|anything|any)\s+(?:that|which|thats|that's|that’s)\b", _F)


def constraint_of_ones(text: str, entities: Sequence[Entity]) -> bool:
    """"One that isn't rated R", "ones that aren't scary", "any that are shorter": a constraint said after "one(s)
    that" (no title or position pointed at, not "the one that …"): an edit of the search."""
    if any(e.name in _POINTERS or e.role == SIMILAR for e in entities):
        return False
    for m in _ONES_THAT_RE.finditer(text):
        if any(e.name in CONSTRAINT_ENTITIES and e.start is not None and e.start >= m.end() for e in entities):
            return True
    return False


def kind_ruled_out(entities: Sequence[Entity]) -> bool:
    """Round 29B: a genre ruled out and nothing pointed at ("not the stand up, one with a story" read as a question
    about a title): the kind goes from the search. A title, a position or a likeness said with it keeps the other
    rules."""
    if any(e.name in _POINTERS or e.role == SIMILAR for e in entities):
        return False
    return any(e.name == "genre" and e.role == EXCLUDE for e in entities)
