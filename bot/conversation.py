"""The conversation router: every channel hands a viewer's message here and renders what comes back.

Channels never talk to Rasa themselves. This keeps one place that knows whether a conversation is
with the bot or with a human agent (handoff), and one place that turns "Rasa is down" into an honest
answer instead of silence.

With the handoff module attached (``attach_handoff``), the router also:
- records every exchange (viewer, bot) in the transcript, so an agent sees the whole history;
- sends a viewer's message to the agent queue instead of Rasa while a conversation is handed off;
- starts a handoff when Rasa's reply carries ``{"type": "handoff", "status": "waiting"}`` (the viewer
  asked for a person) or when the bot failed twice in a row (read from Rasa's tracker);
- resumes the paused Rasa conversation when an agent hands it back, so its slots stay intact.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

from bot.rasa_client import BotMessage, RasaClient, RasaUnavailable

log = logging.getLogger(__name__)

UNAVAILABLE_TEXT = (
    "Sorry, I can't reach my recommendation brain right now. Please try again in a minute."
)
FALLBACK_HANDOFF_TEXT = (
    "I'm not getting this right, sorry. I've asked a person from our support team to join: they'll "
    "see this conversation, so you don't need to repeat yourself."
)
NO_PUSH_HANDOFF_TEXT = (
    "I've passed this conversation to a person from our support team. They can't answer here, so "
    "they'll follow up in the mediabot app or on Telegram."
)
NO_AGENTS_TEXT = (
    "Sorry, there's no one from our support team available to chat right now. I'm still here and "
    "happy to help you find something to watch."
)
WAITING_ACK_TEXT = "Thanks, I've added that for the support team. A person will join as soon as they can."
RESUME_FAILED_TEXT = (
    "You're back with mediabot, but I can't pick up our conversation just yet. Please try again in a minute."
)

# Rasa responses that mean "the bot could not help with that" (set as ``utter_action`` in the bot
# event's metadata by Rasa, whether uttered by a rule or by ``action_fallback``).
FAILURE_RESPONSES = frozenset({"utter_default", "utter_out_of_scope"})
FAILURES_BEFORE_HANDOFF = 2
# Replies carrying these custom payloads are answers, not failures: no need to ask the tracker.
SUCCESS_PAYLOADS = frozenset({"recommendations", "item_details", "handoff"})
# Events after which earlier failures no longer count (a hand-back, a restart, a new session).
FRESH_START_EVENTS = frozenset({"resume", "restart", "session_started"})
ACTION_LISTEN = "action_listen"


@dataclass(frozen=True)
class ConversationKey:
    """Identifies one viewer on one channel; ``sender_id`` is what Rasa sees."""

    channel: str
    user_id: str

    @property
    def sender_id(self) -> str:
        return f"{self.channel}:{self.user_id}"


# Pushes messages to a viewer outside a request/response cycle (an agent's reply, a handoff notice).
DeliverFn = Callable[[str, list[BotMessage]], Awaitable[bool]]


@dataclass(frozen=True)
class RouteState:
    """What the handoff store says about a conversation when a viewer's message arrives."""

    status: str  # "bot" | "waiting" | "active"
    rasa_paused: bool


class HandoffHooks(Protocol):
    """What the router needs from the handoff module (``bot.handoff.service.HandoffService``)."""

    async def viewer_said(self, key: ConversationKey, text: str) -> RouteState: ...
    async def bot_said(self, key: ConversationKey, messages: list[BotMessage]) -> None: ...
    async def start_handoff(self, key: ConversationKey, reason: str) -> bool: ...
    async def take_ack_slot(self, key: ConversationKey) -> bool: ...
    async def take_undelivered(self, key: ConversationKey, notices: bool) -> list[BotMessage]: ...
    async def set_rasa_paused(self, key: ConversationKey, paused: bool) -> None: ...
    async def agents_available(self) -> bool: ...


