"""Feedback about a title ("loved the first one", "didn't like it", "I've seen that already").

Stored by the recommender per viewer (POST /api/feedback with ``user_id = sender_id``), which boosts
what resembles liked titles and leaves seen or disliked ones out of later suggestions. The action only
has to work out which title is meant and confirm in words what will change. A like that also asks for
something to watch ("loved <title>, what now?": request words and a strong search entity) is recorded and
answered with picks like it (``edits.strong_search_entities``), and so is a like or a "seen" of a named title that
asks for more ("finished <title>, more like that") or a like of a title as the opening message
(``answers_with_picks_like_the_title``).
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import buttons
from actions.base import TurnAction
from actions.described_pick import opinion_on_a_described_title
from actions.details import ActionItemDetails, referenced_id
from actions.recommender_client import RecommenderRejected, RecommenderUnavailable, get_client
from actions.edits.list_reactions import turns_down_list
from actions.edits.routing import acts_without_reference, edit_cues
from actions.edits.search_requests import FINISHED_BEFORE_RE, REQUEST_CUES, strong_search_entities
from actions.edits.turn_basics import search_active
from actions.likeness_seen import likeness_said_first, without_the_seen_version
from actions.entities import EXCLUDE, SIMILAR
from actions.planning import Plan, asks_for_others_like_the_list, listed_like_asking_for_more
from actions.references import DISLIKED_RE, UnresolvedReference, lookup_title_id, resolve
from actions.reply import say
from actions.request_cues import asks_details_not_feedback
from actions.title_in_talk import seen_asking_for_more
from actions.turn import FOCUSED_ID, Turn
from contract import wording

log = logging.getLogger(__name__)

# intent -> feedback kind of contract §1
KINDS: dict[str, str] = {"feedback_like": "like", "feedback_dislike": "dislike", "feedback_seen": "seen"}


def confirmation(kind: str, title: str) -> str:
    """What the viewer should expect from now on, in one sentence."""
    if kind == "like":
        return f"Glad you liked {title}! I'll lean towards titles like it from now on."
    if kind == "dislike":
        return f"Got it — not your thing. I won't suggest {title} again."
    return f"Thanks — I'll leave {title} out of your suggestions from now on."


def followups(kind: str) -> buttons.Buttons:
    if kind == "like":
        return buttons.MORE_LIKE, buttons.SOMETHING_ELSE
    return buttons.SOMETHING_ELSE, buttons.START_OVER


async def _title_of(item_id: str) -> str:
    """The title of a catalog id that was not in the last list (e.g. a card from an older list).

    The feedback is already saved at this point, so a failed lookup only costs the title's name.
    """
    try:
        item = await get_client().item(item_id)
    except (RecommenderUnavailable, RecommenderRejected):
        return "that title"
    return str(item.get("title")) if item and item.get("title") else "that title"


# Words that ask for more beside a like or a "seen" of a title ("loved <title>, what else is like it", "we just
# finished <title>, more like that", "anything similar?").
_ASKS_FOR_MORE_RE = re.compile(
    r"\b(?:more\s+(?:like|of\s+(?:that|the\s+same)|along)|what\s+else|anything\s+else|something\s+else"
    r"|similar|like\s+(?:it|that|this)\b|(?:ones?|stuff|shows?|series|movies?|films?|titles?|others?|something|anything)"
    r"\s+(?:else\s+)?like\b|along\s+(?:those|the\s+same)\s+lines|same\s+(?:vibe|kind|sort|style)"
    r"|what\s+(?:now|next|should\s+(?:i|we)\s+watch)|(?:any|got\s+any)\s+(?:others|recommendations|ideas|suggestions))", re.IGNORECASE)


def answers_with_picks_like_the_title(turn: Turn, kind: str) -> bool:
    """A like or a "seen" of a title named in the message that also asks for more ("loved <title>, what else is
    like it", "finished <title>, more like that"), or a like or a "seen" of a title as the opening message ("i loved
    <title>", "we just finished <title>"): the feedback is recorded and the answer is picks like that title (the title itself left out)."""
    text = turn.text or ""
    if kind not in ("like", "seen") or text.startswith("/"):
        return False
    if not any(e.name == "title" and not e.excluded for e in turn.entities):
        return False
    if _ASKS_FOR_MORE_RE.search(text) or REQUEST_CUES.search(text):
        return True
    # an opening "i loved <title>" or "we just finished <title>": the viewer says where to start from ("already
    # watched <title>" only says what to leave out)
    finished = any(e.name == "title" and FINISHED_BEFORE_RE.search(text[:e.start or 0]) for e in turn.entities)
    return (kind == "like" or finished) and not turn.last_items and turn.constraints.is_empty()


async def record_quietly(sender_id: str, item_id: str, kind: str) -> None:
    """Save a like / dislike / seen said on the way to picks ("loved the second one, more like that"): a failure
    is logged, never said — the picks that answer the turn do not depend on it."""
    try:
        await get_client().feedback(sender_id, item_id, kind)
    except (RecommenderUnavailable, RecommenderRejected) as exc:
        log.warning("feedback not saved (%s): %s", kind, type(exc).__name__)


def _positions_turned_down(turn: Turn) -> bool:
    """The message points at list positions only to turn them down ("not the top one"): role ``exclude`` on each."""
    refs = [e for e in turn.entities if e.name in _REFERENCES]
    return any(e.name == "position" for e in refs) and all(e.excluded for e in refs)


def titles_left_out(turn: Turn) -> list[str]:
    """Catalog ids of the titles this message names to leave out (role ``exclude``: "anything like <A>? seen <B> and
    <C> already", nlu names.NameMatcher._seen_lists): out of these picks and of the conversation's later ones."""
    ids = (lookup_title_id(str(e.value)) for e in turn.entities if e.name == "title" and e.excluded)
    return list(dict.fromkeys(i for i in ids if i))


async def _several_seen(dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
    """"Already watched <A>, <B> and <C>" said alone: every title named is recorded as seen and the answer names them
    all (the single-title confirmation would name one and drop the others)."""
    names = list(dict.fromkeys(str(e.value) for e in turn.entities if e.name == "title" and e.excluded))
    try:
        for item_id in titles_left_out(turn):
            await get_client().feedback(turn.sender_id, item_id, "seen")
    except (RecommenderUnavailable, RecommenderRejected):
        say(dispatcher, "Sorry — I couldn't save that right now. Please try again in a minute.")
        return []
    say(dispatcher, confirmation("seen", wording.and_list(names)), followups("seen"))
    return []


# Clauses of a message set against each other ("hated <A> but <B> was great", "hated <A>, <B> was fun"): a contrast
# word, a comma or a semicolon.
_CONTRAST_RE = re.compile(r"[;,]|\b(?:but|though|although|however|whereas|while|yet)\b", re.IGNORECASE)
# Praise of a title in its own clause ("<B> was great", "loved <B>"), and words that undo it ("not great").
_PRAISE_RE = re.compile(
    r"\b(?:lov(?:e|ed|es)|lik(?:e|ed|es)|enjoy(?:ed|s)?|ador(?:e|ed|es)|great|good|amazing|awesome|fantastic"
    r"|brilliant|perfect|excellent|fun|favou?rite|fave|solid|decent|fine)\b", re.IGNORECASE)
_UNPRAISE_RE = re.compile(r"\b(?:not|no|never|hated?|disliked?|bad|awful|boring|meh|terrible|worst|worse"
                          r"|(?:did|do|does|was|is|were|are|could|would|can|wo)n['’]?t)\b|n['’]t\b", re.IGNORECASE)


def said_against(text: str | None) -> bool:
    """The words turn a title down (``references.DISLIKED_RE``: "didn't stick", "was awful") and praise nothing: a like
    label on them is the classifier's slip."""
    return bool(text) and DISLIKED_RE.search(text) is not None and _PRAISE_RE.search(text) is None


def _named_as_left_out(turn: Turn) -> Turn:
    """A "seen" or a dislike naming titles without a "like" ("seen <A> and <B>"): each title named is one to leave
    out, as "seen <A> already" marks it (role exclude). Of a dislike, a title praised in a clause of its own ("hated
    <A> but <B> was great") is no dislike: it is neither left out nor recorded (``_praised_apart``)."""
    text = turn.text or ""
    return replace(turn, entities=[
        replace(e, role="exclude") if e.name == "title" and e.role is None
        and not (turn.intent == "feedback_dislike" and _praised_apart(text, e.start, e.end)) else e
        for e in turn.entities])


def _praised_apart(text: str, start: int | None, end: int | None) -> bool:
    """The title at ``start``:``end`` sits in a clause (``_CONTRAST_RE`` bounds) that praises and does not run it
    down: "<B> was great" or "loved <B>" set against a dislike of another title."""
    if start is None or end is None or not _CONTRAST_RE.search(text):
        return False
    bounds = [0, *(m.start() for m in _CONTRAST_RE.finditer(text)), len(text)]
    lo = max(b for b in bounds if b <= start)
    hi = min(b for b in bounds if b >= end)
    clause = text[lo:start] + " " + text[end:hi]
    clause = _CONTRAST_RE.sub(" ", clause)
    return bool(_PRAISE_RE.search(clause)) and not _UNPRAISE_RE.search(clause)


def like_the_seen(plan: Plan, turn: Turn) -> None:
    """"Already watched <A>, <B> and <C>" with nothing else to go on (no search running, nothing else said): titles like
    them, they themselves left out (``titles_left_out``), rather than a random mix. A request or a search of its own
    ("any good crime shows? seen <A> already") keeps its own reading: the seen titles are only left out."""
    ids = titles_left_out(turn)
    if not ids or not plan.constraints.is_empty():
        return
    names = list(dict.fromkeys(str(e.value) for e in turn.entities if e.name == "title" and e.excluded))
    plan.constraints = replace(plan.constraints, similar_to=ids[0], similar_title=wording.and_list(names))
    plan.like_ids, plan.diverse = ids, False


async def _like_then_recommend(dispatcher: CollectingDispatcher, turn: Turn, kind: str = "like") -> list[EventType]:
    from actions.recommend import recommend_turn  # actions.recommend builds on this module

    seen = titles_left_out(turn) if kind == "seen" else []
    title_id = None if seen else next((e.value for e in turn.entities if e.name == "title" and not e.excluded), None)
    item_ids = seen or ([lookup_title_id(title_id)] if title_id else [])
    for item_id in filter(None, item_ids):  # "seen <B> and <C> already, anything like <A>": the seen ones are seen
        await record_quietly(turn.sender_id, item_id, kind)
    if title_id and not any(item_ids):
        log.info("feedback not saved (%s): the title is not in the gazetteer", kind)
    return await recommend_turn(dispatcher, turn, intent="request_recommendation")


# Entities that point at a title: with one of them a like is about that title.
_REFERENCES = frozenset({"position", "title", "item_id"})


def _only_likeness(turn: Turn) -> bool:
    """The message points at titles only to ask for others like them: a "like" title and no shown title, position or
    other title it could be turning down ("the third one was awful, something like <title> instead" still is)."""
    titles = [e for e in turn.entities if e.name == "title"]
    return (any(e.role == SIMILAR for e in titles) and all(e.role == SIMILAR for e in titles)
            and not any(e.name in _REFERENCES for e in turn.entities if e.name != "title"))


def _title_alone(turn: Turn) -> Turn | None:
    """A message that is one catalog title and nothing else ("bird box", "The Crown?") read as a like or a dislike:
    no word says either, so it is what a title said alone is everywhere else — a request for more like it. The turn
    with that title as the like-anchor (role similar), or None."""
    titles = [e for e in turn.entities if e.name == "title"]
    text = (turn.text or "").strip()
    if len(titles) != 1 or len(turn.entities) != 1 or titles[0].role is not None or titles[0].start is None \
            or titles[0].end is None or _UNPRAISE_RE.search(text) or _PRAISE_RE.search(text):
        return None
    if _TITLE_ALONE_RE.fullmatch(text[:titles[0].start] + text[titles[0].end:]) is None:
        return None
    return replace(turn, entities=[replace(titles[0], role=SIMILAR)])


# What may stand round a title said alone: spaces and end punctuation, nothing that says like or dislike.
_TITLE_ALONE_RE = re.compile(r"[\s\"'“”‘’.!?…]*")


def _resolves_to_nothing(turn: Turn) -> bool:
    """No title of the list (nor the focused or only one) is what the message is about."""
    try:
        return resolve(turn.entities, turn.last_items, turn.focused_id) is None
    except UnresolvedReference:
        return False  # a position past the list: the feedback answer says which titles exist


class ActionFeedback(TurnAction):
    """Record like / dislike / seen for the referenced title."""

    action_name = "action_feedback"

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        if asks_details_not_feedback(turn):  # "tell me about <title>" read as a like: show it, save nothing
            return await ActionItemDetails().respond(dispatcher, replace(turn, intent="ask_details"))
        intent = turn.intent if turn.intent in KINDS else "feedback_like"
        if intent == "feedback_like" and said_against(turn.text):
            # "we tried the third one, didn't stick" read as a like: the words turn it down (round 37); after a list the
            # dislike's own answer records it and shows fresh picks
            if turn.last_items:
                from actions.recommend import ActionDislike  # actions.recommend builds on this module

                return await ActionDislike().respond(dispatcher, replace(turn, intent="feedback_dislike"))
            intent = "feedback_dislike"
        kind = KINDS[intent]
        if kind == "seen" and likeness_said_first(turn):
            # round 31B: "like <title> but the <country> one i already saw": a request like the title, whose anchor (the
            # version seen) is never among its picks; the words describing that version are no constraint
            from actions.recommend import recommend_turn  # actions.recommend builds on this module

            return await recommend_turn(dispatcher, without_the_seen_version(turn), intent="request_recommendation")
        if kind == "like" and turn.last_items and _positions_turned_down(turn):
            # round 25d: "not the top one, my ex loved it" read as a like: the praise is someone else's, the title is
            # left out of fresh picks of the search, and nothing is recorded
            from actions.recommend import recommend_turn  # actions.recommend builds on this module

            return await recommend_turn(dispatcher, turn, intent="feedback_dislike")
        if kind != "like" and turn.last_items and turns_down_list(turn.text) and not any(
                e.name in _REFERENCES for e in turn.entities):
            # round 25d: "ones we haven't seen, not those" read as "seen": the list turned down, fresh picks of the search
            from actions.recommend import recommend_turn  # actions.recommend builds on this module

            return await recommend_turn(dispatcher, turn, intent="something_else")
        if kind != "seen" and (alone := _title_alone(turn)) is not None:
            # "bird box" alone read as a dislike (or a like): more like it, nothing recorded
            from actions.recommend import recommend_turn  # actions.recommend builds on this module

            return await recommend_turn(dispatcher, alone, intent="request_recommendation")
        if asks_for_others_like_the_list(turn):
            # "ok other movies like that" read as a like or a "seen": more like the list, nothing recorded
            from actions.recommend import recommend_turn  # actions.recommend builds on this module

            return await recommend_turn(dispatcher, turn, intent="more_like")
        if kind == "like" and listed_like_asking_for_more(turn) is not None:
            # "the 2nd was great, similar ones pls": the like is recorded and the answer is picks like it
            from actions.recommend import recommend_turn  # actions.recommend builds on this module

            return await recommend_turn(dispatcher, turn, intent="more_like")
        if kind == "like" and REQUEST_CUES.search(turn.text or "") and strong_search_entities(turn):
            # "loved <title>, what now?": the like is a request for more like it (recorded on the way)
            return await _like_then_recommend(dispatcher, turn)
        if kind == "like" and not any(e.name in _REFERENCES for e in turn.entities) and edit_cues(turn):
            # "about history" after documentaries read as a like: a topic reply (or "another one") with no title
            # pointed at edits the search shown, nothing recorded
            from actions.recommend import recommend_turn  # actions.recommend builds on this module

            return await recommend_turn(dispatcher, turn, intent="refine")
        if kind == "dislike" and _only_likeness(turn):
            # "shows like <title>, but not <title> itself obviously" read as a dislike: a like-search, nothing recorded
            from actions.recommend import recommend_turn  # actions.recommend builds on this module

            return await recommend_turn(dispatcher, turn, intent="request_recommendation")
        if answers_with_picks_like_the_title(turn, kind):
            # "loved <title>, anything similar?", "we finished <title>, more like that", an opening "i loved <title>"
            return await _like_then_recommend(dispatcher, turn, kind)
        if kind == "seen" and (seen := seen_asking_for_more(turn)):
            # "we already saw <title>, other scary movies?": recorded as seen (planning._seen_on_the_way) and the request
            # answered without it, never a confirmation alone (actions/title_in_talk.py)
            from actions.recommend import recommend_turn  # actions.recommend builds on this module

            kept = [replace(e, role=EXCLUDE) if e in seen else e for e in turn.entities]
            asked = replace(turn, entities=kept)
            return await recommend_turn(dispatcher, asked,
                                        intent="refine" if search_active(turn) else "request_recommendation")
        if not turn.last_items and not any(e.name in _REFERENCES for e in turn.entities) \
                and strong_search_entities(turn):
            # "turkish series? like the ones my aunt watches" read as feedback with nothing shown and no title named:
            # constraints that say what to watch make it a first request, never "which title do you mean?"
            from actions.recommend import recommend_turn  # actions.recommend builds on this module

            return await recommend_turn(dispatcher, turn, intent="request_recommendation")
        if kind == "like" and turn.last_items and titles_left_out(turn) and all(
                e.excluded for e in turn.entities if e.name == "title"):
            # "not <title>" after a list that shows it, read as a like: the title named is turned down (the NLU's role
            # exclude), never praised; the list comes again without it, and no like is recorded
            from actions.recommend import recommend_turn  # actions.recommend builds on this module

            return await recommend_turn(dispatcher, turn, intent="refine")
        if kind in ("seen", "dislike") and turn.last_items and titles_left_out(named := _named_as_left_out(turn)):
            # "not <title>, they've seen it", "seen <A> and <B>" after a list: left out, and fresh picks of the search
            # follow (a confirmation alone would leave the viewer with nothing new to choose from)
            from actions.recommend import recommend_turn  # actions.recommend builds on this module

            for item_id in titles_left_out(named):
                await record_quietly(turn.sender_id, item_id, kind)
            return await recommend_turn(dispatcher, named, intent="refine")
        if kind == "seen" and len(titles_left_out(turn)) > 1:
            return await _several_seen(dispatcher, turn)  # "already seen <A> and <B>": each one recorded
        if acts_without_reference(turn, topic_counts=False) and _resolves_to_nothing(turn) \
                and not opinion_on_a_described_title(turn, kind):
            # no title pointed at and constraints said ("skip anything japanese, we watched loads"): an edit of the search,
            # never "which one do you mean?"; "hated the german one" describes a title, and stays feedback
            from actions.recommend import recommend_turn  # actions.recommend builds on this module

            return await recommend_turn(dispatcher, turn, intent="refine")
        try:
            ref = await referenced_id(dispatcher, turn, intent)
            if ref is None:
                return []
            await get_client().feedback(turn.sender_id, str(ref.item_id), kind)
            title = ref.title or await _title_of(str(ref.item_id))
        except (RecommenderUnavailable, RecommenderRejected):
            say(dispatcher, "Sorry — I couldn't save that right now. Please try again in a minute.")
            return []
        say(dispatcher, confirmation(kind, title), followups(kind))
        return [SlotSet(FOCUSED_ID, str(ref.item_id))]
