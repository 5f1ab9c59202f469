"""The recommendation actions: recommend (new search, refine, something else, more like), accept
a relaxation, start over, a "no" and a dislike — the last four first check whether the message is
really an edit of the current search ("yes, any length is fine", "forget the kids", "no, not that one",
"not the third"; ``actions.edits``) and answer it with picks when it is.

``action_recommend`` is the one place where a turn becomes recommendations: it plans the request from
the turn (``planning``), calls the recommender, answers with one ``Recommendations`` payload (heading,
items, quick replies; contract.payloads) and writes the new state back to the slots. Failures are
answered honestly: nothing matched (a ``Recommendations`` without items whose ``relaxation`` offers the
nearest way out), the catalog refused the request, or the recommender is unreachable. A vague request
gets a varied mix: the recommender's own diversity pass already spreads a top five across genres.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any, Optional

from rasa_sdk.events import AllSlotsReset, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import buttons
from actions.base import TurnAction
from actions.constraints import (CHILDREN_AUDIENCES, CHILDRENS_GENRES, CONSTRAINT_ENTITIES, FRESH_START, apply_entities, takes_back_the_genre, bound_past_title,
                                 genres_for_films, genres_for_people, genres_for_series,
                                 series_genres_beside_others,
                                 says_only_exclusions)
from actions.contrast import BROAD_GENRES, apply_contrast, plain_entities
from actions.entities import SIMILAR
from actions.edits.asked_titles import asks_about_title, missing_title_words
from actions.edits.list_reactions import wants_more_picks
from actions.edits.removals import find_removals
from actions.edits.routing import acts_without_reference, carries_search_words, edit_cues
from actions.edits.search_requests import states_viewer_origin
from actions.edits.seen import find_seen
from actions.edits.turn_basics import search_active
from actions.feedback import ActionFeedback, like_the_seen, record_quietly, titles_left_out
from actions.franchises import widen_to_franchises
from actions.anchor_away import keep_away_from_the_anchor
from actions.anchor_credits import people_describing_the_anchor
from actions.described_anchor import AskedTitle, anchor_described, title_asked_for
from actions.described_pick import opinion_on_a_described_title
from actions.cast_of import cast_for_titles, cast_of_the_title_in_view
from actions.like_genres import either_genre_if_none_has_all
from actions.origin_dramas import origin_series_if_no_drama
from actions.namesakes import namesake_buttons
from actions.person_asides import asides_as_the_person
from actions.made_by import MadeBy, director_of_the_title_in_view, directors_for_titles, prefer_the_makers
from actions.planning import Plan, Question, anchor_id, plan_recommendation, title_comparatives
from actions.recommender_client import RecommenderRejected, RecommenderUnavailable, get_client
from actions.references import UnresolvedReference, compact_item, resolve, title_ids_with_words
from actions.rejected_lists import keep_turned_down_lists_out
from actions.missing_titles import answer_missing_title
from actions.reply import say, send
from actions.styled_titles import franchise_said, same_franchise
from actions.kind_named_titles import title_named_after_its_kind
from actions.likeness_seen import likeness_said_first
from actions.turn import FOCUSED_ID, LAST_ITEMS, PENDING_RELAXATION, REJECTED_IDS, SHOWN_IDS, Turn
from contract import wording
from contract.constraints import Constraints
from contract.vocabulary import AUDIENCES, RATING_AUDIENCE
from contract.payloads import Item, ItemDetails, Recommendations, Relaxation

log = logging.getLogger(__name__)
# A relaxation offered by the actions themselves (not the recommender) whose titles shown stay out when accepted.
EXCLUDE_SHOWN = "exclude_shown"


class ActionRecommend(TurnAction):
    """Recommend for ``request_recommendation``, ``refine``, ``something_else`` and ``more_like``."""

    action_name = "action_recommend"

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        if states_viewer_origin(turn):  # "we live in spain" read as a request: not understood, like a place alone
            from actions.fallback import ActionFallback  # actions.fallback builds on this module

            return await ActionFallback().respond(dispatcher, turn)
        return await recommend_turn(dispatcher, turn)


class ActionRelax(TurnAction):
    """"Yes" / the relaxation button after an empty result: search with the offered constraints. "Yes" after a
    title's card (which offers more like it) is a like-search on that title."""

    action_name = "action_relax"

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        if carries_search_words(turn, need_active=True):
            return await recommend_turn(dispatcher, turn)  # "yes, but any length is fine"
        relaxation = turn.pending_relaxation
        if relaxation is None and turn.focused_id:
            # a title's card ends with "Want more like it?" (or "similar titles that suit them?"): yes = a like-search
            return await recommend_turn(dispatcher, replace(turn, intent="more_like"), intent="more_like")
        if relaxation is None:
            say(dispatcher, "Great! What are you in the mood for?", buttons.STARTERS)
            return []
        state = Constraints.from_api(relaxation["constraints"], similar_title=turn.constraints.similar_title)
        # "more from 2021" after "those are already the newest": the titles shown stay out
        left_out = turn.rejected_ids + (turn.shown_ids if relaxation.get(EXCLUDE_SHOWN) else [])
        return await execute_plan(dispatcher, turn, Plan(state, exclude_ids=list(dict.fromkeys(left_out)),
                                                         shown_ids=turn.shown_ids))


