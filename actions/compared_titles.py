"""Two titles named to choose between ("<A> or <B>, which first?", "<A> vs <B>", "is <A> better than <B>"): both
shown side by side, whatever the label, never a search on their words or a like-search on one of them.

The sides are read with the extractor's own shapes (``contract.comparisons``): a side is a title when the NLU read a
catalog title that is all of it (no role: neither is an anchor). The answer is one ``Recommendations`` payload holding
both titles, so every channel shows their type, year, runtime or seasons, genres, rating and synopsis; the heading
points at the one that fits a constraint the viewer gave (``compared_fit``), else gives no verdict. A side the catalog
lacks is said so (the other shown alone); both lacking, said so. After a list, two of its titles compare the same way
(their ids from the list). The search the viewer had stays as it was; the two titles become the list in view.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Optional, Sequence

from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import buttons
from actions.compared_fit import fit_pointer, qualities_asked
from actions.constraints import apply_entities
from actions.contrast import CONTRAST
from actions.missing_titles import close_title_buttons
from actions.entities import Entity
from actions.recommender_client import RecommenderRejected, RecommenderUnavailable, get_client
from actions.references import catalog_gazetteer, compact_item, lookup_title_id
from actions.reply import say, send
from actions.turn import FOCUSED_ID, LAST_ITEMS, SHOWN_IDS, Turn
from contract import wording
from contract.comparisons import Slot, comparison_slots, cued_comparison_slots, fills_slot
from contract.payloads import Item, Recommendations
from contract.words import FILLER_WORDS

# A side the catalog lacks is a name only when it is a few words, not all of them ordinary ones ("yes", "something
# else", "netflix"): the words a name of a title may be made of.
_NAME_WORD_RE = re.compile(r"[^\W_]+(?:['’&.:-][^\W_]+)*\.?|&")
_MAX_NAME_WORDS = 6
# The only ordinary words a name the catalog lacks may hold ("the wire", "house of cards"); any other ("i expected",
# "the good one") makes the side words of a sentence.
_NAME_JOINERS = frozenset({"the", "a", "an", "of", "and", "&"})


@dataclass(frozen=True)
class Side:
    """One side of the comparison: the words typed, and the catalog title read there (None: the catalog lacks it)."""

    said: str
    title: Optional[str] = None


def compared_titles(turn: Turn) -> Optional[tuple[Side, Side]]:
    """The two sides of the first comparison in this message that names two titles (or, with a word of choice, a
    title and a name the catalog lacks, or two such names); None when no comparison names titles."""
    text = turn.text or ""
    if not text or text.startswith("/"):
        return None
    cued = set(cued_comparison_slots(text))
    for slots in comparison_slots(text):
        sides = [_side(text, slot, turn.entities) for slot in slots]
        if sides[0] is None or sides[1] is None:
            continue
        titles = [s.title for s in sides if s.title]
        if len(titles) == 2 and titles[0] != titles[1] or len(titles) < 2 and slots in cued:
            return sides[0], sides[1]
    return None


def _side(text: str, slot: Slot, entities: Sequence[Entity]) -> Optional[Side]:
    """The side at ``slot``: the title read as all of it (by the extractor, else typed plainly or with one slip:
    ``Gazetteer.title_named_plainly``), else a name the catalog lacks (a few words, not all ordinary ones), else None
    (a genre, a kind, a person, a pointing word: no title compared)."""
    said = text[slot[0]:slot[1]].strip()
    for e in entities:
        if e.name == "title" and e.role is None and e.start is not None and e.end is not None \
                and fills_slot(text, slot, e.start, e.end):
            return Side(said, e.value)
    if any(e.start is not None and e.end is not None and e.start < slot[1] and slot[0] < e.end for e in entities):
        return None
    words = [w.strip(".").strip("\"'“”‘’") for w in said.lower().split()]
    if not words or len(words) > _MAX_NAME_WORDS or not all(_NAME_WORD_RE.fullmatch(w) for w in words if w):
        return None
    if all(w in FILLER_WORDS for w in words):
        return None  # "yes or no", "this or something else": no name
    gazetteer = catalog_gazetteer()
    plain = said.strip("\"'“”‘’ ")
    title = gazetteer.title_named_plainly(plain) if gazetteer is not None else None
    if title is None and gazetteer is not None and words[0] == "the":
        title = gazetteer.title_named_plainly(plain[3:].strip())
    if title is None and any(w in FILLER_WORDS and w not in _NAME_JOINERS for w in words):
        return None  # "is it better than i expected": words of a sentence, no name the catalog lacks
    return Side(said, title)


async def answer_compared_titles(dispatcher: CollectingDispatcher, turn: Turn,
                                 sides: tuple[Side, Side]) -> list[EventType]:
    """Both titles side by side (or what the catalog has of them), with a pointer only a constraint gives."""
    try:
        raw = [await _record(turn, s.title) if s.title else None for s in sides]
    except (RecommenderUnavailable, RecommenderRejected):
        say(dispatcher, wording.RECOMMENDER_UNAVAILABLE)
        return []
    items = [Item.from_dict(r) if r is not None else None for r in raw]
    found = [(i, r) for i, r in zip(items, raw) if i is not None and r is not None]
    if not found:
        close = tuple(dict.fromkeys(b for s in sides for b in close_title_buttons(s.said)))  # "the closest names"
        say(dispatcher, wording.compared_title_missing(sides[0].said, sides[1].said, also_missing=True),
            (*close[:buttons.MAX_BUTTONS - 1], buttons.SOMETHING_ELSE))
        return []
    if len(found) == 1:
        missing = sides[0] if items[0] is None else sides[1]
        heading = wording.compared_title_missing(missing.said, found[0][0].title)
    else:
        # The qualities asked ("which is creepier") are read from the genres, never applied as a search's mood.
        said = [e for e in turn.entities if e.name not in ("title", "mood", CONTRAST)]
        wanted = apply_entities(turn.constraints, said)
        pointer = fit_pointer(found[0][0], found[1][0], wanted, qualities_asked(turn.entities))
        heading = wording.titles_compared(found[0][0].title, found[1][0].title, pointer)
    shown = tuple(replace(i, reason=wording.compared_facts(i)) for i, _ in found)
    more = tuple(buttons.more_like_title(i.title, i.id) for i in shown)
    send(dispatcher, Recommendations(heading, shown, {}, (*more, buttons.SOMETHING_ELSE)))
    return [SlotSet(LAST_ITEMS, [compact_item(r) for _, r in found]),
            SlotSet(SHOWN_IDS, list(dict.fromkeys(turn.shown_ids + [i.id for i in shown]))),
            SlotSet(FOCUSED_ID, shown[0].id if len(shown) == 1 else None)]


async def _record(turn: Turn, title: str) -> Optional[dict[str, Any]]:
    """The catalog record of ``title``: the listed one when the list shown holds it (its id is the one the viewer
    saw), else the gazetteer's; None when the catalog does not know it."""
    listed = next((i for i in turn.last_items if str(i.get("title") or "").casefold() == title.casefold()
                   and i.get("id")), None)
    item_id = str(listed["id"]) if listed is not None else lookup_title_id(title)
    if item_id is None:
        return None
    return await get_client().item(item_id, user_id=turn.sender_id)
