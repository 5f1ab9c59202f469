"""Drive the real action classes turn by turn, applying their slot events like Rasa would."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.details import ActionItemDetails, ActionWhyThis
from actions.fallback import ActionFallback
from actions.feedback import ActionFeedback
from actions.handoff import ActionHumanHandoff
from actions.recommend import ActionRecommend, ActionRelax, ActionStartOver

# The rules of data/rules.yml, as a table (intent -> action).
ACTIONS: dict[str, type[Action]] = {
    "request_recommendation": ActionRecommend, "refine": ActionRecommend,
    "something_else": ActionRecommend, "more_like": ActionRecommend,
    "ask_details": ActionItemDetails, "why_this": ActionWhyThis,
    "feedback_like": ActionFeedback, "feedback_dislike": ActionFeedback, "feedback_seen": ActionFeedback,
    "affirm": ActionRelax, "start_over": ActionStartOver, "human_handoff": ActionHumanHandoff,
    "nlu_fallback": ActionFallback,
}


@dataclass
class Conversation:
    """Slots persist across ``say`` calls, exactly as Rasa keeps them between turns."""

    sender_id: str = "test:user"
    slots: dict[str, Any] = field(default_factory=dict)
    messages: list[dict[str, Any]] = field(default_factory=list)

    async def say(self, intent: str, entities: Optional[list[dict[str, Any]]] = None,
                  text: Optional[str] = None) -> list[dict[str, Any]]:
        """One user turn; returns the bot messages of this turn."""
        latest = {"intent": {"name": intent, "confidence": 0.9}, "entities": entities or [],
                  "text": text if text is not None else intent}
        tracker = Tracker(self.sender_id, dict(self.slots), latest, [], False, None, {}, "action_listen")
        dispatcher = CollectingDispatcher()
        events = await ACTIONS[intent]().run(dispatcher, tracker, {})
        for event in events:
            if event["event"] == "slot":
                self.slots[event["name"]] = event["value"]
            elif event["event"] == "reset_slots":
                self.slots.clear()
        self.messages = dispatcher.messages
        return dispatcher.messages

    @property
    def text(self) -> str:
        return "\n".join(m.get("text") or "" for m in self.messages)

    @property
    def items(self) -> list[dict[str, Any]]:
        for m in self.messages:
            custom = m.get("custom")
            if custom and custom.get("type") == "recommendations":
                return custom["items"]
        return []

    @property
    def applied(self) -> Optional[dict[str, Any]]:
        """The constraints the recommender says it applied (``recommendations`` payload), if any."""
        for m in self.messages:
            custom = m.get("custom")
            if custom and custom.get("type") == "recommendations":
                return custom["constraints"]
        return None

    @property
    def buttons(self) -> list[dict[str, str]]:
        return [b for m in self.messages for b in (m.get("buttons") or [])]


def ent(name: str, value: str, role: Optional[str] = None, start: Optional[int] = None,
        end: Optional[int] = None) -> dict[str, Any]:
    """An entity dict as the NLU pipeline produces it."""
    e: dict[str, Any] = {"entity": name, "value": value}
    if role:
        e["role"] = role
    if start is not None:
        e["start"], e["end"] = start, end
    return e