class ActionStartOver(TurnAction):
    """Forget every constraint and everything shown; offer a fresh start.

    "Forget the kids" / "drop the time limit" (classified as starting over) only remove that constraint;
    "start over with comedies" starts afresh and answers the new request at once."""

    action_name = "action_start_over"

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        if search_active(turn) and takes_back_the_genre(turn.text, turn.entities):
            return await recommend_turn(dispatcher, turn, intent="refine")  # "scrap that, a comedy": the genre only
        removal = find_removals(turn.text, turn.entities, turn.constraints)
        if removal and "all" not in removal.groups and search_active(turn):
            return await recommend_turn(dispatcher, turn, intent="refine")
        if not removal and edit_cues(turn) and not FRESH_START.search(turn.text or ""):
            # "new ones", "another one" read as starting over: an edit of the list shown.
            return await recommend_turn(dispatcher, turn, intent="refine")
        if not removal and search_active(turn) and says_only_exclusions(turn.entities) \
                and not FRESH_START.search(turn.text or ""):
            return await recommend_turn(dispatcher, turn, intent="refine")  # "no reality crap": narrows the search
        if not removal and search_active(turn) and _corrects_who_watches(turn):
            return await recommend_turn(dispatcher, turn, intent="refine")  # "he's actually 6": the age, not the search
        if not removal and carries_search_words(turn):
            fresh = Turn(turn.sender_id, "request_recommendation", turn.text, turn.entities, {})
            return [AllSlotsReset()] + await recommend_turn(dispatcher, fresh)
        say(dispatcher, "Okay, let's start fresh. What do you feel like watching?", buttons.STARTERS)
        return [AllSlotsReset()]


def _corrects_who_watches(turn: Turn) -> bool:
    """Round 25d: an age or audience said alone and no fresh-start words ("he's actually 6, I always forget", "sorry,
    she's 9") read as starting over: a correction of who watches, an edit of the search shown."""
    said = [e for e in turn.entities if e.name in CONSTRAINT_ENTITIES]
    return (bool(said) and all(e.name == "audience" and not e.excluded for e in said)
            and not FRESH_START.search(turn.text or ""))


class ActionDeny(TurnAction):
    """"No": an edit of the search when it says what instead ("no, not that one", "nah, a comedy"),
    otherwise "no problem, what instead?"."""

    action_name = "action_deny"

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        if carries_search_words(turn):
            return await recommend_turn(dispatcher, turn)
        dispatcher.utter_message(response="utter_no_problem")
        return []


class ActionDislike(TurnAction):
    """A dislike of a title. Of one in the list just shown ("not the third", "didn't like the first
    one"): recorded, left out for good, and fresh picks follow. "Not this one" with no single title
    to point at rejects the list: fresh picks. Of any other title: recorded and confirmed
    (``ActionFeedback``)."""

    action_name = "action_dislike"

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        if not turn.last_items:
            return await ActionFeedback().respond(dispatcher, turn)
        try:
            ref = resolve(turn.entities, turn.last_items, turn.focused_id)
        except UnresolvedReference:
            return await ActionFeedback().respond(dispatcher, turn)  # it says which titles exist
        if ref is not None and ref.item is None and ref.item_id != turn.focused_id:
            return await ActionFeedback().respond(dispatcher, turn)  # a title outside the list
        if ref is None and opinion_on_a_described_title(turn, "dislike"):
            return await ActionFeedback().respond(dispatcher, turn)  # "hated the german one": which one, no search edit
        if ref is not None and ref.item_id:
            try:
                await get_client().feedback(turn.sender_id, ref.item_id, "dislike")
            except (RecommenderUnavailable, RecommenderRejected):
                log.warning("could not record the dislike of %s", ref.item_id)  # still left out below
        return await recommend_turn(dispatcher, turn, intent="feedback_dislike")


class ActionSeen(TurnAction):
    """"I've seen the second one", "seen the first two", "seen them all": those titles of the list just
    shown are recorded as seen, left out for good, and fresh picks follow. A title outside the list (or
    no list): recorded and confirmed (``ActionFeedback``). A likeness ask opening the message ("like <title>, but
    the <country> one we saw") is a request like the title (actions/likeness_seen.py)."""

    action_name = "action_seen"

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        if likeness_said_first(turn):
            # round 31B: "like <title> but the <country> one i already saw", a title of the list or not: a request like
            # the title, which the feedback action answers as such
            return await ActionFeedback().respond(dispatcher, turn)
        if find_seen(turn, "feedback_seen") is None and acts_without_reference(turn, topic_counts=False) \
                and not opinion_on_a_described_title(turn, "seen"):
            # "skip anything japanese, we watched loads": no title pointed at, an edit of the search ("seen the korean
            # one" describes a title: feedback)
            return await recommend_turn(dispatcher, turn, intent="refine")
        if turn.last_items and find_seen(turn, "feedback_seen") is None and wants_more_picks(turn.text):
            # "watched that already, another": which one does not matter, the viewer wants fresh picks of the search
            return await recommend_turn(dispatcher, turn, intent="something_else")
        if find_seen(turn, "feedback_seen") is None:
            return await ActionFeedback().respond(dispatcher, turn)
        return await recommend_turn(dispatcher, turn, intent="feedback_seen")


