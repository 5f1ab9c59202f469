"""Documentaries about a person (round 22g): "a pele doc", "the blackpink documentary", "a doc about fangio" — the NLU
reads the name as ``unknown_person`` with the role ``subject`` (nlu/extraction/people_subjects.py).

The answer is the catalog's documentaries that name the person: in the title ("Pelé", "BLACKPINK: Light Up the Sky",
every catalog title is checked through the gazetteer), in the cast (the documentaries crediting a catalog actor whose
name holds the name said: "Malala" of "Malala Yousafzai") or in the synopsis, among the documentaries the recommender
ranks nearest the name. A name is matched as whole words with
accents folded ("pele" names "Pelé"). Who watches (a child's rating cap, said now or before) and a format said now
("a pele doc series") bound the list. When no documentary names the person, the answer says so honestly and offers
other documentaries: generic picks would mislead.

The search state becomes documentaries with the name as the query, so "more" or "shorter ones" go on from there.
"""

from __future__ import annotations

import asyncio
import re
import unicodedata
from typing import Any, Optional, Sequence

from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import buttons
from actions.entities import Entity
from actions.recommender_client import RecommenderRejected, RecommenderUnavailable, get_client
from actions.references import catalog_gazetteer, compact_item
from actions.reply import say, send
from actions.turn import FOCUSED_ID, LAST_ITEMS, SHOWN_IDS, Turn
from contract import wording
from contract.constraints import Constraints
from contract.payloads import Item, QuickReply, Recommendations
from contract.vocabulary import AUDIENCES, ratings_for_audience, stricter_audience

UNKNOWN_PERSON = "unknown_person"
SUBJECT = "subject"
DOCUMENTARY = "documentary"
CANDIDATES = 50  # documentaries ranked nearest the name whose synopses and casts are read (the API's most)
MAX_TITLE_HITS = 10  # catalog titles naming the person fetched to check they are documentaries
MAX_PEOPLE = 3  # catalog actors whose names hold the name said: more, and the name says no one in particular
MAX_SHOWN = 5
_NAME_GAP = r"[\s-]+"  # between a name's words: spaces or a hyphen ("jay-z", "jay z")


def subjects(turn: Turn) -> list[Entity]:
    """The people the message asks documentaries about."""
    return [e for e in turn.entities if e.name == UNKNOWN_PERSON and e.role == SUBJECT and not e.excluded]


def fold(text: str) -> str:
    """Lowercase, accents dropped: "Pelé" → "pele"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def names_person(item: dict[str, Any], name: str) -> bool:
    """The item's title, synopsis or cast names ``name`` as whole words (accents folded)."""
    words = _NAME_GAP.join(re.escape(w) for w in fold(name).split())
    pattern = re.compile(rf"(?<!\w){words}(?!\w)")
    fields = [str(item.get("title") or ""), str(item.get("description") or ""), *map(str, item.get("cast") or [])]
    return any(pattern.search(fold(f)) for f in fields)


def is_documentary(item: dict[str, Any]) -> bool:
    return DOCUMENTARY in (item.get("genres") or [])


async def documentaries_naming(name: str, sender_id: Optional[str] = None) -> list[dict[str, Any]]:
    """The catalog's documentaries naming ``name`` (module docstring): titles first, then synopses and casts in the
    recommender's order. Raises the client's errors."""
    client = get_client()
    gazetteer = catalog_gazetteer()
    titled: list[str] = []
    credited: list[str] = []  # catalog people the name names ("malala" → Malala Yousafzai): their documentaries too
    if gazetteer is not None:
        titled = [t.id for t in gazetteer.titles if names_person({"title": t.title}, name)][:MAX_TITLE_HITS]
        credited = [p for p in dict.fromkeys(gazetteer.actors) if names_person({"title": p}, name)]
        credited = credited if len(credited) <= MAX_PEOPLE else []
    by_title = await asyncio.gather(*(client.item(i, user_id=sender_id) for i in titled))
    found = [i for i in by_title if i]
    if credited:
        cast = await client.recommend({"constraints": {"genres": [DOCUMENTARY], "any_people": credited},
                                       "limit": CANDIDATES})
        found += list(cast.get("items") or [])
    ranked = await client.recommend({"constraints": {"genres": [DOCUMENTARY]}, "query": name, "limit": CANDIDATES})
    found += list(ranked.get("items") or [])
    out, seen = [], set()
    for item in found:
        if item.get("id") not in seen and is_documentary(item) and names_person(item, name):
            seen.add(item.get("id"))
            out.append(item)
    return out


def _audience(turn: Turn) -> Optional[str]:
    """Who watches, said now or before (the stricter)."""
    said = [e.value for e in turn.entities if e.name == "audience" and not e.excluded and e.value in AUDIENCES]
    return stricter_audience(*said, turn.constraints.audience)


def _bounded(turn: Turn, items: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Within who watches' rating cap and of the format said now (when some title is of it); none turned down."""
    audience = _audience(turn)
    kept = [i for i in items if i.get("id") not in turn.rejected_ids]
    if audience:
        kept = [i for i in kept if i.get("rating") in ratings_for_audience(audience)]
    formats = {e.value for e in turn.entities if e.name == "media_type" and not e.excluded}
    if formats:
        kept = [i for i in kept if i.get("type") in formats] or kept
    return kept


async def answer_documentaries_about(dispatcher: CollectingDispatcher, turn: Turn) -> Optional[list[EventType]]:
    """Documentaries about the person the message names as a documentary's subject, or an honest "none here"; None
    when it names no such person (or the catalog cannot be reached: the usual search answers then)."""
    asked = subjects(turn)
    if not asked:
        return None
    name = asked[0].value
    try:
        found = await documentaries_naming(name, turn.sender_id)
    except (RecommenderUnavailable, RecommenderRejected):
        return None
    raw = _bounded(turn, found)
    items = tuple(item for r in raw[:MAX_SHOWN] if (item := Item.from_dict(r)) is not None)
    if not items:
        say(dispatcher, wording.no_documentary_about(name),
            (QuickReply(wording.OTHER_DOCUMENTARIES, "documentaries"),))
        return []
    state = Constraints(genres=[DOCUMENTARY], query=name, audience=_audience(turn))
    send(dispatcher, Recommendations(wording.documentaries_about(name), items, state.to_api(),
                                     (buttons.SOMETHING_ELSE,)))
    shown = raw[:MAX_SHOWN]
    return [SlotSet(k, v) for k, v in state.to_slots().items()] + [
            SlotSet(LAST_ITEMS, [compact_item(r) for r in shown]),
            SlotSet(SHOWN_IDS, list(dict.fromkeys(turn.shown_ids + [i.id for i in items]))),
            SlotSet(FOCUSED_ID, None)]
