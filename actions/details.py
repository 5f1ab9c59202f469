"""Questions about one title: details ("tell me about the second one", "how long is it") and
"why did you pick this".

Both resolve which title is meant (``references``), remember it as the focused title so "more like
this" / "I've seen it" can follow without repeating it, and fetch GET /api/items/{id} when the
remembered copy is not enough.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Optional

from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import buttons
from actions.base import TurnAction
from actions.edits.asked_titles import asks_for_a_title_by_name, asks_if_available
from actions.edits.person_edits import asks_for_another_person
from actions.edits.person_pivots import names_a_maker
from actions.edits.person_roles import role_added, role_switch
from actions.edits.rejections import find_rejection
from actions.edits.routing import carries_search_words
from actions.edits.turn_basics import PERSON_ENTITIES, search_active
from actions.entities import Entity
from actions.fitting_pick import fitting_listed
from actions.missing_titles import answer_missing_title, people_buttons
from actions.recommender_client import (RecommenderClient, RecommenderRejected, RecommenderUnavailable,
                                        get_client)
from actions.planning import asks_for_others_like_the_list, title_comparatives
from actions.references import Reference, UnresolvedReference, resolve, slipped_title_words
from actions.request_cues import asks_search_not_details
from actions.reply import say, send
from actions.title_questions import (TitleQuestion, asks_for_ones_like_it, asks_how_long, kept_cap, kind_of, rating_of,
                                     suits)
from actions.turn import FOCUSED_ID, Turn
from contract import wording
from contract.gazetteer import plain_name
from contract.payloads import Item, ItemDetails

TITLE_SEARCH_POOL = 10


async def find_id_by_title(client: RecommenderClient, title: str) -> Optional[str]:
    """Catalog id of an exact title when the gazetteer is missing: search, then match the title."""
    result = await client.recommend({"query": title, "limit": TITLE_SEARCH_POOL})
    wanted = title.casefold()
    for item in result.get("items") or []:
        if str(item.get("title") or "").casefold() == wanted and item.get("id"):
            return str(item["id"])
    return None


_IT_RE = re.compile(r"\b(?:it|it's|its|it’s)\b", re.IGNORECASE)


def _anchor_said_alone(turn: Turn) -> bool:
    """"How many seasons does it have" right after the viewer said a title alone and got titles like it: "it" is the
    title they said, not one of the list (round 35). Any other message before keeps the question which-one."""
    state = turn.constraints
    if not state.similar_to or not state.similar_title or not turn.earlier or not _IT_RE.search(turn.text or ""):
        return False
    before = turn.earlier[0].text
    return bool(before) and plain_name(str(before)) == plain_name(state.similar_title)


async def referenced_id(dispatcher: CollectingDispatcher, turn: Turn, intent: str) -> Optional[Reference]:
    """Resolve the title this turn is about, or answer/ask the viewer and return None.

    Recommender failures propagate (the caller apologises once for all of them).
    """
    try:
        ref = resolve(turn.entities, turn.last_items, turn.focused_id)
    except UnresolvedReference as exc:
        say(dispatcher, exc.message)
        return None
    if ref is None and _anchor_said_alone(turn):
        ref = Reference(turn.constraints.similar_to, turn.constraints.similar_title)
    if ref is None:
        if turn.last_items:
            say(dispatcher, "Which one do you mean?", buttons.item_choice_buttons(intent, turn.last_items))
        else:
            say(dispatcher, "Which title do you mean? I haven't suggested anything yet — "
                            "tell me what you feel like watching.", buttons.HELP_EXAMPLES)
        return None
    if ref.item_id is None and ref.title:
        item_id = await find_id_by_title(get_client(), ref.title)
        if item_id is None:
            say(dispatcher, f"I couldn't find “{ref.title}” in the catalog.")
            return None
        ref = Reference(item_id, ref.title, ref.position, ref.item)
    return ref


def _edits_the_list(turn: Turn) -> bool:
    """A message labelled as a details question that edits the search: the person's second role added ("and with
    him acting"), the next person asked about ("what about <person>" after a person's titles) or a listed title turned
    down with an opinion ("the second one looks boring, others?") or a negation ("not teh 2nd")."""
    if role_added(turn) is not None or asks_for_another_person(turn):
        return True
    try:
        return find_rejection(turn, None) is not None
    except UnresolvedReference:
        return False  # a position outside the list: the details answer says which titles exist


class ActionItemDetails(TurnAction):
    """Runtime, rating, year, genres, cast, directors and description of one title."""

    action_name = "action_item_details"

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        if asks_search_not_details(turn):  # "and from the last couple of years" read as a details question
            from actions.recommend import recommend_turn  # actions.recommend builds on this module's neighbours

            return await recommend_turn(dispatcher, replace(turn, intent="refine"), intent="refine")
        if role_switch(turn) is not None or _edits_the_list(turn):
            # "and what has she acted in" after her films as a director; "and him acting too"; "is the 2nd lame, others"
            from actions.recommend import recommend_turn

            return await recommend_turn(dispatcher, turn, intent="refine")
        if asks_for_ones_like_it(turn):  # "is the third one any good? give me ones like it": a like-search on it
            from actions.recommend import recommend_turn

            return await recommend_turn(dispatcher, replace(turn, intent="more_like"), intent="more_like")
        if asks_for_others_like_the_list(turn):  # "other films like those" read as a details question
            from actions.recommend import recommend_turn

            return await recommend_turn(dispatcher, turn, intent="more_like")
        if title_comparatives(turn.text, turn.entities) or (names_a_maker(turn) and not asks_if_available(turn)):
            # "a movie shorter than <title>", "films by whoever made <title>" read as a details question ("is <title> on
            # here? if not, by its director" asks whether it is here: round 36)
            from actions.recommend import recommend_turn

            return await recommend_turn(dispatcher, turn, intent="request_recommendation")
        if _names_people_not_a_title(turn):
            # "<person>? the funny one, not <other>" read as a details question: nothing to describe, a person asked for
            from actions.recommend import recommend_turn

            return await recommend_turn(dispatcher, turn, intent="request_recommendation")
        fitting = fitting_listed(turn)
        if fitting is not None and len(fitting) > 1:
            # "the one that's for kids" when two listed titles suit kids: the list narrowed to them (round 25b)
            from actions.recommend import recommend_turn

            return await recommend_turn(dispatcher, turn, intent="refine")
        if fitting:
            turn = replace(turn, entities=[*turn.entities, Entity("item_id", str(fitting[0]["id"]))])
        try:
            ref = await referenced_id(dispatcher, turn, "ask_details")
            if ref is None:
                return []
            raw = await get_client().item(str(ref.item_id), user_id=turn.sender_id)  # ties it to the list shown
        except (RecommenderUnavailable, RecommenderRejected):
            say(dispatcher, wording.RECOMMENDER_UNAVAILABLE)
            return []
        item = Item.from_dict(raw) if raw is not None else None
        if item is None:
            say(dispatcher, "Sorry, that title isn't in the catalog any more.")
            return []
        slipped = _slipped_title_of_others(turn, item)
        if slipped is not None:  # "do you have parasite by bong joon ho": a namesake of someone else's, not that title
            return _missing_with_people(dispatcher, turn, *slipped)
        if asks_if_available(turn):  # "do you have <title>?": yes, and here it is
            say(dispatcher, wording.title_in_catalog(item.title))
        elif asks_for_a_title_by_name(turn):  # "breaking bad", "my daughter wants <title>": here it is (round 37)
            say(dispatcher, wording.title_by_name(item.title))
        elif asks_how_long(turn.text):  # "how long is it?": the length first, in a sentence, then the card
            say(dispatcher, wording.length_of(item.title, item.duration_minutes, item.seasons))
        send(dispatcher, ItemDetails(item, buttons.ITEM_FOLLOWUPS))
        return [SlotSet(FOCUSED_ID, item.id)]


def _slipped_title_of_others(turn: Turn, item: Item) -> Optional[tuple[str, list[Entity]]]:
    """The words of a title asked about and the people named with it, when the catalog title they were read as is a
    slip of those words ("parasite" read as "Parasyte: The Maxim": ``slipped_title_words``) and credits none of the
    people named with it ("… by bong joon ho"): the viewer asked for another title, one the catalog lacks (round 35).
    A title said right keeps its card whoever the viewer credits it to."""
    people = [e for e in turn.entities if e.name in PERSON_ENTITIES and not e.excluded]
    words = slipped_title_words(turn.text, turn.entities, item.title) if people else None
    if words is None:
        return None
    credits = {plain_name(p) for p in (*item.cast, *item.directors)}
    return None if any(plain_name(str(p.value)) in credits for p in people) else (words, people)


def _missing_with_people(dispatcher: CollectingDispatcher, turn: Turn, words: str,
                         people: list[Entity]) -> list[EventType]:
    """The title said missing, with the people named beside it offered (one button each) and the closest names."""
    names = list(dict.fromkeys(str(p.value) for p in people))
    return answer_missing_title(dispatcher, words, wording.title_missing_offering_people(words, names),
                                people_buttons(names, turn.entities))


async def answer_maturity_question(dispatcher: CollectingDispatcher, turn: Turn,
                                   question: TitleQuestion) -> list[EventType]:
    """"Is it ok for a 6 year old?" about the title shown (``title_questions``): its rating against the age mapping,
    yes or no, never a new list. The list and the search stay; the title becomes the focused one and the audience asked
    about is kept as the search's cap, so "more like that one" is a like-search on it within that cap."""
    ref = question.reference
    listed = dict(ref.item) if ref.item is not None and "rating" in ref.item else None  # the list's record has it
    found = await _title_record(dispatcher, turn, ref, listed)
    if found is None:
        return []
    item_id, item = found
    rating, audience = rating_of(item), question.audience
    fits = suits(rating, audience) if audience else None
    title = str(item.get("title") or ref.title or "That title")
    say(dispatcher, wording.rating_for_audience(title, rating, audience, fits),
        (buttons.MORE_LIKE, buttons.SOMETHING_ELSE) if fits is not True else (buttons.MORE_LIKE,))
    events: list[EventType] = [SlotSet(FOCUSED_ID, str(item_id))]
    cap = kept_cap(turn.constraints.audience, audience)
    if cap != turn.constraints.audience:
        events.append(SlotSet("audience", cap))
    return events


