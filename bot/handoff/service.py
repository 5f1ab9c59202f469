"""Human handoff: the router's hooks (transcripts, queueing) and the agent's actions (claim, reply, hand back).

State lives in SQL (``HandoffStore``); this layer runs the blocking store calls in worker threads,
reaches viewers through ``ConversationRouter.deliver`` on whatever channel they use, and tells open
agent consoles that something changed. Anything a viewer could not receive live (offline tab, voice
channel) stays marked undelivered and is handed over on their next connect or turn.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from bot.conversation import ConversationKey, ConversationRouter, RouteState
from bot.handoff.events import AgentEvents
from bot.handoff.models import BOT_SENDER, SYSTEM, VIEWER
from bot.handoff.store import (
    AgentRecord,
    HandoffStore,
    Line,
    QueueEntry,
    StoredLine,
    UnknownConversation,
)
from bot.rasa_client import BotMessage

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

ACK_INTERVAL = dt.timedelta(minutes=1)
MAX_REPLY_CHARS = 2000


class HandoffError(Exception):
    """An agent action that cannot be done; ``code`` is for the API, the message for the agent."""

    def __init__(self, code: str, message: str, status: int = 409) -> None:
        super().__init__(message)
        self.code = code
        self.status = status


class HandoffService:
    """Implements the router's ``HandoffHooks`` and the console's operations."""

    def __init__(self, store: HandoffStore, router: ConversationRouter, events: AgentEvents | None = None) -> None:
        self.store = store
        self.router = router
        self.events = events or AgentEvents()

    async def _run(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        return await asyncio.to_thread(fn, *args, **kwargs)

    # --- router hooks -------------------------------------------------------------------------------

    async def viewer_said(self, key: ConversationKey, text: str) -> RouteState:
        state = await self._run(self.store.record, key.channel, key.user_id, [Line(VIEWER, text=text)])
        if state.status != "bot":
            self.events.publish({"type": "message", "ref": state.ref})
        return RouteState(state.status, state.rasa_paused)

    async def bot_said(self, key: ConversationKey, messages: list[BotMessage]) -> None:
        lines = [_bot_line(m) for m in messages if isinstance(m, dict)]
        if lines:
            await self._run(self.store.record, key.channel, key.user_id, lines)

    async def start_handoff(self, key: ConversationKey, reason: str) -> bool:
        started = await self._run(self.store.start_handoff, key.channel, key.user_id, reason, True)
        if started:
            self.events.publish({"type": "queue"})
        return started

    async def take_ack_slot(self, key: ConversationKey) -> bool:
        return await self._run(self.store.take_ack_slot, key.channel, key.user_id, ACK_INTERVAL)

    async def take_undelivered(self, key: ConversationKey, notices: bool) -> list[BotMessage]:
        """Agent replies (and, if ``notices``, gateway notices) the viewer missed, now marked delivered."""
        lines = await self._run(self.store.undelivered, key.channel, key.user_id)
        if not lines:
            return []
        await self._run(self.store.mark_delivered, [line.id for line in lines])
        self.events.publish({"type": "queue"})
        return [m for line in lines if notices or line.sender != SYSTEM for m in _viewer_messages(key, line)]

    async def set_rasa_paused(self, key: ConversationKey, paused: bool) -> None:
        await self._run(self.store.set_rasa_paused, key.channel, key.user_id, paused)

    async def agents_available(self) -> bool:
        return await self._run(self.store.has_active_agents)

    async def replay_to(self, key: ConversationKey) -> None:
        """A viewer came (back) online on a push channel: deliver what they missed."""
        lines = await self._run(self.store.undelivered, key.channel, key.user_id)
        if not lines:
            return
        messages = [m for line in lines for m in _viewer_messages(key, line)]
        if await self.router.deliver(key, messages):
            await self._run(self.store.mark_delivered, [line.id for line in lines])
            self.events.publish({"type": "queue"})

    # --- console ------------------------------------------------------------------------------------

    async def queue(self, agent: AgentRecord) -> list[QueueEntry]:
        return await self._run(self.store.queue, agent.id)

    async def transcript(self, ref: str) -> tuple[Any, list[StoredLine], int | None, str | None]:
        try:
            state, lines = await self._run(self.store.transcript, ref)
            _, agent_id, agent_name = await self._run(self.store.conversation_info, ref)
        except UnknownConversation as exc:
            raise HandoffError("not_found", "That conversation is not in the queue.", 404) from exc
        return state, lines, agent_id, agent_name

    async def claim(self, ref: str, agent: AgentRecord) -> None:
        """Take a waiting conversation; only one agent ever wins, the others get a 409."""
        if not await self._run(self.store.claim, ref, agent.id):
            raise HandoffError("already_claimed", "Someone else has already taken this conversation.")
        channel, user_id = await self._run(self.store.conversation_key, ref)
        key = ConversationKey(channel, user_id)
        log.info("handoff_claimed", extra={"channel": channel, "agent_id": agent.id})
        await self._notify(key, f"{agent.display_name} from our support team has joined the chat.",
                           {"type": "handoff", "status": "agent_joined", "name": agent.display_name})
        self.events.publish({"type": "queue", "ref": ref})

    async def reply(self, ref: str, agent: AgentRecord, text: str) -> bool:
        """Store and push the agent's message; True when the viewer received it live."""
        text = text.strip()
        if not text:
            raise HandoffError("empty", "Write a message first.", 400)
        if len(text) > MAX_REPLY_CHARS:
            raise HandoffError("too_long", f"Keep messages under {MAX_REPLY_CHARS} characters.", 400)
        stored = await self._run(self.store.add_agent_line, ref, agent.id, text)
        if stored is None:
            raise HandoffError("not_yours", "Claim this conversation before replying.")
        state, line_id = stored
        key = ConversationKey(state.channel, state.user_id)
        message = {"recipient_id": key.sender_id, "text": text,
                   "custom": {"type": "agent", "text": text, "name": agent.display_name}}
        delivered = await self.router.deliver(key, [message])
        if delivered:
            await self._run(self.store.mark_delivered, [line_id])
        log.info("agent_replied", extra={"channel": key.channel, "agent_id": agent.id, "live": delivered})
        self.events.publish({"type": "message", "ref": ref})
        return delivered

    async def hand_back(self, ref: str, agent: AgentRecord) -> None:
        """Return the conversation to the bot: resume Rasa (slots intact) and tell the viewer."""
        back = await self._run(self.store.hand_back, ref, agent.id)
        if back is None:
            raise HandoffError("not_yours", "Only the agent talking to this viewer can hand it back.")
        key = ConversationKey(back.channel, back.user_id)
        resumed = await self.router.resume_bot(key)
        log.info("handoff_ended", extra={"channel": key.channel, "agent_id": agent.id, "rasa_resumed": resumed})
        await self._notify(key, "You're chatting with mediabot again. Tell me what you'd like to watch.",
                           {"type": "handoff", "status": "ended"})
        self.events.publish({"type": "queue", "ref": ref})

    async def _notify(self, key: ConversationKey, text: str, custom: dict[str, Any]) -> None:
        """Store a notice as undelivered, then try to push it (channels without push get it next turn)."""
        line_id = await self._run(self.store.add_notice, key.channel, key.user_id, text, {"custom": custom})
        messages = [{"recipient_id": key.sender_id, "text": text},
                    {"recipient_id": key.sender_id, "custom": custom}]
        if await self.router.deliver(key, messages):
            await self._run(self.store.mark_delivered, [line_id])


def _bot_line(message: BotMessage) -> Line:
    """A bot message as a transcript line: its text, plus buttons/custom payload when present."""
    payload = {k: message[k] for k in ("buttons", "custom", "image", "attachment") if message.get(k)}
    text = message.get("text")
    return Line(BOT_SENDER, text=text if isinstance(text, str) else None, payload=payload or None)


def _viewer_messages(key: ConversationKey, line: StoredLine) -> list[BotMessage]:
    """A stored pushed line in the shape channels deliver (contracts §3, plus ``agent`` custom)."""
    if line.sender == SYSTEM:
        custom = (line.payload or {}).get("custom")
        messages: list[BotMessage] = []
        if line.text:
            messages.append({"recipient_id": key.sender_id, "text": line.text})
        if isinstance(custom, dict):
            messages.append({"recipient_id": key.sender_id, "custom": custom})
        return messages
    name = line.agent_name or "Support agent"
    return [{"recipient_id": key.sender_id, "text": line.text or "",
             "custom": {"type": "agent", "text": line.text or "", "name": name}}]