class ConversationRouter:
    """Routes a viewer message to the bot (or to the agent queue) and returns the messages to show.

    Channels that can push messages later (web chat sockets, Telegram) register a ``DeliverFn``
    under their channel name; the handoff module uses ``deliver`` to reach a viewer on whatever
    channel they came from. A channel without one (voice) is told that a person follows up elsewhere.
    """

    def __init__(self, rasa: RasaClient) -> None:
        self.rasa = rasa
        self._delivery: dict[str, DeliverFn] = {}
        self._handoff: HandoffHooks | None = None
        self._turn_locks: weakref.WeakValueDictionary[ConversationKey, asyncio.Lock] = weakref.WeakValueDictionary()

    def register_channel(self, channel: str, deliver: DeliverFn) -> None:
        self._delivery[channel] = deliver

    def can_push(self, channel: str) -> bool:
        """True when agent replies can reach this channel's viewers live."""
        return channel in self._delivery

    def attach_handoff(self, hooks: HandoffHooks) -> None:
        self._handoff = hooks

    async def deliver(self, key: ConversationKey, messages: list[BotMessage]) -> bool:
        """Push messages to a viewer; False when the channel cannot push (voice) or is offline."""
        deliver = self._delivery.get(key.channel)
        if deliver is None:
            return False
        try:
            return await deliver(key.user_id, messages)
        except Exception:  # a broken channel must not break the agent's console
            log.exception("deliver_failed", extra={"channel": key.channel})
            return False

    async def handle(self, key: ConversationKey, text: str) -> list[BotMessage]:
        """One viewer turn. Turns of the same viewer run one at a time (several tabs, fast typists)."""
        hooks = self._handoff
        if hooks is None:
            replies, _ = await self._ask_bot(key, text)
            return replies
        lock = self._turn_locks.get(key)
        if lock is None:
            lock = self._turn_locks[key] = asyncio.Lock()
        async with lock:
            pending: list[BotMessage] = []
            try:
                pending = await hooks.take_undelivered(key, notices=self.can_push(key.channel))
                state = await hooks.viewer_said(key, text)
            except Exception:  # the handoff database is unreachable: the bot still answers
                log.exception("handoff_store_failed", extra={"channel": key.channel, "stage": "before_bot"})
                replies, _ = await self._ask_bot(key, text)
                return pending + replies
            return await self._handle_turn(hooks, key, text, pending, state)

    async def resume_bot(self, key: ConversationKey) -> bool:
        """Un-pause the viewer's Rasa conversation (slots intact); retried on the next turn if Rasa is down.

        ``action_human_handoff`` paused the tracker right after it ran, so Rasa never logged the
        ``action_listen`` that normally precedes a user message; without it no rule matches the
        viewer's next message (rules start from "after action_listen") and Rasa falls back. The
        resume therefore adds that ``action_listen`` when the tracker's last action is another one.
        """
        try:
            tracker = await self.rasa.tracker(key.sender_id)
            events: list[dict[str, Any]] = [{"event": "resume"}]
            if isinstance(tracker, dict) and tracker.get("latest_action_name") not in (None, ACTION_LISTEN):
                events.append({"event": "action", "name": ACTION_LISTEN})
            await self.rasa.append_events(key.sender_id, events)
        except RasaUnavailable:
            log.warning("rasa_resume_failed", extra={"channel": key.channel})
            return False
        if self._handoff is not None:
            await self._handoff.set_rasa_paused(key, False)
        return True

    # --- internals ----------------------------------------------------------------------------------

    async def _handle_turn(self, hooks: HandoffHooks, key: ConversationKey, text: str,
                           pending: list[BotMessage], state: RouteState) -> list[BotMessage]:
        """One turn once the viewer's message is stored under ``state``.

        ``pending``: agent replies (and, on push channels, notices) the viewer missed; channels that
        cannot push get them with this answer. Missed notices ("agent joined", "bot is back") are
        stale by then, so only push channels replay those.
        """
        if state.status != "bot":
            return pending + await self._while_handed_off(hooks, key, state, bool(pending))
        if state.rasa_paused and not await self.resume_bot(key):
            replies = [self._text(key, RESUME_FAILED_TEXT)]
        else:
            replies, answered = await self._ask_bot(key, text)
            if answered:
                replies = await self._check_handoff_safely(hooks, key, replies)
        try:
            await hooks.bot_said(key, replies)
        except Exception:  # the answer matters more than its transcript line
            log.exception("handoff_store_failed", extra={"channel": key.channel, "stage": "after_bot"})
        return pending + replies

    async def _check_handoff_safely(self, hooks: HandoffHooks, key: ConversationKey,
                                    replies: list[BotMessage]) -> list[BotMessage]:
        try:
            return await self._check_handoff(hooks, key, replies)
        except Exception:  # e.g. the handoff database is down: the viewer still gets the bot's answer
            log.exception("handoff_store_failed", extra={"channel": key.channel, "stage": "handoff_check"})
            return replies

    async def _ask_bot(self, key: ConversationKey, text: str) -> tuple[list[BotMessage], bool]:
        """Rasa's replies and True, or an honest apology and False when Rasa is unreachable."""
        try:
            return await self.rasa.send(key.sender_id, text), True
        except RasaUnavailable:
            log.warning("bot_unavailable", extra={"channel": key.channel})
            return [self._text(key, UNAVAILABLE_TEXT)], False

    async def _while_handed_off(self, hooks: HandoffHooks, key: ConversationKey,
                                state: RouteState, has_pending: bool) -> list[BotMessage]:
        """The message went to the agent queue; say so at most once a minute.

        A channel that cannot push (voice) must answer every turn, so it always gets the notice, as a
        handoff payload its renderer knows, unless an agent reply is being read out this turn.
        """
        if not self.can_push(key.channel):
            if has_pending:
                return []
            status = "waiting" if state.status == "waiting" else "agent_joined"
            return [self._text(key, NO_PUSH_HANDOFF_TEXT), self._custom(key, {"type": "handoff", "status": status})]
        if state.status == "waiting" and await hooks.take_ack_slot(key):
            return [self._text(key, WAITING_ACK_TEXT)]
        return []

    async def _check_handoff(self, hooks: HandoffHooks, key: ConversationKey,
                             replies: list[BotMessage]) -> list[BotMessage]:
        """Start a handoff if the viewer asked for a person or the bot failed twice in a row."""
        if _handoff_requested(replies):
            return await self._requested_handoff(hooks, key, replies)
        if _may_be_failure(replies) and await self._failed_twice(key):
            return await self._fallback_handoff(hooks, key, replies)
        return replies

    async def _requested_handoff(self, hooks: HandoffHooks, key: ConversationKey,
                                 replies: list[BotMessage]) -> list[BotMessage]:
        """Rasa already paused itself (``action_human_handoff``); queue the conversation."""
        if not await hooks.agents_available():
            await self.resume_bot(key)
            return [self._text(key, NO_AGENTS_TEXT)]
        await hooks.set_rasa_paused(key, True)
        await hooks.start_handoff(key, "requested")
        log.info("handoff_started", extra={"channel": key.channel, "reason": "requested"})
        if self.can_push(key.channel):
            return replies
        return [self._text(key, NO_PUSH_HANDOFF_TEXT)] + [m for m in replies if m.get("custom")]

    async def _fallback_handoff(self, hooks: HandoffHooks, key: ConversationKey,
                                replies: list[BotMessage]) -> list[BotMessage]:
        """Pause Rasa ourselves and replace the second "sorry, I didn't get that" with the handoff notice."""
        if not await hooks.agents_available():
            return replies
        await hooks.set_rasa_paused(key, True)
        try:
            await self.rasa.append_events(key.sender_id, [{"event": "pause"}])
        except RasaUnavailable:
            pass  # nothing reaches Rasa during a handoff anyway; the hand-back resumes it regardless
        await hooks.start_handoff(key, "fallback")
        log.info("handoff_started", extra={"channel": key.channel, "reason": "fallback"})
        text = FALLBACK_HANDOFF_TEXT if self.can_push(key.channel) else NO_PUSH_HANDOFF_TEXT
        return [self._text(key, text), self._custom(key, {"type": "handoff", "status": "waiting"})]

    async def _failed_twice(self, key: ConversationKey) -> bool:
        try:
            tracker = await self.rasa.tracker(key.sender_id)
        except RasaUnavailable:
            return False
        events = tracker.get("events") if isinstance(tracker, dict) else None
        return consecutive_failures(events if isinstance(events, list) else []) >= FAILURES_BEFORE_HANDOFF

    @staticmethod
    def _text(key: ConversationKey, text: str) -> BotMessage:
        return {"recipient_id": key.sender_id, "text": text}

    @staticmethod
    def _custom(key: ConversationKey, custom: dict[str, Any]) -> BotMessage:
        return {"recipient_id": key.sender_id, "custom": custom}