def _asks_for_likeness(turn: Turn, plan: Plan) -> bool:
    """Whether this turn asks for titles *like* the anchor: a title said with a likeness cue (role ``similar``), a
    title or franchise named as a style, or a pivot to a listed title ("more like the second one"). A title named
    bare ("<franchise> movies") makes a like-search too, but the viewer wants the franchise's own titles in it."""
    if any(e.name == "title" and e.role == SIMILAR for e in turn.entities):
        return True
    if franchise_said(turn.text, plan.constraints.similar_title) is not None:
        return True
    # a pivot to a listed title: the anchor is new this turn and named by no title entity
    return not any(e.name == "title" for e in turn.entities) \
        and plan.constraints.similar_title != turn.constraints.similar_title


async def recommend_turn(dispatcher: CollectingDispatcher, turn: Turn,
                         intent: Optional[str] = None) -> list[EventType]:
    """Plan and run the recommendation for one turn (shared with the fallback action)."""
    named = title_named_after_its_kind(turn)
    if named is not None:  # "is the movie jaws on here": the catalog's Jaws, asked about
        from actions.details import ActionItemDetails

        return await ActionItemDetails().respond(dispatcher, replace(turn, entities=[*turn.entities, named]))
    if asks_about_title(turn) and not title_comparatives(turn.text, turn.entities):  # "tell me about <title>"
        from actions.details import ActionItemDetails

        return await ActionItemDetails().respond(dispatcher, turn)
    turn = asides_as_the_person(turn)  # "<director> films (the <title> guy)": the aside only says who (round 29C)
    in_view = await director_of_the_title_in_view(turn)  # "anything else by the same director?" after a card
    if in_view.missing is not None:  # ... about a slip of a title the catalog lacks: said missing, close names offered
        return answer_missing_title(dispatcher, in_view.missing)
    if in_view.offer is not None:  # ... about a title the catalog credits no director for: said so, its cast offered
        say(dispatcher, in_view.offer.text, in_view.offer.quick_replies)
        return [SlotSet(FOCUSED_ID, in_view.offer.item_id)]
    made_by = await directors_for_titles(in_view.turn)  # "from the director of <title>": that person's other titles
    made_by = MadeBy(made_by.turn, in_view.exclude_ids + made_by.exclude_ids,
                     " ".join(filter(None, [in_view.note, made_by.note])) or None, {**in_view.makers, **made_by.makers})
    cast = await cast_for_titles(cast_of_the_title_in_view(made_by.turn))  # "the guy from <title>": the title's lead cast (or the one hinted)
    made_by = MadeBy(cast.turn, made_by.exclude_ids + cast.exclude_ids, " ".join(filter(None, [made_by.note, cast.note])) or None,
                     made_by.makers)
    turn = await people_describing_the_anchor(made_by.turn)  # "<title> with <its star>, more like it": no constraint
    asked = await title_asked_for(turn)  # "what was that show where <what happens>": that one title, no search
    if asked is not None:
        return await _answer_the_title_asked(dispatcher, turn, asked)
    described = await anchor_described(turn)  # "something like the <plot words> show": that title, named
    turn = described.turn
    plan = plan_recommendation(turn, intent)
    if isinstance(plan, Plan) and described.note and plan.constraints.similar_title == described.title:
        plan.note = " ".join(filter(None, [described.note, plan.note]))
    either_genre_if_none_has_all(plan)  # "<title> vibes, teen adventure": any of the genres if none has all
    origin_series_if_no_drama(plan, turn)  # "kdrama with 4+ seasons": any Korean series if no drama fits
    missing = missing_title_words(turn)
    if missing is not None:  # "do you have <a title the catalog lacks>?": said so, with the titles of the closest names
        return answer_missing_title(dispatcher, missing)
    if isinstance(plan, Plan) and made_by.exclude_ids:
        plan.exclude_ids = list(dict.fromkeys(plan.exclude_ids + made_by.exclude_ids))
        plan.note = " ".join(filter(None, [made_by.note, plan.note]))
        # the title a person was named through is one the viewer knows: it stays out of the later searches of this
        # conversation too ("only movies" after "the guy from <title>"), like a title they said they've seen
        plan.rejected_ids = list(dict.fromkeys(list(plan.rejected_ids or turn.rejected_ids) + made_by.exclude_ids))
        prefer_the_makers(plan, made_by.makers)  # "more like <title>, same director if possible"
    if isinstance(plan, Plan) and (left_out := titles_left_out(turn)):
        # "anything like <A>? seen <B> and <C> already": never offered, now or later in this conversation
        plan.exclude_ids = list(dict.fromkeys(plan.exclude_ids + left_out))
        plan.rejected_ids = list(dict.fromkeys(list(plan.rejected_ids or turn.rejected_ids) + left_out))
        like_the_seen(plan, turn)  # "already watched <A> and <B>" and nothing else: titles like them
    if isinstance(plan, Plan) and plan.constraints.similar_title and _asks_for_likeness(turn, plan):
        # titles like a franchise's entry are never its other entries ("kung fu panda style", "more like <a sequel>");
        # a franchise named bare ("chhota bheem movies for my son") asks for its own titles, so they stay
        franchise = same_franchise(plan.constraints.similar_title,
                                   franchise_said(turn.text, plan.constraints.similar_title))
        plan.exclude_ids = list(dict.fromkeys(plan.exclude_ids + franchise))
        # and never later in this conversation ("something else" keeps the anchor, not the style words)
        plan.rejected_ids = list(dict.fromkeys(list(plan.rejected_ids or turn.rejected_ids) + franchise))
    if isinstance(plan, Plan):
        widen_to_franchises(plan, turn)  # "not the <franchise> ones", "not <title>": its sequels and spin-offs too
        keep_turned_down_lists_out(plan, turn)  # "none of these", then "still no, <an edit>": never the lists again
    if isinstance(plan, Question):
        say(dispatcher, plan.text, plan.quick_replies or await _people_buttons(plan))
        return []
    await keep_away_from_the_anchor(plan, turn)  # "more like it but from another country": not the anchor's country
    if plan.contrast is not None:
        await _resolve_contrast(plan)
    if plan.relative_to:
        await _resolve_title_comparatives(plan)
    if plan.exclude_people is not None:
        _held_out(plan, await _titles_of_people(*plan.exclude_people))
    if plan.exclude_topic:
        _held_out(plan, await _titles_about(plan.exclude_topic, plan))
    if plan.origin_bound_genres:
        await _drop_genres_of_excluded_origin(plan)
    if plan.either_if_apart:
        apart = await _either_when_never_together(plan)
        if apart is not None:  # "both A and B", which no title has: said so, each one's titles a button away
            say(dispatcher, apart.text, apart.quick_replies)
            return _undecided_people_events(plan)
    if len(plan.like_ids) > 1:
        await _genres_the_likes_share(plan)
    if plan.unless_anchor_fits is not None:
        await _anchor_within_the_cap(plan, turn)
    if _anchored_anew(plan, turn):
        await _cap_at_the_anchors_audience(plan)
    if plan.rejected_title:
        say(dispatcher, f"Okay, not {plan.rejected_title} — I'll leave it out.")
    for item_id in plan.liked_ids:  # "loved the second one, more like that": the picks like it still come
        await record_quietly(turn.sender_id, item_id, "like")
    for item_id in plan.seen_ids:  # still left out below
        await record_quietly(turn.sender_id, item_id, "seen")
    if plan.seen_titles:
        say(dispatcher, f"Okay, you've seen {_joined(plan.seen_titles)} — here are some you haven't.")
    events = await execute_plan(dispatcher, turn, plan)
    if plan.rejected_ids is not None:
        events.append(SlotSet(REJECTED_IDS, plan.rejected_ids))
    return events