async def answer_kind_question(dispatcher: CollectingDispatcher, turn: Turn, ref: Reference) -> list[EventType]:
    """"Is that the anime or the live action?" about the title shown (``title_questions.kind_question``): which kind it
    is, from its record, never a new list; the list and search stay and the title is focused."""
    found = await _title_record(dispatcher, turn, ref)
    if found is None:
        return []
    item_id, item = found
    title = wording.title_with_year(Item.from_dict(item))
    say(dispatcher, f"{title} is {kind_of(item, turn.text or '')}.", buttons.ITEM_FOLLOWUPS)
    return [SlotSet(FOCUSED_ID, str(item_id))]


async def _title_record(dispatcher: CollectingDispatcher, turn: Turn, ref: Reference,
                        listed: Optional[dict[str, Any]] = None) -> Optional[tuple[str, dict[str, Any]]]:
    """The catalog id and record of the title a question is about (``listed``: the list's own record, when it holds
    what the answer needs), or None after saying why there is none (not in the catalog, the recommender down)."""
    try:
        item_id = ref.item_id or (await find_id_by_title(get_client(), ref.title) if ref.title else None)
        if item_id is None:
            say(dispatcher, f"I couldn't find “{ref.title}” in the catalog.")
            return None
        item = listed if listed is not None else await get_client().item(str(item_id), user_id=turn.sender_id)
    except (RecommenderUnavailable, RecommenderRejected):
        say(dispatcher, wording.RECOMMENDER_UNAVAILABLE)
        return None
    if item is None:
        say(dispatcher, "Sorry, that title isn't in the catalog any more.")
        return None
    return str(item_id), item


