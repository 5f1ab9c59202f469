"""Asking for a human ("can I talk to a person?").

The handoff to a support agent is a separate piece of work (the gateway's handoff router). Until it
exists the honest answer is that no one can be connected yet, plus what the bot *can* do — never a
pretend transfer. Keeping this an action (not a static response) gives the handoff issue one place to
plug the real transfer in.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions import buttons

HANDOFF_TEXT = (
    "I can't connect you to a person yet, sorry. But here's what I can do: find movies and shows by "
    "genre, length, mood, age group, language, year, actor or director; suggest titles like one you "
    "love; and tell you more about any title I suggest."
)


class ActionHumanHandoff(Action):
    """Answer a request for a human honestly and offer what the bot can do instead."""

    def name(self) -> str:
        return "action_human_handoff"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        dispatcher.utter_message(text=HANDOFF_TEXT, buttons=buttons.help_buttons())
        return []