async def _answer_the_title_asked(dispatcher: CollectingDispatcher, turn: Turn, asked: AskedTitle) -> list[EventType]:
    """The title identified from its description, as its details card (the follow-ups "more like it", "seen it"),
    focused so "more like that" is a like-search on it. The description's era, audience or topic words described
    that title: they are no constraints, and the search the viewer had stays as it was."""
    item_id = str(asked.item["id"])
    try:
        raw = await get_client().item(item_id, user_id=turn.sender_id) or asked.item
    except (RecommenderUnavailable, RecommenderRejected):
        raw = asked.item
    item = Item.from_dict(raw) or Item.from_dict(asked.item)
    if item is None:
        return []
    say(dispatcher, asked.note)
    send(dispatcher, ItemDetails(item, buttons.ITEM_FOLLOWUPS))
    return [SlotSet(FOCUSED_ID, item.id)]


async def _anchor_within_the_cap(plan: Plan, turn: Turn) -> None:
    """"Now something for my 6 year old" after titles like a TV-MA series: a title rated above the new audience's cap
    is no anchor for them, so the new search runs instead (``Plan.unless_anchor_fits``); an anchor the children may
    watch stays. A title with no rating the audiences know (NR) is no anchor for children either. Best effort: the
    anchor stays when the catalog cannot be reached."""
    anchor = anchor_id(plan.constraints)
    audience = plan.constraints.audience
    if anchor is None or audience not in AUDIENCES:
        return
    try:
        facts = await get_client().item(anchor)
    except (RecommenderUnavailable, RecommenderRejected):
        log.warning("could not read the rating of the anchor %s", anchor)
        return
    rated = RATING_AUDIENCE.get(str((facts or {}).get("rating") or ""))
    if rated is None or AUDIENCES.index(rated) > AUDIENCES.index(audience):
        assert plan.unless_anchor_fits is not None
        plan.constraints, plan.unless_empty = plan.unless_anchor_fits, None
        plan.exclude_ids, plan.shown_ids, plan.contrast = list(turn.rejected_ids), [], None