def _names_people_not_a_title(turn: Turn) -> bool:
    """The message names a person (a catalog one or one it lacks) and no title, and points at no listed title ("the
    second one"): a details question has nothing to be about, the person is the request."""
    if turn.text is None or turn.text.startswith("/") or any(e.name == "title" for e in turn.entities):
        return False
    if not any(e.name in ("actor", "director", "unknown_person") and not e.excluded for e in turn.entities):
        return False
    try:
        return resolve(turn.entities, turn.last_items, turn.focused_id) is None
    except UnresolvedReference:
        return False


# The words of a question about a pick: "why this one?", "how come", "what makes it good", "explain".
_ASKS_WHY_RE = re.compile(r"\b(?:why|how\s+come|what\s+makes|reasons?|explain|what'?s\s+(?:so\s+)?(?:good|great|special))\b",
                          re.IGNORECASE)


def asks_why(text: Optional[str]) -> bool:
    """The message asks why a title was picked, or what is good about it (a button payload counts as asking)."""
    return bool(text) and (text.startswith("/") or _ASKS_WHY_RE.search(text) is not None)


_REFERENCE_ENTITIES = frozenset({"position", "title", "item_id"})


def asks_for_a_kind_not_why(turn: Turn) -> bool:
    """A message labelled "why this one?" that asks no why, points at no title and carries what to watch while a search
    is active ("a funny one from that decade"): the constraints say it is an edit of the search (issue 10's rule:
    the constraints in the message drive the dialogue, not only the intent label)."""
    if asks_why(turn.text) or any(e.name in _REFERENCE_ENTITIES for e in turn.entities):
        return False
    return carries_search_words(turn, need_active=True) and search_active(turn)


