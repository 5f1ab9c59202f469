"""Human handoff: the router's hooks (transcripts, queueing) and the agent's actions (claim, reply, hand back).

State lives in SQL (the repositories of ``HandoffStore``); this layer orchestrates them and never sees
SQL: it runs the blocking repository calls in worker threads, reaches viewers through
``ConversationRouter.deliver`` on whatever channel they use, and tells open agent consoles that
something changed. Anything a viewer could not receive live (offline tab, voice channel) stays marked
undelivered and is handed over on their next connect or turn. What the viewer is told is always a
typed answer; the channel words it.

No viewer is stranded: "agents available" means an agent is present (signed in, console connected or
active within ``presence``), a conversation nobody claims within ``wait_limit`` goes back to the bot
with an honest note (``return_unclaimed``, run periodically by every gateway process; the conditional
update lets exactly one of them do it), the viewer can cancel, and any agent may take over a
conversation whose agent went away.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable, Sequence
from typing import ParamSpec, TypeVar

from bot.conversation import WITH_BOT, ConversationKey, ConversationRouter
from bot.handoff.agents import AgentRecord
from bot.handoff.conversations import TAKEN_OVER, ConversationState, QueueEntry
from bot.handoff.events import AgentEvents
from bot.handoff.models import BOT_SENDER, SYSTEM, VIEWER, UnknownConversation, utcnow
from bot.handoff.store import HandoffStore
from bot.handoff.transcripts import Line, StoredLine
from contract.payloads import HANDOFF_AGENT_JOINED, HANDOFF_ENDED, HANDOFF_TIMED_OUT, AgentMessage, Answer, HandoffState

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

ACK_INTERVAL = dt.timedelta(minutes=1)
MAX_REPLY_CHARS = 2000
DEFAULT_WAIT_LIMIT = dt.timedelta(seconds=300)  # MEDIABOT_HANDOFF_WAIT_S
DEFAULT_PRESENCE = dt.timedelta(seconds=180)  # MEDIABOT_AGENT_PRESENCE_S


class HandoffError(Exception):
    """An agent action that cannot be done; ``code`` is for the API, the message for the agent."""

    def __init__(self, code: str, message: str, status: int = 409) -> None:
        super().__init__(message)
        self.code = code
        self.status = status


class HandoffService:
    """Implements the router's ``HandoffHooks`` and the console's operations."""

    def __init__(self, store: HandoffStore, router: ConversationRouter, events: AgentEvents | None = None, *,
                 wait_limit: dt.timedelta = DEFAULT_WAIT_LIMIT, presence: dt.timedelta = DEFAULT_PRESENCE) -> None:
        self.store = store
        self.router = router
        self.events = events or AgentEvents()
        self.wait_limit = wait_limit
        self.presence = presence

    def present_since(self) -> dt.datetime:
        """Agents seen after this instant are present."""
        return utcnow() - self.presence

    async def _run(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        return await asyncio.to_thread(fn, *args, **kwargs)

    # --- router hooks -------------------------------------------------------------------------------

    async def viewer_turn(self, key: ConversationKey, text: str, *, notices: bool) -> tuple[str, list[Answer]]:
        """Record the viewer's message; return who owns the conversation and the agent replies (and, if
        ``notices``, the notices) the viewer missed, now marked delivered.

        Missed notices ("an agent joined", "you're back with the bot") are stale on a channel that
        cannot push, so it only gets the agent's words.
        """
        recorded, missed = await self._run(self.store.transcripts.record_viewer, key.channel, key.user_id, text)
        if missed:
            await self.events.publish({"type": "queue"})
        if recorded.state.status != WITH_BOT:
            await self.events.publish({"type": "message", "ref": recorded.state.ref})
        return recorded.state.status, [a for a in _answers(missed) if notices or _still_news(a)]

    async def bot_said(self, key: ConversationKey, answers: Sequence[Answer]) -> None:
        if answers:
            await self._run(self.store.transcripts.append, key.channel, key.user_id,
                            [Line(BOT_SENDER, answer=a) for a in answers])

    async def start_handoff(self, key: ConversationKey, reason: str) -> bool:
        started = await self._run(self.store.conversations.start_handoff, key.channel, key.user_id, reason)
        if started:
            await self.events.publish({"type": "queue"})
        return started

    async def take_ack_slot(self, key: ConversationKey) -> bool:
        return await self._run(self.store.conversations.take_ack_slot, key.channel, key.user_id, ACK_INTERVAL)

    async def agents_available(self) -> bool:
        return await self._run(self.store.agents.anyone_present, self.present_since())

    async def end_handoff(self, key: ConversationKey) -> bool:
        """The viewer cancelled (called inside their turn): back to the bot; the consoles drop it."""
        ref = await self._run(self.store.conversations.end_handoff, key.channel, key.user_id)
        if ref is None:
            return False
        await self.events.publish({"type": "queue", "ref": ref})
        return True

    async def return_unclaimed(self) -> int:
        """Give every conversation nobody claimed within the wait limit back to the bot, telling the viewer.

        The viewer gets Rasa's answer to ``/handoff_ended`` with the reason ``timeout`` (worded "nobody
        could pick up in time"), pushed where the channel can push, else with their next turn.
        Returns how many this process returned.
        """
        cutoff = utcnow() - self.wait_limit
        returned = 0
        for state in await self._run(self.store.conversations.waiting_before, cutoff):
            key = ConversationKey(state.channel, state.user_id)
            async with self.router.turn(key):
                if not await self._run(self.store.conversations.expire_waiting, state.ref, cutoff):
                    continue  # claimed, cancelled, or another gateway process did it meanwhile
                log.info("handoff_timed_out", extra={"channel": key.channel})
                await self._push(key, BOT_SENDER, await self.router.handed_back(key, reason=HANDOFF_TIMED_OUT))
            returned += 1
            await self.events.publish({"type": "queue", "ref": state.ref})
        return returned

    async def replay_to(self, key: ConversationKey) -> None:
        """A viewer came (back) online on a push channel: deliver what they missed."""
        if await self._deliver(key):
            await self.events.publish({"type": "queue"})

    # --- console ------------------------------------------------------------------------------------

    async def queue(self, agent: AgentRecord) -> list[QueueEntry]:
        return await self._run(self.store.conversations.queue, agent.id, self.present_since())

    async def transcript(self, ref: str) -> tuple[ConversationState, list[StoredLine], int | None, str | None]:
        try:
            state, lines = await self._run(self.store.transcripts.of_handoff, ref)
            _, agent_id, agent_name = await self._run(self.store.conversations.info, ref)
        except UnknownConversation as exc:
            raise HandoffError("not_found", "That conversation is not in the queue.", 404) from exc
        return state, lines, agent_id, agent_name

    async def claim(self, ref: str, agent: AgentRecord) -> None:
        """Take a waiting conversation, or take over one whose agent is no longer present; only one agent
        ever wins, the others get a 409. The viewer is told who joined either way."""
        outcome = await self._run(self.store.conversations.claim, ref, agent.id, self.present_since())
        if outcome is None:
            raise HandoffError("already_claimed", "Someone else has already taken this conversation.")
        key = ConversationKey(*await self._run(self.store.conversations.key_of, ref))
        event = "handoff_taken_over" if outcome == TAKEN_OVER else "handoff_claimed"
        log.info(event, extra={"channel": key.channel, "agent_id": agent.id})
        await self._push(key, SYSTEM, [HandoffState(HANDOFF_AGENT_JOINED, agent_name=agent.display_name)])
        await self.events.publish({"type": "queue", "ref": ref})

    async def reply(self, ref: str, agent: AgentRecord, text: str) -> bool:
        """Store and push the agent's message; True when the viewer received it live."""
        text = text.strip()
        if not text:
            raise HandoffError("empty", "Write a message first.", 400)
        if len(text) > MAX_REPLY_CHARS:
            raise HandoffError("too_long", f"Keep messages under {MAX_REPLY_CHARS} characters.", 400)
        stored = await self._run(self.store.transcripts.add_agent_line, ref, agent.id, text)
        if stored is None:
            raise HandoffError("not_yours", "Claim this conversation before replying.")
        state, line_id = stored
        key = ConversationKey(state.channel, state.user_id)
        delivered = await self._deliver(key, [line_id])
        log.info("agent_replied", extra={"channel": key.channel, "agent_id": agent.id, "live": delivered})
        await self.events.publish({"type": "message", "ref": ref})
        return delivered

    async def hand_back(self, ref: str, agent: AgentRecord) -> None:
        """Return the conversation to the bot and push Rasa's answer to ``/handoff_ended`` to the viewer.

        Done inside the viewer's turn lock, so no message of theirs reaches Rasa before Rasa hears that
        the handoff ended.
        """
        try:
            key = ConversationKey(*await self._run(self.store.conversations.key_of, ref))
        except UnknownConversation:
            raise _not_yours() from None
        async with self.router.turn(key):
            if not await self._run(self.store.conversations.hand_back, ref, agent.id):
                raise _not_yours()
            log.info("handoff_ended", extra={"channel": key.channel, "agent_id": agent.id})
            await self._push(key, BOT_SENDER, await self.router.handed_back(key))
        await self.events.publish({"type": "queue", "ref": ref})

    async def _push(self, key: ConversationKey, sender: str, answers: list[Answer]) -> None:
        """Store answers as undelivered lines, then try to push them (no push: the next turn takes them)."""
        lines = [Line(sender, answer=a, delivered=False) for a in answers]
        recorded = await self._run(self.store.transcripts.append, key.channel, key.user_id, lines)
        await self._deliver(key, recorded.line_ids)

    async def _deliver(self, key: ConversationKey, line_ids: Sequence[int] | None = None) -> bool:
        """Push undelivered lines (``line_ids`` of them, or all) to the viewer; True when they went out.

        The lines are taken before the push, so a replay on connect or the viewer's own turn racing
        this push cannot show them a second time; lines another path took count as delivered by it.
        """
        lines = await self._run(self.store.transcripts.take_undelivered, key.channel, key.user_id, line_ids)
        if not lines:
            return line_ids is not None
        if await self.router.deliver(key, _answers(lines)):
            return True
        await self._run(self.store.transcripts.release, [line.id for line in lines])
        return False


def _not_yours() -> HandoffError:
    return HandoffError("not_yours", "Only the agent talking to this viewer can hand it back.")


def _still_news(answer: Answer) -> bool:
    """What a channel that cannot push still reads out on the next turn: the agent's words, and that
    nobody came in time (other notices are stale by then)."""
    return isinstance(answer, AgentMessage) or (
        isinstance(answer, HandoffState) and answer.status == HANDOFF_ENDED and answer.reason == HANDOFF_TIMED_OUT)


def _answers(lines: Sequence[StoredLine]) -> list[Answer]:
    return [line.answer for line in lines if line.answer is not None]
