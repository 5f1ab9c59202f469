"""The recommendation actions: recommend (new search, refine, something else, more like), accept
a relaxation, and start over.

``action_recommend`` is the one place where a turn becomes recommendations: it plans the request from
the turn (``planning``), calls the recommender, answers with a plain-text list plus the
``recommendations`` custom payload (contract §3) and quick replies, and writes the new state back to
the slots. Failures are answered honestly: nothing matched (with the nearest relaxation as a button),
the catalog refused the request, or the recommender is unreachable.
"""

from __future__ import annotations

import logging
from typing import Any, Optional

from rasa_sdk import Action, Tracker
from rasa_sdk.events import AllSlotsReset, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import buttons, rendering
from actions.constraints import Constraints
from actions.diversity import POOL_SIZE, diversify
from actions.planning import Plan, Question, plan_recommendation
from actions.recommender_client import RecommenderRejected, RecommenderUnavailable, get_client
from actions.references import compact_item
from actions.turn import FOCUSED_ID, LAST_ITEMS, PENDING_RELAXATION, SHOWN_IDS, Turn

log = logging.getLogger(__name__)

UNAVAILABLE_TEXT = ("Sorry — I can't reach the catalog right now, so I can't look anything up. "
                    "Please try again in a minute.")


class ActionRecommend(Action):
    """Recommend for ``request_recommendation``, ``refine``, ``something_else`` and ``more_like``."""

    def name(self) -> str:
        return "action_recommend"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        return await recommend_turn(dispatcher, Turn.from_tracker(tracker))


class ActionRelax(Action):
    """"Yes" / the relaxation button after an empty result: search with the offered constraints."""

    def name(self) -> str:
        return "action_relax"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        turn = Turn.from_tracker(tracker)
        relaxation = turn.pending_relaxation
        if relaxation is None:
            dispatcher.utter_message(text="Great! What are you in the mood for?",
                                     buttons=buttons.starter_buttons())
            return []
        state = Constraints.from_api(relaxation["constraints"], similar_title=turn.constraints.similar_title)
        return await execute_plan(dispatcher, turn, Plan(state, shown_ids=turn.shown_ids))


class ActionStartOver(Action):
    """Forget every constraint and everything shown; offer a fresh start."""

    def name(self) -> str:
        return "action_start_over"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        dispatcher.utter_message(text="Okay, let's start fresh. What do you feel like watching?",
                                 buttons=buttons.starter_buttons())
        return [AllSlotsReset()]


async def recommend_turn(dispatcher: CollectingDispatcher, turn: Turn,
                         intent: Optional[str] = None) -> list[EventType]:
    """Plan and run the recommendation for one turn (shared with the fallback action)."""
    plan = plan_recommendation(turn, intent)
    if isinstance(plan, Question):
        dispatcher.utter_message(text=plan.text, buttons=plan.buttons or None)
        return []
    return await execute_plan(dispatcher, turn, plan)


async def execute_plan(dispatcher: CollectingDispatcher, turn: Turn, plan: Plan) -> list[EventType]:
    """Call the recommender for ``plan`` and answer; returns the slot events of the new state."""
    if plan.diverse:
        plan.limit = POOL_SIZE
    try:
        result = await get_client().recommend(plan.request_body(turn.sender_id))
    except RecommenderUnavailable:
        dispatcher.utter_message(text=UNAVAILABLE_TEXT)
        return _state_events(plan.constraints)
    except RecommenderRejected as exc:
        dispatcher.utter_message(text=f"Hmm, I can't search for that: {exc.message}",
                                 buttons=[buttons.button("Start over", "start_over")])
        return []
    items = result.get("items") or []
    if not items:
        return _answer_no_results(dispatcher, plan, result)
    shown = diversify(items, 5) if plan.diverse else items
    return _answer_items(dispatcher, plan, shown, result)


def _answer_items(dispatcher: CollectingDispatcher, plan: Plan, items: list[dict[str, Any]],
                  result: dict[str, Any]) -> list[EventType]:
    heading = rendering.recommendations_heading(plan.constraints, len(items), diverse=plan.diverse)
    quick = buttons.starter_buttons() if plan.diverse else buttons.refinement_buttons(plan.constraints, items)
    dispatcher.utter_message(text=rendering.items_text(heading, items), buttons=quick)
    applied = result.get("constraints") if isinstance(result.get("constraints"), dict) else plan.constraints.to_api()
    dispatcher.utter_message(json_message={"type": "recommendations", "items": items, "constraints": applied})
    shown_ids = list(dict.fromkeys(plan.shown_ids + [str(i["id"]) for i in items if i.get("id")]))
    return _state_events(plan.constraints) + [
        SlotSet(LAST_ITEMS, [compact_item(i) for i in items]),
        SlotSet(SHOWN_IDS, shown_ids),
        SlotSet(FOCUSED_ID, None),
        SlotSet(PENDING_RELAXATION, None),
    ]


def _answer_no_results(dispatcher: CollectingDispatcher, plan: Plan, result: dict[str, Any]) -> list[EventType]:
    relaxations = [r for r in result.get("relaxations") or [] if isinstance(r, dict)
                   and isinstance(r.get("constraints"), dict)]
    first = relaxations[0] if relaxations else None
    label = first.get("label") if first else None
    if plan.exclude_ids and plan.shown_ids:
        text = rendering.exhausted_text(plan.constraints, label)
    else:
        text = rendering.no_results_text(plan.constraints, label, result.get("message"))
    quick = ([buttons.relaxation_button(first)] if first else []) + [buttons.button("Start over", "start_over")]
    dispatcher.utter_message(text=text, buttons=quick)
    return _state_events(plan.constraints) + [SlotSet(PENDING_RELAXATION, first)]


def _state_events(state: Constraints) -> list[EventType]:
    return [SlotSet(name, value) for name, value in state.to_slots().items()]