def _anchored_anew(plan: Plan, turn: Turn) -> bool:
    """A like-search on a title new to this turn, said with no audience or rating in force or in the message: who
    it suits is left to the anchor (``_cap_at_the_anchors_audience``)."""
    state = plan.constraints
    return (bool(state.similar_to) and state.similar_to != turn.constraints.similar_to
            and state.audience is None and not state.ratings
            and not any(e.name in ("audience", "rating") for e in turn.entities))


async def _cap_at_the_anchors_audience(plan: Plan) -> None:
    """"Shows like <a preschool series>", "more like <a TV-Y7 cartoon>": a title of the children's genres rated for
    children (``CHILDREN_AUDIENCES`` by ``RATING_AUDIENCE``) is watched by children of that age, so the picks stay
    within its audience (a cap the search keeps). A kids' title rated for teens ("like <a TV-14 family drama>") or
    any other title sets none. Best effort: no cap when the catalog cannot be reached."""
    anchor = anchor_id(plan.constraints)
    if anchor is None:
        return
    try:
        facts = await get_client().item(anchor) or {}
    except (RecommenderUnavailable, RecommenderRejected):
        log.warning("could not read the audience of the anchor %s", anchor)
        return
    audience = RATING_AUDIENCE.get(str(facts.get("rating") or ""))
    if audience not in CHILDREN_AUDIENCES or not CHILDRENS_GENRES & {str(g) for g in facts.get("genres") or []}:
        return
    plan.constraints = replace(plan.constraints, audience=audience)
    if plan.unless_empty is not None and plan.unless_empty.audience is None and not plan.unless_empty.ratings:
        plan.unless_empty = replace(plan.unless_empty, audience=audience)


async def _genres_the_likes_share(plan: Plan) -> None:
    """"Similar to both X and Y": the search ranks like X (one anchor) and asks for a genre every one of the titles
    has, when they share one (any of the shared ones) and the viewer named no genre; titles with nothing in common
    rank like X only. Best effort: unchanged when the catalog cannot be reached."""
    state = plan.constraints
    if state.genres or state.any_genres:
        return
    try:
        facts = [await get_client().item(item_id) for item_id in plan.like_ids]
    except (RecommenderUnavailable, RecommenderRejected):
        log.warning("could not read the facts of %s", ", ".join(plan.like_ids))
        return
    genres = [[str(g) for g in (f or {}).get("genres") or []] for f in facts]
    shared = [g for g in genres[0] if all(g in other for other in genres[1:]) and g not in BROAD_GENRES]
    if shared:
        plan.constraints = replace(state, any_genres=shared)


async def _resolve_title_comparatives(plan: Plan) -> None:
    """"A movie shorter than <title>", "newer than <title>": a bound just past that title's runtime (seasons for a
    series) or release year, read from the catalog; when its facts are unknown the word keeps its plain meaning
    ("shorter": a short runtime, "newer": recent)."""
    state = plan.constraints
    for item_id, _title, name, value in plan.relative_to:
        item: Optional[dict[str, Any]] = None
        if item_id:
            try:
                item = await get_client().item(item_id)
            except (RecommenderUnavailable, RecommenderRejected):
                log.warning("could not read the facts of %s", item_id)
        state = bound_past_title(state, item or {}, name, value)
    plan.constraints = state


async def _resolve_contrast(plan: Plan) -> None:
    """"Like X but shorter": apply the shifts relative to X's facts, fetched from the catalog when X was
    not in the list shown; without them (X unknown, catalog unreachable) they keep their plain meaning."""
    contrast = plan.contrast
    assert contrast is not None
    anchor = contrast.anchor
    if anchor is None and contrast.anchor_id:
        try:
            anchor = await get_client().item(contrast.anchor_id)
        except (RecommenderUnavailable, RecommenderRejected):
            log.warning("could not read the facts of the anchor %s", contrast.anchor_id)
    applied = apply_contrast(plan.constraints, contrast, anchor)
    fallback = apply_contrast(plan.unless_empty, contrast, anchor) if plan.unless_empty is not None else None
    if applied is None:
        plan.constraints = apply_entities(plan.constraints, plain_entities(contrast.shifts))
        if plan.unless_empty is not None:  # the search to run when this one is empty shifts the same way
            plan.unless_empty = apply_entities(plan.unless_empty, plain_entities(contrast.shifts))
        return
    plan.constraints = applied.constraints
    if fallback is not None:
        plan.unless_empty = fallback.constraints
    plan.contrast_note = (applied.kept, applied.changed)


