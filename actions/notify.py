""""Tell me when" in conversation (issue 9 item 6): save a search, list the saved ones, cancel them.

One action, three intents, all answered through the gateway's viewer-scoped API (bot/api/subscriptions.py):

- ``notify_subscribe`` ("let me know when new Korean dramas arrive"): the constraints this turn names, or
  else the current search's (slots), without the "new" part (a saved search is about new arrivals by
  definition). The gateway that received the turn sealed where the viewer can be reached into the
  message's metadata; the action sends it back (``reply_to``), so any gateway process can save it. A voice
  assistant cannot write first, so the API answers 409 ``cannot_notify`` and the viewer hears that honestly;
- ``notify_list`` ("what alerts do I have"): every saved search, described like a search;
- ``notify_cancel``: "cancel the second one" (a position in that list), "cancel the Korean one" (the
  searches whose values include every value this turn names), or with neither, all of them ("stop
  notifying me").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Mapping, Sequence

from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.base import TurnAction
from actions.constraints import CONSTRAINT_ENTITIES, apply_entities
from actions.entities import Entity
from actions.recommender_client import RecommenderRejected, RecommenderUnavailable, get_client
from actions.references import parse_position
from actions.reply import say
from actions.request_cues import search_unless_requested
from actions.turn import Turn
from contract import wording
from contract.constraints import Constraints

# "new" in "when new dramas arrive" is what a saved search means anyway, not a constraint to keep.
ARRIVAL_ENTITIES = frozenset({"added"})
# The turn's metadata key holding the gateway's sealed reply address (bot/reply_address.py METADATA_KEY):
# passed back with the subscription, so whichever gateway process answers knows where to notify.
REPLY_TO = "reply_to"


class ActionNotify(TurnAction):
    """Subscribe, list or cancel "tell me when" searches, by intent."""

    action_name = "action_notify"
    language_neutral = True  # never a search on these words

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        if (searched := await search_unless_requested(dispatcher, turn)) is not None:
            return searched  # "more romance from korea" read as a cancel: a search, nothing saved or cancelled
        try:
            if turn.intent == "notify_subscribe":
                text = await _subscribe(turn)
            elif turn.intent == "notify_cancel":
                text = await _cancel(turn)
            else:
                text = await _list(turn)
        except RecommenderUnavailable:
            text = wording.NOTIFY_UNAVAILABLE
        except RecommenderRejected as exc:
            text = _rejected_text(exc)
        say(dispatcher, text)
        return []


def watched(turn: Turn) -> Constraints:
    """What to watch for: this turn's constraints if it names any, else the current search's."""
    named = [e for e in turn.entities if e.name in CONSTRAINT_ENTITIES and e.name not in ARRIVAL_ENTITIES]
    state = apply_entities(Constraints(), named) if named else turn.constraints
    return replace(state, added_days=None, recent_years=None)


async def _subscribe(turn: Turn) -> str:
    constraints = watched(turn)
    if not constraints.hard_fields():
        return wording.NOTIFY_NOTHING_TO_WATCH
    reply_to = turn.metadata.get(REPLY_TO)
    await get_client().subscribe(turn.sender_id, constraints.to_api(), reply_to if isinstance(reply_to, str) else None)
    return wording.notify_subscribed(wording.describe(constraints.to_wording()))


async def _list(turn: Turn) -> str:
    saved = await get_client().subscriptions(turn.sender_id)
    if not saved:
        return wording.NOTIFY_NONE
    return wording.notify_list([wording.describe(s.get("constraints") or {}) for s in saved])


async def _cancel(turn: Turn) -> str:
    client = get_client()
    saved = await client.subscriptions(turn.sender_id)
    if not saved:
        return wording.NOTIFY_NONE
    chosen = chosen_subscriptions(saved, turn.entities)
    if chosen is None:
        await client.unsubscribe(turn.sender_id)
        return wording.notify_cancelled([], everything=True)
    if not chosen:
        return wording.NOTIFY_NO_MATCH
    for sub in chosen:
        await client.unsubscribe(turn.sender_id, str(sub["id"]))
    return wording.notify_cancelled([wording.describe(s.get("constraints") or {}) for s in chosen],
                                    everything=False)


def chosen_subscriptions(saved: Sequence[Mapping[str, Any]],
                         entities: Sequence[Entity]) -> list[Mapping[str, Any]] | None:
    """Which saved searches this turn points at; None when it names none (= all of them).

    A position picks from the list as "what alerts do I have" numbered it. Named values match
    whatever field they landed in ("Korean" may be a country or a language), so a search is chosen
    when its values include every value the turn names."""
    position = next((e.value for e in entities if e.name == "position"), None)
    if position is not None:
        index = parse_position(position, len(saved))
        return [saved[index - 1]] if index else []
    named = [e for e in entities if e.name in CONSTRAINT_ENTITIES and e.name not in ARRIVAL_ENTITIES]
    if not named:
        return None
    wanted = _values(apply_entities(Constraints(), named).to_api())
    return [s for s in saved if wanted and wanted <= _values(s.get("constraints") or {})]


def _values(constraints: Mapping[str, Any]) -> set[str]:
    found: set[str] = set()
    for value in constraints.values():
        for v in value if isinstance(value, list) else [value]:
            if v not in (None, ""):
                found.add(str(v).lower())
    return found


def _rejected_text(exc: RecommenderRejected) -> str:
    return {
        "cannot_notify": wording.NOTIFY_CANNOT,
        "too_many_subscriptions": wording.NOTIFY_TOO_MANY,
        "nothing_to_watch": wording.NOTIFY_NOTHING_TO_WATCH,
    }.get(exc.code, wording.NOTIFY_UNAVAILABLE)
