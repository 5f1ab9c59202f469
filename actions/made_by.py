"""A person named through a title they made: "the guy who directed <title>, what else has he got", "from the
director of <title>", "same director as <title>", "whoever made <title>".

The extractor reports such a title with the role ``director_of`` (nlu/extraction/names.py ``made_by_before``); it
names no person, so the action reads the title's directors from the catalog (GET /api/items/<id>) and the turn
goes on as if the viewer had named them: a search of their titles, the named title itself left out. A title the
catalog lists no director for is said plainly, and titles like it are searched instead (the honest nearest
reading). When the catalog cannot be reached the title keeps that "like it" reading too.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Callable, Optional

from actions import buttons
from actions.entities import DIRECTOR_OF, SIMILAR, Entity
from actions.recommender_client import RecommenderRejected, RecommenderUnavailable, get_client
from actions.references import lookup_title_id, slipped_title_words
from actions.turn import Turn
from contract import wording
from contract.payloads import QuickReply

if TYPE_CHECKING:
    from actions.planning import Plan

log = logging.getLogger(__name__)

ANY = "any"  # several directors: titles by any of them (entity role "any", like "A or B")


@dataclass
class MadeBy:
    """The turn with its pointed-at titles replaced by the people they name (the directors of "the director of X",
    the cast of "the guy from X"), the titles to leave out of the answer, and the sentence said before the picks."""

    turn: Turn
    exclude_ids: list[str] = field(default_factory=list)
    note: Optional[str] = None
    # each pointed-at title (as the NLU named it) -> the people it was replaced by: ``prefer_the_makers`` reads which
    # directors came from the "like" title itself
    makers: dict[str, list[str]] = field(default_factory=dict)
    # "anything else by the same director?" about a title the catalog credits no director for: said so, its cast
    # offered instead; no search runs
    offer: Optional["CastOffer"] = None
    # ... about a title read by a slip of the words said that credits no director: the title the viewer meant is one
    # the catalog lacks (its words; round 35); no search runs
    missing: Optional[str] = None


@dataclass(frozen=True)
class CastOffer:
    """The answer when the title in view has no director in the catalog: the sentence, a button per cast member (more
    with them), and the title, which stays focused."""

    text: str
    quick_replies: tuple[QuickReply, ...]
    item_id: str


def names_a_director(turn: Turn) -> bool:
    """Whether the turn names a director through a title they made (role director_of; edits.names_a_maker also
    counts "the guy from <title>")."""
    return any(e.name == "title" and e.role == DIRECTOR_OF for e in turn.entities)


# What an action makes of one pointed-at title's credit list (never empty): the entities standing for it and the
# sentence said before the picks ("" for none).
CreditPick = Callable[[Entity, list[str]], tuple[list[Entity], str]]


async def directors_for_titles(turn: Turn) -> MadeBy:
    """Resolve every ``director_of`` title of ``turn`` to director entities on the title's span (so its words never
    reach the free-text query); see the module docstring for titles without a director."""
    if not names_a_director(turn):
        return MadeBy(turn)
    return await resolve_credited(turn, DIRECTOR_OF, "directors", _its_directors, wording.no_director_listed)


def _its_directors(title: Entity, directors: list[str]) -> tuple[list[Entity], str]:
    role = ANY if len(directors) > 1 else None
    return ([Entity("director", name, role, title.start, title.end) for name in directors],
            wording.directed_by_maker_of(title.value, directors))


async def resolve_credited(turn: Turn, role: str, field_name: str, pick: CreditPick,
                           none_listed: Callable[[str], str]) -> MadeBy:
    """Replace every title of ``turn`` with ``role`` by the people ``pick`` chooses from its credit list
    (``field_name`` of GET /api/items/<id>), leaving the title itself out of the answer. A title the catalog lists
    nobody for is said plainly (``none_listed``) and becomes a "like it" title; one the catalog cannot be looked up
    for keeps that reading without a claim about the catalog (shared by "the director of" and "the guy from")."""
    entities: list[Entity] = []
    exclude: list[str] = []
    notes: list[str] = []
    makers: dict[str, list[str]] = {}
    for e in turn.entities:
        if e.name != "title" or e.role != role:
            entities.append(e)
            continue
        item_id = lookup_title_id(e.value)
        credits = await title_credits(item_id, field_name) if item_id else []
        if item_id:
            exclude.append(item_id)
        if not credits:
            entities.append(replace(e, role=SIMILAR))
            if credits is not None:  # unreachable: no claim about the catalog, just the "like it" reading
                notes.append(none_listed(e.value))
            continue
        people, note = pick(e, credits)
        entities += people
        makers[e.value] = list(dict.fromkeys(makers.get(e.value, []) + [p.value for p in people]))
        if note:
            notes.append(note)
    return MadeBy(replace(turn, entities=entities), exclude, " ".join(notes) or None, makers)


def prefer_the_makers(plan: "Plan", makers: dict[str, list[str]]) -> None:
    """"More like <title>, same director if possible": the search is like the title and by its directors (the title
    both the "like" anchor and pointed at through its maker, nlu names._same_maker). When the directors made nothing
    else that fits, the search runs like the title alone and says so (``Plan.unless_empty``) — the maker was a
    preference on top of the likeness, never the whole request."""
    state = plan.constraints
    people = makers.get(state.similar_title or "") or []
    held = [p for p in people if p in state.directors or p in state.any_people]
    if not held or plan.unless_empty is not None:
        return
    plan.unless_empty = replace(state, directors=[d for d in state.directors if d not in held],
                                any_people=[p for p in state.any_people if p not in held])
    if plan.contrast is not None and not plan.contrast.shifts:
        plan.contrast = None  # "like <title> but by whoever directed it": a preference, no change from the title to word
    title = str(state.similar_title)
    plan.empty_note = wording.nothing_else_by_makers(title, held)
    other = (plan.note or "").replace(wording.directed_by_maker_of(title, people), "").strip()
    plan.note = " ".join(filter(None, [wording.like_title_by_its_makers(title, held), other]))


async def title_credits(item_id: str, *field_names: str) -> Optional[list[str]]:
    """The credit lists ``field_names`` of a title from the catalog ("directors", or "cast" in billing order), read
    in one request, names once each in that order; empty when it lists none, None when the catalog cannot be reached
    (logged)."""
    try:
        item = await get_client().item(item_id)
    except (RecommenderUnavailable, RecommenderRejected):
        log.warning("could not read the %s of %s", "/".join(field_names), item_id)
        return None
    return list(dict.fromkeys(str(n) for field in field_names for n in (item or {}).get(field) or [] if str(n).strip()))


# "Anything else by the same director?", "more from that director", "what else has its director made", "the third
# one's director, more of theirs": the director of the title in view (a card, the one title shown, or the one a list
# number points at), asked for more of. A question about the director ("who's the director?") asks for no more titles;
# a director the search already holds is that one ("more by that director" after <person>'s films: edits' pivot).
_THE_TITLES_DIRECTOR_RE = re.compile(
    r"\b(?:the\s+same|same|that|this|its|the)\s+(?:director|filmmaker)\b"
    r"|\bone'?s\s+director\b|\bwho(?:ever)?\s+directed\s+(?:it|that(?:\s+one)?|this(?:\s+one)?)\b", re.IGNORECASE)
_MORE_TITLES_RE = re.compile(r"\b(?:else|more|other|others|another|again|rest)\b"
                             r"|\bwhat\s+(?:has|have|did)\s+(?:he|she|they)\s+(?:(?:ever|also)\s+)?(?:directed|made)\b",
                             re.IGNORECASE)
# The maker of the title in view said with a pronoun: "other films by him", "more from her", "anything else she
# directed", "what has he made". Read so only while the search holds nobody ("by him" after a person's list is that
# person: edits' pivot) and a title is in view; "with him" / "he's in" point at the cast, never read here.
_MAKER_PRONOUN_RE = re.compile(
    # "narrated by him", "voiced by her", "hosted by him": the voice is the cast's (actions/cast_of.py), no maker (35)
    r"(?<!narrated\s)(?<!voiced\s)(?<!hosted\s)(?<!presented\s)\bby\s+(?:him|her|them)\b|\bfrom\s+(?:him|her)\b"
    r"|\b(?:he|she|they)\s+(?:(?:has|have|had|also|ever|did|else)\s+)*(?:directed|direct|helmed|made|make)\b"
    r"|\b(?:did|has|have|does|do)\s+(?:he|she|they)\s+(?:(?:ever|also)\s+)*(?:directed|direct|helmed|made|make)\b",
    re.IGNORECASE)


def asks_more_by_the_titles_director(turn: Turn) -> bool:
    """Whether the message asks for more by the director of a title in view ("anything more by the fourth one's
    director?"), whatever the intent label: a search (``edits.names_a_maker``), resolved by
    ``director_of_the_title_in_view``."""
    text = turn.text or ""
    said = _directors_said(turn)
    if text.startswith("/") or said is None or not _asks_more(text, said):
        return False
    if any(e.name in ("actor", "director") and not e.excluded for e in turn.entities) or _likeness_asked(turn):
        return False
    pointed = any(e.name in ("position", "title", "item_id") for e in turn.entities)
    return pointed or bool(turn.focused_id) or (not turn.constraints.directors and len(turn.last_items) == 1) \
        or _the_anchors_director(turn, said) is not None


def _likeness_asked(turn: Turn) -> bool:
    """The message asks for titles like a title ("more like <title>, same director if possible"): the maker narrows that
    like-search (``prefer_the_makers``), it is no search of the director's titles alone."""
    return any(e.name == "title" and e.role == SIMILAR for e in turn.entities)


def _asks_more(text: str, said: re.Match[str]) -> bool:
    """More titles asked for: "else", "more", "other" … or "same director" itself ("same director?" after a list)."""
    return bool(_MORE_TITLES_RE.search(text)) or "same" in said.group(0).lower()


def _the_anchors_director(turn: Turn, said: re.Match[str]) -> Optional[str]:
    """After a like-search, "same director" with no title, number or card pointed at means the search's anchor: its
    catalog id (round 27A), else None."""
    if "same" not in said.group(0).lower() or turn.focused_id or turn.constraints.directors:
        return None
    if any(e.name in ("position", "title", "item_id") for e in turn.entities):
        return None
    anchor = turn.constraints.similar_title
    return lookup_title_id(str(anchor)) if anchor else None


def _directors_said(turn: Turn) -> Optional[re.Match[str]]:
    """Where the message points at the title's director: "the same director", "its director" (``_THE_TITLES_DIRECTOR_
    RE``), or a pronoun for its maker while the search holds nobody and one title is in view (``_MAKER_PRONOUN_RE``)."""
    text = turn.text or ""
    said = _THE_TITLES_DIRECTOR_RE.search(text)
    if said is not None:
        return said
    state = turn.constraints
    if state.actors or state.directors or state.any_people or not (turn.focused_id or len(turn.last_items) == 1):
        return None
    return _MAKER_PRONOUN_RE.search(text)


async def director_of_the_title_in_view(turn: Turn) -> MadeBy:
    """The turn with "the same director" read as the directors of the title in view (director entities on those words,
    the title itself left out of the answer), or unchanged (see ``_THE_TITLES_DIRECTOR_RE``)."""
    from actions.references import Reference, UnresolvedReference, resolve

    text = turn.text or ""
    said = _directors_said(turn)
    if said is None or text.startswith("/") or not _asks_more(text, said) or _likeness_asked(turn) \
            or any(e.name in ("actor", "director") and not e.excluded for e in turn.entities):
        return MadeBy(turn)
    pointed = any(e.name in ("position", "title", "item_id") for e in turn.entities)
    if not pointed and not turn.focused_id and turn.constraints.directors:
        return MadeBy(turn)  # "more by that director" after a director's list: the one searched
    anchor_id = _the_anchors_director(turn, said)
    try:
        ref = resolve(turn.entities, turn.last_items, turn.focused_id) if anchor_id is None \
            else Reference(anchor_id, str(turn.constraints.similar_title))
    except UnresolvedReference:
        return MadeBy(turn)
    if ref is None or not ref.item_id:
        return MadeBy(turn)
    directors = await title_credits(str(ref.item_id), "directors")
    title = ref.title or str(ref.item_id)
    slipped = slipped_title_words(turn.text, turn.entities, title) if directors == [] else None
    if slipped is not None:  # "is parasite on here? if not, by that director": a guess crediting nobody is another title
        return MadeBy(turn, missing=slipped)
    offer = await _cast_offer(str(ref.item_id), title) if directors == [] else None
    if offer is not None:  # the catalog credits no director: said so, its cast offered (never a search of something else)
        return MadeBy(turn, offer=offer)
    if not directors:  # no director and no cast either: said plainly, titles like it follow (resolve_credited)
        return MadeBy(turn)
    role = ANY if len(directors) > 1 else None
    kept = [e for e in turn.entities if e.name not in ("position", "title", "item_id")]
    spans = [(said.start(), said.end())] + [(e.start, e.end) for e in turn.entities if e not in kept
                                            and e.start is not None and e.end is not None]
    start, end = min(a for a, _ in spans), max(b for _, b in spans)  # "the third one's director": all of it
    people = [Entity("director", name, role, start, end) for name in directors]
    return MadeBy(replace(turn, entities=kept + people), [str(ref.item_id)],
                  wording.directed_by_maker_of(title, directors), {title: directors})


async def _cast_offer(item_id: str, title: str) -> Optional[CastOffer]:
    """The answer for a title the catalog lists no director for: said plainly, a button per billed cast member (more
    with them), as many as fit. None when it lists no cast either: then titles like it answer at once, no extra turn."""
    cast = await title_credits(item_id, "cast") or []
    if not cast:
        return None
    replies = tuple(buttons.button(name, "something_else", {"actor": name}) for name in cast[:buttons.MAX_BUTTONS])
    return CastOffer(wording.no_director_listed_cast_offered(title), replies, item_id)
