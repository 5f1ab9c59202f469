"""Drive the real action classes turn by turn, applying their slot events like Rasa would.

The failure count is reset like domain.yml's ``from_intent`` mapping does before an action runs (any
intent but ``nlu_fallback`` / ``out_of_scope``); the answers are read back with the gateway's parser
(``contract.payloads.from_rasa``), so the tests see exactly what a channel would render.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

import pytest
import yaml
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.details import ActionItemDetails, ActionWhyThis
from actions.fallback import ActionFallback, ActionOutOfScope, ActionSmallTalk
from actions.feedback import ActionFeedback
from actions.handoff import ActionHandoffEnded, ActionHumanHandoff
from actions.recommend import ActionDeny, ActionDislike, ActionRecommend, ActionRelax, ActionStartOver
from actions.turn import FAILURES
from contract import plain
from contract.payloads import Answer, Recommendations, from_rasa

# The rules of data/rules.yml, as a table (intent -> action).
ACTIONS: dict[str, type[Action]] = {
    "request_recommendation": ActionRecommend, "refine": ActionRecommend,
    "something_else": ActionRecommend, "more_like": ActionRecommend,
    "ask_details": ActionItemDetails, "why_this": ActionWhyThis,
    "feedback_like": ActionFeedback, "feedback_dislike": ActionDislike, "feedback_seen": ActionFeedback,
    "affirm": ActionRelax, "deny": ActionDeny, "start_over": ActionStartOver, "human_handoff": ActionHumanHandoff,
    "nlu_fallback": ActionFallback, "out_of_scope": ActionOutOfScope, "handoff_ended": ActionHandoffEnded,
    "greet": ActionSmallTalk, "thanks": ActionSmallTalk, "goodbye": ActionSmallTalk,
}
# domain.yml: the ``failures`` slot's from_intent mapping does not fire for these intents.
COUNTED_INTENTS = frozenset({"nlu_fallback", "out_of_scope"})
# The domain responses, which Rasa turns into text + buttons when an action sends one by name.
RESPONSES: dict[str, list[dict[str, Any]]] = yaml.safe_load(
    (Path(__file__).resolve().parents[2] / "domain.yml").read_text(encoding="utf-8"))["responses"]


@dataclass
class Conversation:
    """Slots persist across ``say`` calls, exactly as Rasa keeps them between turns."""

    sender_id: str = "test:user"
    slots: dict[str, Any] = field(default_factory=dict)
    messages: list[dict[str, Any]] = field(default_factory=list)
    # The viewer's messages so far as Rasa's user events (the actions read earlier ones: "even less").
    events: list[dict[str, Any]] = field(default_factory=list)

    async def say(self, intent: str, entities: Optional[list[dict[str, Any]]] = None,
                  text: Optional[str] = None) -> list[dict[str, Any]]:
        """One user turn; returns the bot messages of this turn."""
        latest = {"intent": {"name": intent, "confidence": 0.9}, "entities": entities or [],
                  "text": text if text is not None else intent}
        if intent not in COUNTED_INTENTS:
            self.slots[FAILURES] = 0
        self.events.append({"event": "user", "text": latest["text"], "parse_data": latest})
        tracker = Tracker(self.sender_id, dict(self.slots), latest, list(self.events), False, None, {},
                          "action_listen")
        dispatcher = CollectingDispatcher()
        events = await ACTIONS[intent]().run(dispatcher, tracker, {})
        for event in events:
            if event["event"] == "slot":
                self.slots[event["name"]] = event["value"]
            elif event["event"] == "reset_slots":
                self.slots.clear()
            elif event["event"] == "restart":
                self.events.append(event)
        self.messages = dispatcher.messages
        return dispatcher.messages

    @property
    def answers(self) -> list[Answer]:
        """This turn's answers as the gateway reads them (a domain response by name becomes its text)."""
        return [from_rasa(RESPONSES[m["response"]][0]) if m.get("response") else from_rasa(m) for m in self.messages]

    @property
    def responses(self) -> list[Optional[str]]:
        """This turn's domain responses by name, one entry a message (None for a ``custom`` payload)."""
        return [m.get("response") for m in self.messages]

    @property
    def text(self) -> str:
        """This turn as a text-only client shows it (``contract.plain``, without the buttons)."""
        return "\n".join(plain.render(a) for a in self.answers)

    @property
    def items(self) -> list[dict[str, Any]]:
        """The recommended items of this turn, in their wire form."""
        return [item.to_dict() for a in self.answers if isinstance(a, Recommendations) for item in a.items]

    @property
    def applied(self) -> Optional[dict[str, Any]]:
        """The constraints the recommender says it applied (``recommendations`` payload), if any."""
        return next((dict(a.constraints) for a in self.answers if isinstance(a, Recommendations)), None)

    @property
    def buttons(self) -> list[dict[str, str]]:
        return [q.to_dict() for a in self.answers for q in getattr(a, "quick_replies", ())]


def ent(name: str, value: str, role: Optional[str] = None, start: Optional[int] = None,
        end: Optional[int] = None) -> dict[str, Any]:
    """An entity dict as the NLU pipeline produces it."""
    e: dict[str, Any] = {"entity": name, "value": value}
    if role:
        e["role"] = role
    if start is not None:
        e["start"], e["end"] = start, end
    return e


def located(text: str, phrase: str, name: str, value: str, role: Optional[str] = None) -> dict[str, Any]:
    """The entity dict ``name``=``value`` on ``phrase`` of ``text``, as the NLU pipeline would place it."""
    start = text.index(phrase)
    return ent(name, value, role, start, start + len(phrase))


@pytest.fixture
def convo() -> Conversation:
    """A viewer never seen before (the feedback of one test must not personalise another)."""
    return Conversation(sender_id=f"test:{uuid.uuid4().hex[:12]}")


def picks(convo: Conversation) -> Recommendations:
    """The one list of picks of the last turn."""
    (answer,) = [a for a in convo.answers if isinstance(a, Recommendations)]
    return answer