async def _drop_genres_of_excluded_origin(plan: Plan) -> None:
    """"Not japanese" after anime: a genre the viewer asked for stays while the catalog has titles of it outside
    the origin turned down (with the rest of the search: some anime is from the US or Korea); it goes with the
    origin only when the search would leave nothing and the genre has titles from there, and the answer says so.
    Decided on the catalog's counts; best effort: the genre stays when the catalog cannot be reached."""
    state = plan.constraints
    origin = {"countries": state.exclude_countries} if state.exclude_countries else {"languages": state.exclude_languages}
    try:
        if await _count(state.to_api(), plan.exclude_ids):
            return  # matches outside the origin: the viewer's genre stays
        dropped = [genre for genre in plan.origin_bound_genres if await _count({"genres": [genre], **origin})]
    except (RecommenderUnavailable, RecommenderRejected):
        log.warning("could not count the titles of %s", ", ".join(plan.origin_bound_genres))
        return
    if dropped:
        plan.constraints = replace(state, genres=[g for g in state.genres if g not in dropped])
        plan.carried = [f for f in plan.carried if f != "genres" or plan.constraints.genres]
        plan.note = wording.genre_left_with_origin(dropped, state.exclude_countries, state.exclude_languages)


async def _either_when_never_together(plan: Plan) -> Optional[Question]:
    """"Movies with A and B" when no title of the catalog has them together: titles with either of them (the
    search's other filters kept), and the answer says so in one line; when some title has them all, all stay
    required (an empty answer then offers the nearest relaxation). Asked for together ("both A and B", "A and B
    together": ``Plan.together_only``), the answer is that no title has them all, with a button for each one's
    titles and no list (returned as a ``Question``). Best effort: unchanged when the catalog cannot be reached."""
    state = plan.constraints
    try:
        if await _count({"actors": state.actors, "directors": state.directors}):
            return None
    except (RecommenderUnavailable, RecommenderRejected):
        log.warning("could not count the titles with %s", ", ".join(state.actors + state.directors))
        return None
    if plan.together_only:
        people = [("actor", n) for n in state.actors] + [("director", n) for n in state.directors if n not in state.actors]
        quick = tuple(buttons.button(wording.titles_of(name), "request_recommendation", {entity: name})
                      for entity, name in people)[:buttons.MAX_BUTTONS]
        return Question(wording.people_never_in_one_title([n for _, n in people]), quick)
    names = list(dict.fromkeys(list(state.any_people) + list(state.actors) + list(state.directors)))
    plan.constraints = replace(state, actors=[], directors=[], any_people=names)
    plan.carried = list(dict.fromkeys("any_people" if f in ("actors", "directors") else f for f in plan.carried))
    plan.note = " ".join(filter(None, [plan.note, wording.people_never_together(names)]))
    return None


def _undecided_people_events(plan: Plan) -> list[EventType]:
    """The search in force after "both A and B" that no title has: the rest of what was asked (format, genre…) with
    the people as alternatives the viewer has not chosen between yet (``any_people``, in the order the answer named
    them), so "just A then", "the second guy" or a button narrows it to one of them with the rest kept
    (``edits.find_people_narrowing``). No list was shown for it: the one shown before belongs to another search."""
    state = plan.constraints
    names = list(dict.fromkeys(list(state.actors) + list(state.directors) + list(state.any_people)))
    undecided = replace(state, actors=[], directors=[], any_people=names)
    return state_events(undecided) + [SlotSet(LAST_ITEMS, None), SlotSet(SHOWN_IDS, []), SlotSet(FOCUSED_ID, None),
                                      SlotSet(PENDING_RELAXATION, None)]


async def _count(constraints: dict[str, Any], exclude_ids: Optional[list[str]] = None) -> int:
    body: dict[str, Any] = {"constraints": {k: v for k, v in constraints.items() if v and k != "query"}, "limit": 1}
    if exclude_ids:
        body["exclude_ids"] = list(dict.fromkeys(exclude_ids))
    result = await get_client().recommend(body)
    total = result.get("total_matches")
    return int(total) if isinstance(total, int) else 0


# How many titles of a turned-down person are looked up to leave out (the recommender's page limit).
PEOPLE_LOOKUP_LIMIT = 50


async def _titles_of_people(actors: tuple[str, ...], directors: tuple[str, ...]) -> list[str]:
    """Catalog ids of the titles of these people ("not by him"), best effort: none when unreachable."""
    ids: list[str] = []
    for field_name, names in (("actors", actors), ("directors", directors)):
        for name in names:
            try:
                result = await get_client().recommend({"constraints": {field_name: [name]},
                                                        "limit": PEOPLE_LOOKUP_LIMIT})
            except (RecommenderUnavailable, RecommenderRejected):
                log.warning("could not look up the titles of %s", name)
                continue
            ids += [str(i["id"]) for i in result.get("items") or [] if isinstance(i, dict) and i.get("id")]
    return ids


async def _titles_about(topic: str, plan: Plan) -> list[str]:
    """Catalog ids of titles whose name has every word of ``topic`` ("not monty python stuff"; the gazetteer's
    titles), and of the search's best matches for it whose synopsis has them too; best effort."""
    found = title_ids_with_words(topic.split())
    body = plan.request_body(None)
    body.update(query=topic, limit=PEOPLE_LOOKUP_LIMIT)
    body.pop("exclude_ids", None)
    try:
        result = await get_client().recommend(body)
    except (RecommenderUnavailable, RecommenderRejected):
        log.warning("could not look up titles about %r", topic)
        return found
    words = topic.casefold().split()
    ids = list(found)
    for item in result.get("items") or []:
        if isinstance(item, dict) and item.get("id"):
            text = f"{item.get('title') or ''} {item.get('description') or ''}".casefold()
            if all(w in text for w in words):
                ids.append(str(item["id"]))
    return ids


