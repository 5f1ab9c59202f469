"""The conversation router: every channel hands a viewer's message here and renders the answers it returns.

Channels never talk to Rasa themselves. This keeps one place that knows whether a conversation is
with the bot or with a human agent (handoff), and one place that turns "Rasa is down" into an honest
answer instead of silence. The router returns typed answers (``contract.payloads.Answer``); each
channel renders them at its edge.

Dialogue policy (when to hand off, what to say after a hand-back) lives in Rasa, not here. With the
handoff module attached (``attach_handoff``) the router only routes:
- it records every exchange in the transcript, so an agent sees the whole history;
- while the handoff store says a person owns (or is awaited for) the conversation, the viewer's message
  goes to the agent queue and nothing reaches Rasa;
- when Rasa answers ``HandoffState("waiting")`` it queues the conversation, or, when no agent is present
  (or the channel cannot push: voice), replaces that state by ``HandoffState("unavailable")`` with the
  reason (Rasa never paused, so nothing to undo);
- a viewer who types a cancel phrase (``CANCEL_PHRASES``) during a handoff is back with the bot at once;
- when an agent hands back, it sends the documented message ``/handoff_ended`` to Rasa and returns Rasa's
  answers (``handed_back``). A viewer cannot forge that message: see ``typed_text_to_rasa``.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, Protocol

from bot.addressing import without_address
from bot.identity import ViewerKeys
from bot.rasa_client import BotMessage, RasaClient, RasaUnavailable
from contract import wording
from contract.payloads import (
    HANDOFF_AGENT_JOINED,
    HANDOFF_CANCELLED,
    HANDOFF_ENDED,
    HANDOFF_NO_AGENT,
    HANDOFF_UNAVAILABLE,
    HANDOFF_VOICE,
    HANDOFF_WAITING,
    Answer,
    HandoffState,
    PlainText,
    from_rasa_messages,
)

log = logging.getLogger(__name__)

# Who answers a conversation, as the handoff store records it (bot.handoff.models uses these).
WITH_BOT = "bot"
WAITING = "waiting"  # queued for an agent
ACTIVE = "active"  # an agent has claimed it and answers

# Sent to Rasa when an agent hands a conversation back; a Rasa rule answers it (docs/contracts.md §3).
HANDOFF_ENDED_MESSAGE = "/handoff_ended"
DEFAULT_HANDOFF_REASON = "requested"

# What a viewer types to leave a handoff (waiting or with an agent) and go back to the bot. Matched here,
# as a whole message, because Rasa hears nothing during a handoff; a small fixed set, so an agent's
# conversation does not end on a stray word ("cancel my subscription" stays a message to the agent).
CANCEL_PHRASES = frozenset({
    "cancel", "never mind", "nevermind", "nvm", "back to the bot", "go back to the bot", "back to bot",
    "talk to the bot", "i want the bot", "stop waiting", "forget it", "no thanks", "cancel that",
    "cancel the request", "i'll wait later", "bot please",
})


def is_cancel(text: str) -> bool:
    """Whether a typed message asks to leave the handoff ("Never mind!", "back to the bot, please")."""
    words = " ".join("".join(ch if ch.isalnum() or ch == "'" else " " for ch in text.lower()).split())
    if words.endswith(" please"):
        words = words[: -len(" please")]
    return words.removeprefix("ok ").removeprefix("oh ") in CANCEL_PHRASES


def typed_text_to_rasa(text: str) -> str:
    """Typed words reach Rasa as words, never as an intent: Rasa reads a leading ``/`` as ``/intent{...}``.

    Without this a viewer could forge any intent and set arbitrary slots by typing ``/restart``,
    ``/inform{"audience":"adult"}`` or ``/handoff_ended``; the NLU still sees the words. Leading slashes
    are dropped however they are spaced (``"/ /restart"``); "" when nothing else is left, which a channel
    must not send. Button payloads the bot offered are passed to the router as they are, not through here.
    An address opening the message ("alexa, ask mediabot for …") is dropped too (``bot.addressing``).
    """
    text = text.strip()
    while text.startswith("/"):
        text = text[1:].strip()
    return without_address(text)


@dataclass(frozen=True)
class ConversationKey:
    """Identifies one viewer on one channel, as the channel names them (raw: only the gateway sees it).

    Rasa, the actions and the recommender see the viewer key instead (``ConversationRouter.viewer_key``,
    bot/identity.py): fixed length whatever the channel's id, and naming no account.
    """

    channel: str
    user_id: str

    @property
    def sender_id(self) -> str:
        """The channel identity ``"<channel>:<id>"`` (what the viewer key is derived from)."""
        return f"{self.channel}:{self.user_id}"


# Pushes answers to a viewer outside a request/response cycle (an agent's reply, a handoff notice).
DeliverFn = Callable[[str, list[Answer]], Awaitable[bool]]
# Metadata sent to Rasa with a turn: (viewer key, channel, channel id) -> metadata (bot/reply_address.py).
TurnMetadataFn = Callable[[str, str, str], dict[str, Any] | None]
# Sees Rasa's raw reply to a turn of a viewer key before it is parsed (bot/erasure.py erases after "delete").
AfterReplyFn = Callable[[str, list[BotMessage]], Awaitable[list[BotMessage]]]


class HandoffHooks(Protocol):
    """What the router needs from the handoff module (``bot.handoff.service.HandoffService``)."""

    async def viewer_turn(self, key: ConversationKey, text: str, *, notices: bool) -> tuple[str, list[Answer]]:
        """Record the viewer's message; return who owns the conversation (``WITH_BOT``/``WAITING``/``ACTIVE``)
        and the pushed answers the viewer missed (notices too when ``notices``), now marked delivered."""

    async def bot_said(self, key: ConversationKey, answers: Sequence[Answer]) -> None: ...
    async def start_handoff(self, key: ConversationKey, reason: str) -> bool: ...
    async def take_ack_slot(self, key: ConversationKey) -> bool: ...
    async def agents_available(self) -> bool:
        """Whether an agent is present right now (signed in and active), not merely whether accounts exist."""

    async def end_handoff(self, key: ConversationKey) -> bool:
        """The viewer left the handoff: back to the bot. False when it was not in handoff (any more)."""


class ConversationRouter:
    """Routes a viewer message to the bot (or to the agent queue) and returns the answers to show.

    Channels that can push answers later (web chat sockets, Telegram) register a ``DeliverFn`` under
    their channel name; the handoff module uses ``deliver`` to reach a viewer on whatever channel they
    came from. A channel without one (voice) is answered with the ``HandoffState`` on every turn of a
    handoff and words it itself (``wording.handoff_notice(state, live=False)``).
    """

    def __init__(self, rasa: RasaClient, viewer_keys: ViewerKeys) -> None:
        self.rasa = rasa
        self.viewer_keys = viewer_keys
        self._delivery: dict[str, DeliverFn] = {}
        self._handoff: HandoffHooks | None = None
        self._turn_locks: weakref.WeakValueDictionary[ConversationKey, asyncio.Lock] = weakref.WeakValueDictionary()
        self._asking: dict[str, ConversationKey] = {}  # viewer key -> conversation whose turn Rasa is on
        self.turn_metadata: TurnMetadataFn | None = None
        self.after_reply: AfterReplyFn | None = None
        self._erased: set[ConversationKey] = set()  # conversations whose turn in progress deleted the viewer's data

    def viewer_key(self, key: ConversationKey) -> str:
        """The sender id Rasa gets for this viewer: their viewer key, never the channel's raw id."""
        return self.viewer_keys.key(key.channel, key.user_id)

    def in_turn(self, viewer_key: str) -> ConversationKey | None:
        """The conversation of ``viewer_key`` whose turn Rasa is answering now, in this process: an action
        calling back during the turn ("tell me when…") learns where the viewer can be reached."""
        return self._asking.get(viewer_key)

    def register_channel(self, channel: str, deliver: DeliverFn) -> None:
        self._delivery[channel] = deliver

    def can_push(self, channel: str) -> bool:
        """True when agent replies can reach this channel's viewers live."""
        return channel in self._delivery

    def attach_handoff(self, hooks: HandoffHooks) -> None:
        self._handoff = hooks

    async def deliver(self, key: ConversationKey, answers: list[Answer]) -> bool:
        """Push answers to a viewer; False when the channel cannot push (voice) or is offline."""
        deliver = self._delivery.get(key.channel)
        if deliver is None:
            return False
        try:
            return await deliver(key.user_id, answers)
        except Exception:  # a broken channel must not break the agent's console
            log.exception("deliver_failed", extra={"channel": key.channel})
            return False

    @asynccontextmanager
    async def turn(self, key: ConversationKey) -> AsyncIterator[None]:
        """One turn of a viewer at a time (several tabs, fast typists, an agent handing back meanwhile)."""
        lock = self._turn_locks.get(key)
        if lock is None:
            lock = self._turn_locks[key] = asyncio.Lock()
        async with lock:
            yield

    async def handle(self, key: ConversationKey, text: str) -> list[Answer]:
        """One viewer turn: the answers to show, missed agent replies first."""
        hooks = self._handoff
        if hooks is None:
            return _without_agents(await self._ask_bot(key, text))
        async with self.turn(key):
            pending: list[Answer] = []
            try:
                owner, pending = await hooks.viewer_turn(key, text, notices=self.can_push(key.channel))
            except Exception:  # the handoff database is unreachable: the bot still answers
                log.exception("handoff_store_failed", extra={"channel": key.channel, "stage": "before_bot"})
                return pending + _without_agents(await self._ask_bot(key, text))
            if owner != WITH_BOT and is_cancel(text) and await self._end_handoff(hooks, key):
                answers = await self.handed_back(key, reason=HANDOFF_CANCELLED)
                log.info("handoff_cancelled", extra={"channel": key.channel})
                await self._record(hooks, key, answers)
                return pending + answers
            if owner != WITH_BOT:
                return pending + await self._while_handed_off(hooks, key, owner, bool(pending))
            answers = await self._route_handoff(hooks, key, await self._ask_bot(key, text))
            if key in self._erased:  # the viewer's data was deleted in this turn: its answer is not written down
                self._erased.discard(key)
            else:
                await self._record(hooks, key, answers)
            return pending + answers

    @staticmethod
    async def _record(hooks: HandoffHooks, key: ConversationKey, answers: list[Answer]) -> None:
        try:
            await hooks.bot_said(key, answers)
        except Exception:  # the answer matters more than its transcript line
            log.exception("handoff_store_failed", extra={"channel": key.channel, "stage": "after_bot"})

    @staticmethod
    async def _end_handoff(hooks: HandoffHooks, key: ConversationKey) -> bool:
        try:
            return await hooks.end_handoff(key)
        except Exception:  # the store is away: the message goes to the queue as before, nothing is lost
            log.exception("handoff_store_failed", extra={"channel": key.channel, "stage": "cancel"})
            return False

    async def handed_back(self, key: ConversationKey, reason: str | None = None) -> list[Answer]:
        """The handoff ended (an agent handed back, the viewer cancelled, nobody came in time): tell Rasa
        (``/handoff_ended``) and return its answers, its ``ended`` state carrying ``reason``.

        Call it inside ``turn(key)``, right after the store recorded the hand-back. When Rasa cannot be
        reached the viewer is still told where they stand, with the bare ``HandoffState("ended")``.
        """
        try:
            answers = from_rasa_messages(await self.rasa.send(self.viewer_key(key), HANDOFF_ENDED_MESSAGE))
        except RasaUnavailable:
            log.warning("rasa_hand_back_failed", extra={"channel": key.channel})
            answers = []
        return _ended_because(answers, reason)

    # --- internals ----------------------------------------------------------------------------------

    async def _ask_bot(self, key: ConversationKey, text: str) -> list[Answer]:
        """Rasa's answers, or an honest apology when Rasa is unreachable or says nothing.

        Rasa answers a turn with no message at all when a custom action fails (the action server is
        down or crashed); a viewer must never be left with silence.
        """
        viewer = self.viewer_key(key)
        self._asking[viewer] = key
        try:
            metadata = self.turn_metadata(viewer, key.channel, key.user_id) if self.turn_metadata else None
            messages = await self.rasa.send(viewer, text, metadata)
            if self.after_reply is not None:
                said = len(messages)
                messages = await self.after_reply(viewer, messages)
                if len(messages) < said:  # the hook took out the erase marker (bot/erasure.py)
                    self._erased.add(key)
            answers = from_rasa_messages(messages)
        except RasaUnavailable:
            log.warning("bot_unavailable", extra={"channel": key.channel})
            return [PlainText(wording.BOT_UNAVAILABLE)]
        finally:
            self._asking.pop(viewer, None)
        if not answers:
            log.warning("bot_silent", extra={"channel": key.channel})
            return [PlainText(wording.BOT_SILENT)]
        return answers

    async def _route_handoff(self, hooks: HandoffHooks, key: ConversationKey,
                             answers: list[Answer]) -> list[Answer]:
        """Rasa asked for a person: queue the conversation, or say nobody is there to take it."""
        waiting = _waiting_state(answers)
        if waiting is None:
            return answers
        if not self.can_push(key.channel):  # no chat with a person by voice: say where to find one
            return _without_agents(answers, HANDOFF_VOICE)
        try:
            if not await hooks.agents_available():
                return _without_agents(answers, HANDOFF_NO_AGENT)
            await hooks.start_handoff(key, waiting.reason or DEFAULT_HANDOFF_REASON)
        except Exception:  # the handoff database is down: nobody could pick the conversation up
            log.exception("handoff_store_failed", extra={"channel": key.channel, "stage": "start_handoff"})
            return _without_agents(answers)
        log.info("handoff_started", extra={"channel": key.channel, "reason": waiting.reason})
        return answers

    async def _while_handed_off(self, hooks: HandoffHooks, key: ConversationKey,
                                owner: str, has_pending: bool) -> list[Answer]:
        """The message went to the agent queue; on push channels, acknowledge it at most once a minute.

        A channel that cannot push (voice) must answer every turn, so it always gets the handoff state
        (worded by its renderer), unless an agent reply is being read out this turn.
        """
        if not self.can_push(key.channel):
            if has_pending:
                return []
            return [HandoffState(HANDOFF_WAITING if owner == WAITING else HANDOFF_AGENT_JOINED)]
        if owner == WAITING and await hooks.take_ack_slot(key):
            return [PlainText(wording.WAITING_ACK)]
        return []


def _waiting_state(answers: Sequence[Answer]) -> HandoffState | None:
    return next((a for a in answers if isinstance(a, HandoffState) and a.status == HANDOFF_WAITING), None)


def _ended_because(answers: list[Answer], reason: str | None) -> list[Answer]:
    """Rasa's answers to ``/handoff_ended`` with its ``ended`` state saying why (one is added if missing)."""
    ended = HandoffState(HANDOFF_ENDED, reason=reason)
    if not any(isinstance(a, HandoffState) and a.status == HANDOFF_ENDED for a in answers):
        return [ended, *answers]
    return [ended if isinstance(a, HandoffState) and a.status == HANDOFF_ENDED else a for a in answers]


def _without_agents(answers: list[Answer], reason: str | None = None) -> list[Answer]:
    """Nobody can take a handoff: every ``waiting`` state becomes ``unavailable`` (the bot carries on)."""
    return [HandoffState(HANDOFF_UNAVAILABLE, reason=reason)
            if isinstance(a, HandoffState) and a.status == HANDOFF_WAITING else a
            for a in answers]
