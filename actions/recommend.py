"""The recommendation actions: recommend (new search, refine, something else, more like), accept
a relaxation, and start over.

``action_recommend`` is the one place where a turn becomes recommendations: it plans the request from
the turn (``planning``), calls the recommender, answers with one ``Recommendations`` payload (heading,
items, quick replies; contract.payloads) and writes the new state back to the slots. Failures are
answered honestly: nothing matched (a ``Recommendations`` without items whose ``relaxation`` offers the
nearest way out), the catalog refused the request, or the recommender is unreachable. A vague request
gets a varied mix: the recommender's own diversity pass already spreads a top five across genres.
"""

from __future__ import annotations

import logging
from typing import Any, Optional

from rasa_sdk.events import AllSlotsReset, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import buttons
from actions.base import TurnAction
from actions.planning import Plan, Question, plan_recommendation
from actions.recommender_client import RecommenderRejected, RecommenderUnavailable, get_client
from actions.references import compact_item
from actions.reply import say, send
from actions.turn import FOCUSED_ID, LAST_ITEMS, PENDING_RELAXATION, SHOWN_IDS, Turn
from contract import wording
from contract.constraints import Constraints
from contract.payloads import Item, Recommendations, Relaxation

log = logging.getLogger(__name__)


class ActionRecommend(TurnAction):
    """Recommend for ``request_recommendation``, ``refine``, ``something_else`` and ``more_like``."""

    action_name = "action_recommend"

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        return await recommend_turn(dispatcher, turn)


class ActionRelax(TurnAction):
    """"Yes" / the relaxation button after an empty result: search with the offered constraints."""

    action_name = "action_relax"

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        relaxation = turn.pending_relaxation
        if relaxation is None:
            say(dispatcher, "Great! What are you in the mood for?", buttons.STARTERS)
            return []
        state = Constraints.from_api(relaxation["constraints"], similar_title=turn.constraints.similar_title)
        return await execute_plan(dispatcher, turn, Plan(state, shown_ids=turn.shown_ids))


class ActionStartOver(TurnAction):
    """Forget every constraint and everything shown; offer a fresh start."""

    action_name = "action_start_over"

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        say(dispatcher, "Okay, let's start fresh. What do you feel like watching?", buttons.STARTERS)
        return [AllSlotsReset()]


async def recommend_turn(dispatcher: CollectingDispatcher, turn: Turn,
                         intent: Optional[str] = None) -> list[EventType]:
    """Plan and run the recommendation for one turn (shared with the fallback action)."""
    plan = plan_recommendation(turn, intent)
    if isinstance(plan, Question):
        say(dispatcher, plan.text, plan.quick_replies)
        return []
    return await execute_plan(dispatcher, turn, plan)


async def execute_plan(dispatcher: CollectingDispatcher, turn: Turn, plan: Plan) -> list[EventType]:
    """Call the recommender for ``plan`` and answer; returns the slot events of the new state."""
    try:
        result = await get_client().recommend(plan.request_body(turn.sender_id))
    except RecommenderUnavailable:
        say(dispatcher, wording.RECOMMENDER_UNAVAILABLE)
        return _state_events(plan.constraints)
    except RecommenderRejected as exc:
        say(dispatcher, f"Hmm, I can't search for that: {exc.message}", (buttons.START_OVER,))
        return []
    applied = result.get("constraints") if isinstance(result.get("constraints"), dict) else plan.constraints.to_api()
    raw_items = [i for i in result.get("items") or [] if isinstance(i, dict)]
    items = tuple(item for item in map(Item.from_dict, raw_items) if item is not None)
    if not items:
        return _answer_no_results(dispatcher, plan, result, applied)
    return _answer_items(dispatcher, plan, items, raw_items, applied)


def _answer_items(dispatcher: CollectingDispatcher, plan: Plan, items: tuple[Item, ...],
                  raw_items: list[dict[str, Any]], applied: dict[str, Any]) -> list[EventType]:
    heading = wording.recommendations_heading(plan.constraints.to_wording(), len(items), diverse=plan.diverse)
    quick = (buttons.STARTERS if plan.diverse
             else buttons.refinement_buttons(plan.constraints, any(i.duration_minutes for i in items)))
    send(dispatcher, Recommendations(heading, items, applied, quick))
    shown_ids = list(dict.fromkeys(plan.shown_ids + [item.id for item in items]))
    return _state_events(plan.constraints) + [
        SlotSet(LAST_ITEMS, [compact_item(i) for i in raw_items if i.get("id")]),
        SlotSet(SHOWN_IDS, shown_ids),
        SlotSet(FOCUSED_ID, None),
        SlotSet(PENDING_RELAXATION, None),
    ]


def _answer_no_results(dispatcher: CollectingDispatcher, plan: Plan, result: dict[str, Any],
                       applied: dict[str, Any]) -> list[EventType]:
    """Nothing (more) matches: say so, what was asked for, and offer the nearest relaxation."""
    relaxations = [r for r in result.get("relaxations") or [] if isinstance(r, dict)
                   and isinstance(r.get("constraints"), dict) and r.get("label")]
    first = relaxations[0] if relaxations else None
    label = str(first["label"]) if first else None
    asked = plan.constraints.to_wording()
    everything_shown = bool(plan.exclude_ids and plan.shown_ids)
    heading = wording.exhausted(asked, label) if everything_shown else wording.no_results(asked, label)
    quick = ((buttons.relaxation_button(label),) if label else ()) + (buttons.START_OVER,)
    count = first.get("count") if first else None
    relaxation = Relaxation(label, count if isinstance(count, int) else None) if label else None
    send(dispatcher, Recommendations(heading, (), applied, quick, relaxation))
    return _state_events(plan.constraints) + [SlotSet(PENDING_RELAXATION, first)]


def _state_events(state: Constraints) -> list[EventType]:
    return [SlotSet(name, value) for name, value in state.to_slots().items()]
