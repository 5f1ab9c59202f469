"""Low-confidence messages (``nlu_fallback``): recommend if the words say what to watch, else explain.

A terse "korean dramas 90s" can get a low intent confidence while the entity extractor is perfectly
sure what it means. Throwing that away for "sorry, I didn't get that" would be the worst answer, so a
fallback message with constraint entities is treated as a recommendation request, a bare pointer at a
shown title ("the second one") as a request for its details; anything else gets the friendly
``utter_default`` with examples.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.constraints import CONSTRAINT_ENTITIES
from actions.details import ActionItemDetails
from actions.recommend import recommend_turn
from actions.turn import Turn

REFERENCE_ENTITIES = frozenset({"position", "item_id"})


class ActionFallback(Action):
    """Handle ``nlu_fallback``: recommend when constraints were understood, else say what works."""

    def name(self) -> str:
        return "action_fallback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        turn = Turn.from_tracker(tracker)
        if any(e.name in CONSTRAINT_ENTITIES for e in turn.entities):
            return await recommend_turn(dispatcher, turn, intent="request_recommendation")
        if turn.last_items and any(e.name in REFERENCE_ENTITIES for e in turn.entities):
            # "the second one" on its own: the viewer points at a title; show it.
            return await ActionItemDetails().run(dispatcher, tracker, domain)
        dispatcher.utter_message(response="utter_default")
        return []