def _held_out(plan: Plan, ids: list[str]) -> None:
    """Leave ``ids`` out of this search for a reason of their own (a person or topic turned down): never shown again,
    even when nothing unseen matches (``Plan.again_if_empty``)."""
    plan.exclude_ids = list(dict.fromkeys(plan.exclude_ids + ids))
    plan.again_if_empty = [i for i in plan.again_if_empty if i not in set(ids)]


def _joined(titles: list[str]) -> str:
    return titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]


async def _people_buttons(question: Question) -> buttons.Buttons:
    """"Anything else with him?" about a title: its directors and first cast members as buttons, each
    asking for more with that person (best effort: no buttons when the catalog cannot be reached)."""
    if not question.people_of:
        return ()
    try:
        item = await get_client().item(question.people_of)
    except (RecommenderUnavailable, RecommenderRejected):
        return ()
    cast = [("actor", str(n)) for n in (item or {}).get("cast") or []][:4]
    directors = [("director", str(n)) for n in (item or {}).get("directors") or []][:2]
    people = directors + cast if question.directors_first else cast + directors
    return tuple(buttons.button(name, "something_else", {entity: name}) for entity, name in people)[:buttons.MAX_BUTTONS]


async def execute_plan(dispatcher: CollectingDispatcher, turn: Turn, plan: Plan) -> list[EventType]:
    """Call the recommender for ``plan`` and answer; returns the slot events of the new state.

    A film search for a genre the catalog gives series only ("crime movies") is sent as its nearest film genre
    with the genre as the topic (``constraints.genres_for_films``), and the heading says what was searched
    (thriller · movies only · “crime”); the conversation's state keeps what the viewer said."""
    said, asked = plan.constraints, plan
    note = plan.note
    for kind, moves in (("films", genres_for_films), ("series", genres_for_series)):  # "a sports series" likewise
        moved = moves(plan.constraints)
        if moved is not None:
            note = " ".join(filter(None, [note, wording.stand_in_note(moved[1], moved[0].genres, kind)]))
            plan = replace(plan, constraints=moved[0])
            break
    if asked.unless_empty is None and (beside := series_genres_beside_others(plan.constraints)) is not None:
        # "a french crime thriller" with no series of both: the thrillers, ranked by "crime" (round 25c)
        asked = replace(asked, unless_empty=beside[0], empty_note=" ".join(filter(None, [
            note, wording.compound_topic_note(beside[1], beside[0].genres + beside[0].any_genres)])))
    try:
        result = await get_client().recommend(plan.request_body(turn.sender_id))
    except RecommenderUnavailable:
        say(dispatcher, wording.RECOMMENDER_UNAVAILABLE)
        return state_events(said)
    except RecommenderRejected as exc:
        say(dispatcher, f"Hmm, I can't search for that: {exc.message}", (buttons.START_OVER,))
        return []
    applied = result.get("constraints") if isinstance(result.get("constraints"), dict) else plan.constraints.to_api()
    raw_items = [i for i in result.get("items") or [] if isinstance(i, dict)]
    items = tuple(item for item in map(Item.from_dict, raw_items) if item is not None)
    if not items and asked.past_the_list is not None and not asked.again_if_empty:
        # "newer" after a list of the newest year the search reaches: nothing is newer, said with no list (once the
        # titles shown earlier that are newer were tried: round 31C)
        return _answer_nothing_past_the_list(dispatcher, asked, said)
    if not items and asked.unless_empty is not None:
        # "the romantic ones" after dramas with no romantic drama left: the mood stays soft on the search as it was;
        # "more like the second one" with nothing new of the search's filters: the narrow pivot base
        return await execute_plan(dispatcher, turn, replace(asked, constraints=asked.unless_empty, unless_empty=None,
                                                                  note=asked.empty_note or asked.note, empty_note=None))
    if not items and asked.again_if_empty:
        # "not the second" after every match was shown: the matching ones shown before come back, and the answer says so
        again = set(asked.again_if_empty)
        return await execute_plan(dispatcher, turn, replace(
            asked, exclude_ids=[i for i in asked.exclude_ids if i not in again], again_if_empty=[],
            note=" ".join(filter(None, [asked.note, wording.SHOWN_AGAIN]))))
    if not items and (by_topic := genres_for_people(plan.constraints)) is not None:
        # "<actor> gangster stuff": none of the person's titles is tagged the genre; the genre, and the words that
        # named it in this message ("gangster"), rank their titles
        note = " ".join(filter(None, [note, wording.people_genre_topic_note(by_topic[1])]))
        said_words = [turn.text[e.start:e.end].lower() for e in turn.entities
                      if e.name == "genre" and e.value in by_topic[1] and not e.excluded
                      and e.start is not None and e.end is not None and turn.text]
        query = " ".join(dict.fromkeys(filter(None, [by_topic[0].query, *said_words])))
        topic_plan = replace(plan, constraints=replace(by_topic[0], query=query))
        # only when the person's titles without the genre are there (a year or runtime bound that emptied the search
        # is no missing tag); the viewer's state keeps the genre they said
        try:
            topic_result = await get_client().recommend(topic_plan.request_body(turn.sender_id))
        except (RecommenderUnavailable, RecommenderRejected):
            topic_result = {}
        topic_raw = [i for i in topic_result.get("items") or [] if isinstance(i, dict)]
        topic_items = tuple(item for item in map(Item.from_dict, topic_raw) if item is not None)
        if topic_items:
            topic_applied = (topic_result.get("constraints") if isinstance(topic_result.get("constraints"), dict)
                             else topic_plan.constraints.to_api())
            return _answer_items(dispatcher, topic_plan, topic_items, topic_raw, topic_applied, said, note)
    if not items:
        return _answer_no_results(dispatcher, plan, result, applied, said)
    return _answer_items(dispatcher, plan, items, raw_items, applied, said, note, namesake_buttons(turn))