def consecutive_failures(events: list[Any]) -> int:
    """How many of the latest viewer turns in a row the bot answered with a failure response.

    A turn is a ``user`` event and the ``bot`` events after it; it failed when one of those bot events
    came from a response in ``FAILURE_RESPONSES``. Counting stops at the first turn that did not fail
    and at a resume/restart/new session, so a conversation handed back starts with a clean slate.
    """
    count = 0
    turn_failed = False
    for event in reversed(events):
        if not isinstance(event, dict):
            continue
        kind = event.get("event")
        if kind == "bot":
            metadata = event.get("metadata")
            action = metadata.get("utter_action") if isinstance(metadata, dict) else None
            if isinstance(action, str) and action in FAILURE_RESPONSES:
                turn_failed = True
        elif kind == "user":
            if not turn_failed:
                break
            count += 1
            turn_failed = False
        elif kind in FRESH_START_EVENTS:
            break
    return count


def _customs(replies: list[BotMessage]) -> list[dict[str, Any]]:
    return [m["custom"] for m in replies if isinstance(m, dict) and isinstance(m.get("custom"), dict)]


def _handoff_requested(replies: list[BotMessage]) -> bool:
    return any(c.get("type") == "handoff" and c.get("status") == "waiting" for c in _customs(replies))


def _may_be_failure(replies: list[BotMessage]) -> bool:
    """Cheap pre-check so the tracker is only fetched for replies that could be a failure."""
    return bool(replies) and not any(c.get("type") in SUCCESS_PAYLOADS for c in _customs(replies))
