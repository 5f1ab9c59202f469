"""Handing the conversation to a person, and taking it back (DESIGN: policy lives in Rasa).

``action_human_handoff`` answers ``HandoffState("waiting", reason="requested")`` — when the viewer asked for
a person. A message the classifier read as a handoff that asks for no person but carries what to watch ("i
loved <title>, what now", "need help finding a western from the 90s") is a search
(``edits.strong_search_entities``): only words for a person or an agent (``ASKS_FOR_PERSON``) hand off. It does not pause
this Rasa conversation: while the gateway's handoff store says a person owns it, the gateway forwards
nothing to Rasa, so there is nothing to pause, and every slot (the viewer's constraints) is still there
afterwards. If no agent account exists, the gateway answers ``unavailable`` instead and the
conversation simply carries on with the bot.

On hand-back the gateway sends the documented message ``/handoff_ended`` (viewers cannot send it: the
gateway strips a leading "/" from typed text); the rule in data/rules.yml runs ``action_handoff_ended``,
which forgets earlier failures and says the bot is back.
"""

from __future__ import annotations

import re

from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import TurnAction
from actions.edits.search_requests import strong_search_entities
from actions.reply import send
from actions.turn import FAILURES, Turn
from contract.payloads import HANDOFF_ENDED, HANDOFF_WAITING, HandoffState

# Words that ask for a person rather than for something to watch.
ASKS_FOR_PERSON = re.compile(
    r"\b(?:human|person|agent|someone|somebody|anyone|anybody|staff|support|representative|rep|operator|"
    r"customer\s+(?:service|care)|helpdesk|help\s+desk|manager|employee|talk\s+to|speak\s+(?:to|with)|"
    r"chat\s+with|live\s+(?:chat|help)|real\s+(?:one|person))\b", re.IGNORECASE)

REQUESTED = "requested"
FALLBACK = "fallback"


class ActionHumanHandoff(TurnAction):
    """The viewer asked for a person: tell the gateway (and through it the viewer) a person is asked."""

    action_name = "action_human_handoff"

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        if not ASKS_FOR_PERSON.search(turn.text or "") and strong_search_entities(turn):
            from actions.recommend import recommend_turn  # actions.recommend builds on actions.base

            return await recommend_turn(dispatcher, turn, intent="request_recommendation") + [SlotSet(FAILURES, 0)]
        send(dispatcher, HandoffState(HANDOFF_WAITING, reason=REQUESTED))
        return []


class ActionHandoffEnded(TurnAction):
    """A person handed the conversation back: start counting failures afresh and say the bot is back."""

    action_name = "action_handoff_ended"

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        send(dispatcher, HandoffState(HANDOFF_ENDED))
        return [SlotSet(FAILURES, 0)]