class ActionWhyThis(TurnAction):
    """Why a title was suggested: the recommender's reason plus the constraints it satisfies."""

    action_name = "action_why_this"

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        if names_a_maker(turn):  # "movies by the guy who made <title>" read as "explain": a search for that person
            from actions.recommend import recommend_turn

            return await recommend_turn(dispatcher, turn, intent="request_recommendation")
        if asks_for_a_kind_not_why(turn):
            # "fine, a funny one from that decade" after a list: a kind to watch the label took for "why this one?" —
            # an edit of the search (round 26e), never "which one do you mean?"
            from actions.recommend import recommend_turn

            return await recommend_turn(dispatcher, turn, intent="request_recommendation")
        if not turn.last_items and not turn.focused_id and not asks_why(turn.text):
            # nothing shown and no "why" said: a request the label took for a question ("an eleven hour flight, one
            # long series, four seasons at least", "<title> made me laugh, what else is similar")
            from actions.recommend import recommend_turn

            return await recommend_turn(dispatcher, turn, intent="request_recommendation")
        if not turn.last_items and not turn.focused_id:
            say(dispatcher, "I haven't suggested anything yet — tell me what you feel like watching and "
                            "I'll explain each pick.", buttons.HELP_EXAMPLES)
            return []
        try:
            ref = await referenced_id(dispatcher, turn, "why_this")
            if ref is None:
                return []
        except (RecommenderUnavailable, RecommenderRejected):
            say(dispatcher, wording.RECOMMENDER_UNAVAILABLE)
            return []
        item = Item.from_dict(ref.item) if ref.item is not None else None
        if item is None:
            # Not one of the titles just suggested (e.g. one the viewer asked about by name).
            name = ref.title or "That title"
            say(dispatcher, f"{name} wasn't one of my picks just now — you asked about it. "
                            "Want me to find more like it?", (buttons.MORE_LIKE,))
            return [SlotSet(FOCUSED_ID, str(ref.item_id))]
        say(dispatcher, wording.why(item, turn.constraints.to_wording()),
            (buttons.MORE_LIKE, buttons.SOMETHING_ELSE))
        return [SlotSet(FOCUSED_ID, str(ref.item_id))]
