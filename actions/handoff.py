"""Asking for a human ("can I talk to a person?"): hand the conversation to the support team.

The action announces the handoff, sends the ``{"type": "handoff", "status": "waiting"}`` payload
(docs/contracts.md §3) and pauses this Rasa conversation. The gateway's router sees the payload,
queues the conversation for the agent console and, from then on, keeps the viewer's messages away
from Rasa; when an agent hands back, the router appends a ``resume`` event, so every slot (the
viewer's constraints) is still there. If no agent account exists at all, the router resumes at once
and tells the viewer honestly that no one is available: this action never has to guess.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ConversationPaused, EventType
from rasa_sdk.executor import CollectingDispatcher

HANDOFF_TEXT = (
    "Sure. I'm asking a person from our support team to join this chat. They'll see our conversation "
    "so far, so you don't need to repeat yourself; feel free to add anything while you wait."
)
HANDOFF_PAYLOAD = {"type": "handoff", "status": "waiting"}


class ActionHumanHandoff(Action):
    """Announce the handoff, signal it to the gateway and pause the bot for this conversation."""

    def name(self) -> str:
        return "action_human_handoff"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        dispatcher.utter_message(text=HANDOFF_TEXT)
        dispatcher.utter_message(json_message=dict(HANDOFF_PAYLOAD))
        return [ConversationPaused()]
