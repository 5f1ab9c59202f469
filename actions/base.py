"""The one shape every action here has: a name, and an answer to one ``Turn``.

Rasa calls ``run(dispatcher, tracker, domain)``; our actions only ever need the turn (``Turn`` reads the
tracker once), so the subclasses declare their name as a class attribute and implement ``respond``.
A message in another language is answered here, once for every action (``actions.language``). An
action that answers like another one (the fallback showing a title's details) calls that action's
``respond`` with the turn it already has.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import replace
from typing import Any, ClassVar

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.compared_follow_ups import (ComparedFollowUp, anchored_turn, compared_follow_up, which_one_buttons,
                                       which_one_question)
from actions import buttons
from actions.compared_titles import answer_compared_titles, compared_titles
from actions.earlier_lists import answer_back_reference, back_reference, picked_by_comparative, remember_lists
from actions.edits.asked_titles import asks_for_a_title_by_name, asks_if_available
from actions.franchise_titles import franchise_asked
from actions.edits.routing import carries_search_words
from actions.entities import Entity
from actions.identification import answer_identification
from actions.language import in_other_language
from actions.like_focused import likes_the_focused_title
from actions.list_orders import far_end_asked
from actions.like_positions import likeness_of_a_listed_position
from actions.like_twins import twins_of_this_turn, with_twin_chosen
from actions.list_follow_ups import follow_up_on_the_list
from actions.listed_pivots import pivots_to_a_listed_title
from actions.listed_confirmations import confirmed_listed_title
from actions.listed_questions import asks_about_a_listed_title
from actions.title_questions import (bound_in_the_unit_asked, kind_question, maturity_question,
                                     seen_title_asked_like)
from actions.references import finished_title, misspelt_positions, title_said_alone, top_positions
from actions.reply import say
from actions.like_praise import without_readings_of_praise
from actions.listed_dislikes import listed_title_disliked
from actions.shown_kind_titles import shown_titles_named_as_kinds
from actions.slipped_titles import without_titles_slipped_from_cues
from actions.styled_titles import styled_title
from actions.person_parts import with_partners_by_given_name
from actions.title_in_talk import asks_if_the_title_in_talk_is_here, likes_the_title_in_talk
from actions.title_words import titles_turned_down_by_name
from actions.turn import FAILURES, Turn
from actions.unknown_countries import answer_unknown_countries, without_countries_only_mentioned
from actions.subject_people import answer_documentaries_about
from actions.unknown_people import answer_unknown_people, with_catalog_people
from contract import wording
from contract.words import courtesy_said_alone

# The intents that lead to the recommendation path by themselves.
_SEARCH_INTENTS = frozenset({"request_recommendation", "refine", "something_else", "more_like"})
# Intents answered the same in any language: a viewer asking for a person gets one.
LANGUAGE_NEUTRAL_INTENTS = frozenset({"human_handoff", "handoff_ended"})


class TurnAction(Action, ABC):
    """An action answering one turn. Abstract, so the action server does not register it itself."""

    action_name: ClassVar[str]  # the name in domain.yml and data/rules.yml
    # The intents behind this action may be a mislabelled edit of the active search ("fine, any tom
    # hanks" read as thanks, "another one" as a fallback): such a turn goes to the recommendation path
    # first (actions.edits.carries_search_words; docs/contracts.md "Dialogue edit rules").
    routes_search_edits: ClassVar[bool] = False
    # Answered in any language ("hola" is a greeting); its words are never searched for.
    language_neutral: ClassVar[bool] = False

    def name(self) -> str:
        return self.action_name

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        # every list shown is remembered with its search, whichever action showed it ("back to the first list")
        with twins_of_this_turn():  # a same-named title a hint chose means that one for this turn only
            answered = await self._answer(dispatcher, tracker)
        return changed_slots_only(tracker.slots, remember_lists(tracker.slots, answered))

    async def _answer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        turn = Turn.from_tracker(tracker)
        if not turn.entities:  # "naruto", "the office us": a title said alone, which the extractor leaves to us
            alone = title_said_alone(turn.text)
            if alone is not None:
                turn = replace(turn, entities=[alone])
        if any(e.name == "title" for e in turn.entities):  # "klaus like 20 times": no "Life 2.0" read from the cue
            kept = without_titles_slipped_from_cues(turn.text, turn.entities)
            # "<title> was lowkey sick": no mood read from the praise of the title
            turn = replace(turn, entities=without_readings_of_praise(turn.text, kept))
        turn = shown_titles_named_as_kinds(turn)  # "not the stand up" while "The Stand-Up" is shown: that title
        finished = finished_title(turn.text)
        if finished is not None:  # "done with ozark, what next": a like-search on it, never weariness of its kind
            kept = [e for e in turn.entities if e.start is None or e.end is None
                    or e.end <= (finished.start or 0) or e.start >= (finished.end or 0)]
            turn = replace(turn, entities=sorted(kept + [finished], key=lambda e: e.start or 0))
        styled = styled_title(turn.text, turn.entities)
        if styled is not None:  # "<title> style", "in the style of <franchise>": a like-search on it
            anchor = styled.entity
            kept = [e for e in turn.entities if e.start is None or e.end is None
                    or e.end <= (anchor.start or 0) or e.start >= (anchor.end or 0)]
            turn = replace(turn, entities=sorted(kept + [anchor], key=lambda e: e.start or 0))
        turn = await with_twin_chosen(turn)  # "<title> the anime", "the 1993 <title>": that twin, no anime constraint
        turn = replace(turn, entities=bound_in_the_unit_asked(turn))  # "2 or less" after "how many seasons …?"
        slipped = (misspelt_positions(turn.text, turn.entities, len(turn.last_items))
                   or top_positions(turn.text, turn.entities, len(turn.last_items)))  # "the top one": the first
        if slipped:  # "not teh 2nd", "the frist one": the position the correct spelling names
            turn = replace(turn, entities=sorted(turn.entities + slipped, key=lambda e: e.start or 0))
        neutral = self.language_neutral or turn.intent in LANGUAGE_NEUTRAL_INTENTS
        if not neutral and in_other_language(turn.text, turn.entities):
            # Never a keyword search on words we cannot read: say honestly what we understand.
            say(dispatcher, wording.ENGLISH_ONLY)
            return []
        small_talk = courtesy_said_alone(turn.text or "") if not turn.entities else None
        if small_talk is not None and not neutral:
            # "grazie mille!", "arigatou", "sayonara": small talk in another language, whatever the label (round 25a)
            from actions.fallback import ActionSmallTalk  # actions.fallback builds on this module
            return await ActionSmallTalk().respond(dispatcher, replace(turn, intent=small_talk))
        compared = compared_titles(turn)
        if compared is not None:  # "<A> or <B>, which first?", "<A> vs <B>": both side by side, whatever the label
            return await answer_compared_titles(dispatcher, turn, compared) + [SlotSet(FAILURES, 0)]
        follow = compared_follow_up(turn)
        if follow is not None:  # "more like whichever is creepier" right after two titles compared: like that one
            return await _answer_compared_follow_up(dispatcher, turn, follow) + [SlotSet(FAILURES, 0)]
        back = back_reference(turn)
        if back is not None:  # "back to the first list", "the comedy ones were better": that search again, any label
            return await answer_back_reference(dispatcher, turn, back) + [SlotSet(FAILURES, 0)]
        picked = picked_by_comparative(turn)
        if picked is not None:  # "the older of the two": that title of the list shown, never an older search
            from actions.details import ActionItemDetails  # actions.details builds on this module
            return await ActionItemDetails().respond(
                dispatcher, replace(turn, entities=[Entity("item_id", picked)], intent="ask_details"))
        if turn.last_items and turn.intent not in _SEARCH_INTENTS and far_end_asked(turn.text) is not None:
            # "whichever one is the shortest" after a list, whatever the label: the search ordered (round 28B)
            from actions.recommend import recommend_turn
            return await recommend_turn(dispatcher, replace(turn, intent="refine"), intent="refine") + [
                SlotSet(FAILURES, 0)]
        confirmed = confirmed_listed_title(turn)
        if confirmed is not None:  # "<title> is one of them right? others": yes, and more of the same search (26c)
            from actions.recommend import recommend_turn
            say(dispatcher, wording.LISTED_CONFIRMED.format(title=confirmed.get("title")))
            return await recommend_turn(dispatcher, replace(turn, entities=[], intent="something_else"),
                                        intent="something_else") + [SlotSet(FAILURES, 0)]
        disliked = listed_title_disliked(turn)
        if disliked is not None:
            # "the 2nd one i gave up on and hated, anything else": that title turned down for good, fresh picks of the
            # same search, whatever the label (round 27C, actions/listed_dislikes.py); no dislike word as a query
            from actions.recommend import ActionDislike  # actions.recommend builds on this module
            return await ActionDislike().respond(dispatcher, replace(
                turn, intent="feedback_dislike", entities=[disliked])) + [SlotSet(FAILURES, 0)]
        if turn.intent not in LANGUAGE_NEUTRAL_INTENTS:  # "movies by <someone the catalog lacks>": said honestly
            turn = await with_catalog_people(turn)  # ... unless the catalog credits them after all
            turn = await with_partners_by_given_name(turn)  # "finn or sadie sink": the Finn she acts with
            if likes_the_focused_title(turn) or _likes_the_anchor(turn) or _likes_the_list(turn) \
                    or likes_the_title_in_talk(turn) or pivots_to_a_listed_title(turn) \
                    or _likes_a_listed_title(turn) \
                    or _likes_the_anchor_away(turn):  # "the 2nd one but a series": like it, with the change
                # "something like that" after a title's card, "anything else along the same lines?" after titles like
                # one: more titles like it, whatever the label
                from actions.recommend import recommend_turn
                return await recommend_turn(dispatcher, replace(turn, intent="more_like"), intent="more_like")
            if asks_if_available(turn):
                # "is <title> on here", "does netflix have <title>" (a "seen" or a dislike by its label, chatter after it
                # read as a description): whether the catalog holds it, its card; nothing recorded, nothing left out
                from actions.details import ActionItemDetails
                return await ActionItemDetails().respond(dispatcher, replace(turn, intent="ask_details"))
            if asks_for_a_title_by_name(turn) and franchise_asked(turn) is None:
                # "breaking bad", "the witcher show?", "my daughter wants <title>": that title, its card (round 37);
                # a franchise's name ("naruto") lists its titles (actions/franchise_titles.py)
                from actions.details import ActionItemDetails
                return await ActionItemDetails().respond(dispatcher, replace(turn, intent="ask_details"))
            in_talk = asks_if_the_title_in_talk_is_here(turn)
            if in_talk is not None and in_talk.item_id:
                # "the real thing, is it on here" after titles like it: the title in talk, its card (round 25b)
                from actions.details import ActionItemDetails
                return await ActionItemDetails().respond(dispatcher, replace(
                    turn, intent="ask_details", entities=[*turn.entities, Entity("item_id", str(in_talk.item_id))]))
            identified = await answer_identification(dispatcher, turn)  # "the one where <a star> …": that title
            if identified is not None:
                return identified
            answered = await answer_documentaries_about(dispatcher, turn)  # "a pele doc": docs naming them
            if answered is not None:
                return answered
            answered = answer_unknown_people(dispatcher, turn)
            if answered is not None:
                return answered
            turn = without_countries_only_mentioned(turn)  # "back from a trip to <such a country>, any comedies?"
            answered = answer_unknown_countries(dispatcher, turn)  # "shows from <a country it has nothing from>"
            if answered is not None:
                return answered
        maturity = maturity_question(turn)
        if maturity is not None:
            # "is it ok for a 6 year old?" after a card or a list: that title's rating against the age mapping, never
            # a new list (actions/title_questions.py)
            from actions.details import answer_maturity_question  # actions.details builds on this module
            return await answer_maturity_question(dispatcher, turn, maturity)
        kind = kind_question(turn)
        if kind is not None:  # "is that the anime or the live action?": which it is, never a list (title_questions)
            from actions.details import answer_kind_question
            return await answer_kind_question(dispatcher, turn, kind)
        seen_like = seen_title_asked_like(turn)
        if seen_like is not None:
            # "already seen <title>, anything like it?": "it" is that title, a like-search on it (actions/title_questions.py)
            from actions.recommend import recommend_turn
            kept = [e for e in turn.entities if e.name != "title"] + [seen_like]
            return await recommend_turn(dispatcher, replace(turn, entities=kept, intent="more_like"), intent="more_like")
        if likeness_of_a_listed_position(turn) is not None:
            # "like #2", "sth like the 3rd one": titles like that listed title, whatever the label (round 26b)
            from actions.recommend import recommend_turn
            return await recommend_turn(dispatcher, replace(turn, intent="more_like"), intent="more_like") + [
                SlotSet(FAILURES, 0)]
        listed = asks_about_a_listed_title(turn)
        if listed is not None:
            # "the first one, is it action?": that title's details, never a search for its genre; it becomes the
            # focused title, so "more like that one" refers to it (actions/listed_questions.py)
            from actions.details import ActionItemDetails  # actions.details builds on this module
            asked = [e for e in turn.entities if e.name == "position"]
            return await ActionItemDetails().respond(dispatcher, replace(turn, entities=asked, intent="ask_details"))
        if titles_turned_down_by_name(turn) is not None:
            # "no <A> or <B>", "already saw <part of a title>" after a list: whatever the label, those titles go for
            # good and fresh picks of the same search follow (actions/title_words.py), never "which one do you mean?"
            from actions.recommend import recommend_turn
            return await recommend_turn(dispatcher, turn, intent="refine") + [SlotSet(FAILURES, 0)]
        follow_up = await follow_up_on_the_list(turn)
        if follow_up is not None:
            # "not <title>", "not the <topic> one", "not that one, another", "ones that aren't scary" after a list: an
            # edit of the search whatever the label (actions/list_follow_ups.py), never "which one do you mean?"
            from actions.recommend import recommend_turn
            return await recommend_turn(dispatcher, follow_up.turn, intent=follow_up.intent) + [SlotSet(FAILURES, 0)]
        if self.routes_search_edits and carries_search_words(turn, need_active=True):
            if neutral and in_other_language(turn.text, turn.entities):
                say(dispatcher, wording.ENGLISH_ONLY)
                return []
            from actions.recommend import recommend_turn  # actions.recommend builds on this module
            return await recommend_turn(dispatcher, turn) + [SlotSet(FAILURES, 0)]
        return await self.respond(dispatcher, turn)

    @abstractmethod
    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        """Answer the turn through ``dispatcher``; return the slot events of the new state."""


# Events after which no slot keeps its value: a slot event that follows one always counts.
_SLOT_RESETS = frozenset({"restart", "reset_slots", "session_started"})


async def _answer_compared_follow_up(dispatcher: CollectingDispatcher, turn: Turn,
                                     follow: ComparedFollowUp) -> list[EventType]:
    """Titles like the one of the two compared that the quality points at; asked which one when it points at none."""
    anchored = anchored_turn(turn, follow)
    if anchored is None:
        say(dispatcher, which_one_question(follow), (*which_one_buttons(follow), buttons.SOMETHING_ELSE))
        return []
    from actions.recommend import recommend_turn  # actions.recommend builds on this module
    return await recommend_turn(dispatcher, anchored, intent="more_like")


def _likes_the_anchor(turn: Turn) -> bool:
    """More like the title the active search is anchored on (planning.likes_the_anchor), while titles are shown."""
    from actions.planning import likes_the_anchor  # actions.planning builds on the modules this one imports
    return bool(turn.last_items) and turn.intent != "more_like" and likes_the_anchor(turn)


def _likes_the_list(turn: Turn) -> bool:
    """"Anything else like those", "other films like these" while titles are shown (``planning.asks_for_others_like_
    the_list``): more like the list, whatever the label (after "the <franchise> ones" a like-search on those titles,
    never a varied mix of anything)."""
    from actions.planning import asks_for_others_like_the_list  # actions.planning builds on the modules this one imports
    return turn.intent != "more_like" and asks_for_others_like_the_list(turn) and not turn.constraints.similar_to


def _likes_the_anchor_away(turn: Turn) -> bool:
    """"More like it but from another country", "same vibe, different director": like the title in talk, away from
    its country or director (actions/anchor_away.py), whatever the label."""
    from actions.anchor_away import likes_the_anchor_away  # builds on actions.planning
    return turn.intent != "more_like" and likes_the_anchor_away(turn)


def _likes_a_listed_title(turn: Turn) -> bool:
    """"She likes the second one, more of that sort", "loved the look of number 3. like that": a like of a listed title
    asking for more like it (``planning.listed_like_asking_for_more``), whatever the label: never that title's card,
    never a search that lost the anchor."""
    from actions.planning import listed_like_asking_for_more  # actions.planning builds on the modules this one imports
    return turn.intent != "more_like" and listed_like_asking_for_more(turn) is not None


def changed_slots_only(slots: dict[str, Any], events: list[EventType]) -> list[EventType]:
    """``events`` without the slot events that set a slot to the value it already has.

    An action answers with the whole state of the search (about thirty slots) so that it never has to
    know which ones moved; Rasa then validates each event against its event schema, stores one row per
    event and replays all of them on every later turn. Setting a slot to its own value changes no state
    a policy or a rule sees, so those events are dropped here, once for every action.
    """
    current = dict(slots)
    kept: list[EventType] = []
    for event in events:
        kind = event.get("event")
        if kind in _SLOT_RESETS:
            current = {}
        elif kind == "slot":
            name, value = event.get("name"), event.get("value")
            if name in current and current[name] == value:
                continue
            current[name] = value
        kept.append(event)
    return kept

