"""How an action answers: exactly one Rasa ``custom`` message per answer (contract.payloads).

Every answer built in code goes through ``send``, so no action can send a text copy beside a payload
or put buttons outside the answer they belong to. Domain responses (``utter_*``) are the one other
way an action speaks: ``dispatcher.utter_message(response=...)``; the gateway reads their text and
buttons as ``PlainText``.
"""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher

from contract.payloads import Answer, PlainText, QuickReply, to_custom


def send(dispatcher: CollectingDispatcher, answer: Answer) -> None:
    """Send one answer as one ``json_message``."""
    dispatcher.utter_message(json_message=to_custom(answer))


def say(dispatcher: CollectingDispatcher, text: str, quick_replies: tuple[QuickReply, ...] = ()) -> None:
    """A sentence of the bot's (a question, an apology, a confirmation) with its buttons."""
    send(dispatcher, PlainText(text, quick_replies))