def _answer_items(dispatcher: CollectingDispatcher, plan: Plan, items: tuple[Item, ...],
                  raw_items: list[dict[str, Any]], applied: dict[str, Any], said: Constraints,
                  note: Optional[str] = None, first: buttons.Buttons = ()) -> list[EventType]:
    """The picks with their heading and buttons; ``first`` buttons before the usual ones (a person's near-namesake,
    round 26d: actions/namesakes.py)."""
    heading = wording.recommendations_heading(plan.constraints.to_wording(), len(items), diverse=plan.diverse)
    if note:
        heading = f"{note} {heading}"
    if plan.contrast_note is not None and plan.constraints.similar_title:
        heading = wording.contrast_heading(len(items), plan.constraints.similar_title, *plan.contrast_note)
    quick = (buttons.STARTERS if plan.diverse
             else buttons.refinement_buttons(plan.constraints, any(i.duration_minutes for i in items)))
    quick = (*first, *quick)[:buttons.MAX_BUTTONS] if first else quick
    send(dispatcher, Recommendations(heading, items, applied, quick))
    shown_ids = list(dict.fromkeys(plan.shown_ids + [item.id for item in items]))
    return state_events(said) + [
        SlotSet(LAST_ITEMS, [compact_item(i) for i in raw_items if i.get("id")]),
        SlotSet(SHOWN_IDS, shown_ids),
        SlotSet(FOCUSED_ID, None),
        SlotSet(PENDING_RELAXATION, None),
    ]


def _answer_no_results(dispatcher: CollectingDispatcher, plan: Plan, result: dict[str, Any],
                       applied: dict[str, Any], said: Constraints) -> list[EventType]:
    """Nothing (more) matches: say so, what was asked for, and offer the nearest relaxation."""
    relaxations = [r for r in result.get("relaxations") or [] if isinstance(r, dict)
                   and isinstance(r.get("constraints"), dict) and r.get("label")]
    first = relaxations[0] if relaxations else None
    label = str(first["label"]) if first else None
    asked = plan.constraints.to_wording()
    everything_shown = bool(set(plan.exclude_ids) & set(plan.shown_ids))
    heading = wording.exhausted(asked, label) if everything_shown else wording.no_results(asked, label)
    quick = ((buttons.relaxation_button(label),) if label else ()) + (buttons.START_OVER,)
    count = first.get("count") if first else None
    relaxation = Relaxation(label, count if isinstance(count, int) else None) if label else None
    send(dispatcher, Recommendations(heading, (), applied, quick, relaxation))
    kept = plan.state_if_empty if plan.state_if_empty is not None else said
    return state_events(kept) + [SlotSet(PENDING_RELAXATION, first)]


def _answer_nothing_past_the_list(dispatcher: CollectingDispatcher, plan: Plan, said: Constraints) -> list[EventType]:
    """"Newer" / "older" with nothing past the list's edge year: those are already the newest (oldest) the search
    has — said with no list, the search kept as it was, and more from that year offered ("yes" or its button: the
    titles shown left out, ``ActionRelax``). Round 21f: showing more of the same year as "newer" answered a wish that
    nothing in the catalog can meet."""
    past = plan.past_the_list
    assert past is not None
    kept = plan.state_if_empty if plan.state_if_empty is not None else said
    label = wording.more_from_year(past.year)
    heading = wording.nothing_past_the_list(past.newer, past.year, kept.to_wording())
    send(dispatcher, Recommendations(heading, (), kept.to_api(), (buttons.relaxation_button(label), buttons.START_OVER),
                                     Relaxation(label, None)))
    offer = {"label": label, "constraints": past.same_year.to_api(), EXCLUDE_SHOWN: True}
    return state_events(kept) + [SlotSet(PENDING_RELAXATION, offer)]


def state_events(state: Constraints) -> list[EventType]:
    """The slot events that make ``state`` the conversation's search."""
    return [SlotSet(name, value) for name, value in state.to_slots().items()]
