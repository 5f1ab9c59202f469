"""Conversations repository: who answers each viewer (bot, waiting, active), claims, the ack slot, the queue.

State changes that two parties may race for (claiming a conversation, handing it back, the
once-a-minute acknowledgement) are single conditional UPDATEs whose row count says who won: that is
atomic on SQLite and PostgreSQL alike, without locks held across awaits.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from sqlalchemy import func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.handoff.agents import present_sessions
from bot.handoff.models import (
    ACTIVE,
    BOT,
    IN_HANDOFF,
    VIEWER,
    WAITING,
    Agent,
    AgentSession,
    Conversation,
    Repository,
    TranscriptMessage,
    UnknownConversation,
    utcnow,
)

LAST_TEXT_CHARS = 160
CLAIMED = "claimed"
TAKEN_OVER = "taken_over"
# Back with the bot: nobody owns it, nothing pending.
_WITH_BOT = {"status": BOT, "agent_id": None, "waiting_since": None, "claimed_at": None, "last_ack_at": None}


@dataclass(frozen=True)
class ConversationState:
    ref: str
    channel: str
    user_id: str
    status: str


@dataclass(frozen=True)
class QueueEntry:
    ref: str
    channel: str
    status: str
    reason: str | None
    waiting_since: dt.datetime | None
    claimed_by: str | None
    claimed_by_me: bool
    claimed_by_present: bool  # False: the claiming agent went away, anyone may take over
    last_viewer_text: str | None
    last_viewer_at: dt.datetime | None


class Conversations(Repository):
    """Conversation rows and their handoff state."""

    def state(self, channel: str, user_id: str) -> ConversationState | None:
        with self._tx() as s:
            conv = find(s, channel, user_id)
            return state_of(conv) if conv is not None else None

    def start_handoff(self, channel: str, user_id: str, reason: str, now: dt.datetime | None = None) -> bool:
        """bot -> waiting. False when the conversation was already in handoff (nothing changes)."""
        now = now or utcnow()
        with self._tx() as s:
            conv = get_or_create(s, channel, user_id, now)
            result = s.execute(
                update(Conversation)
                .where(Conversation.id == conv.id, Conversation.status == BOT)
                .values(status=WAITING, reason=reason, agent_id=None, waiting_since=now, claimed_at=None,
                        last_ack_at=now)
            )
            return result.rowcount == 1

    def take_ack_slot(self, channel: str, user_id: str, min_interval: dt.timedelta,
                      now: dt.datetime | None = None) -> bool:
        """True at most once per ``min_interval`` per waiting conversation (atomic, so two tabs can't both win)."""
        now = now or utcnow()
        with self._tx() as s:
            result = s.execute(
                update(Conversation)
                .where(Conversation.channel == channel, Conversation.user_id == user_id,
                       Conversation.status == WAITING,
                       or_(Conversation.last_ack_at.is_(None), Conversation.last_ack_at <= now - min_interval))
                .values(last_ack_at=now)
            )
            return result.rowcount == 1

    def claim(self, ref: str, agent_id: int, present_since: dt.datetime, now: dt.datetime | None = None) -> str | None:
        """Take a conversation: ``CLAIMED`` (it was waiting), ``TAKEN_OVER`` (its agent is no longer present,
        see ``Agents.anyone_present``) or None. Exactly one of several concurrent claimers wins."""
        now = now or utcnow()
        with self._tx() as s:
            claimed = s.execute(
                update(Conversation)
                .where(Conversation.ref == ref, Conversation.status == WAITING)
                .values(status=ACTIVE, agent_id=agent_id, claimed_at=now)
            ).rowcount == 1
            if claimed:
                return CLAIMED
            claimant = s.execute(select(Conversation.agent_id)
                                 .where(Conversation.ref == ref, Conversation.status == ACTIVE)).first()
            if claimant is None or claimant.agent_id == agent_id:
                return None
            if claimant.agent_id is not None and s.scalar(
                    select(AgentSession.token_hash)
                    .where(AgentSession.agent_id == claimant.agent_id, present_sessions(present_since, now))
                    .exists().select()):
                return None
            # Compare and set on the claimant just read: of several concurrent take-overs only the first
            # still finds that agent on the row (a presence subquery alone is not re-read under contention).
            taken = s.execute(
                update(Conversation)
                .where(Conversation.ref == ref, Conversation.status == ACTIVE,
                       Conversation.agent_id.is_(None) if claimant.agent_id is None
                       else Conversation.agent_id == claimant.agent_id)
                .values(agent_id=agent_id, claimed_at=now)
                .execution_options(synchronize_session=False)
            ).rowcount == 1
            return TAKEN_OVER if taken else None

    def hand_back(self, ref: str, agent_id: int) -> bool:
        """active (claimed by this agent) -> bot; False when it was not this agent's active conversation."""
        with self._tx() as s:
            result = s.execute(
                update(Conversation)
                .where(Conversation.ref == ref, Conversation.status == ACTIVE, Conversation.agent_id == agent_id)
                .values(**_WITH_BOT)
            )
            return result.rowcount == 1

    def end_handoff(self, channel: str, user_id: str) -> str | None:
        """The viewer cancelled: waiting or active -> bot. The conversation's ``ref``, or None if not in handoff."""
        with self._tx() as s:
            conv = find(s, channel, user_id)
            if conv is None:
                return None
            result = s.execute(
                update(Conversation).where(Conversation.id == conv.id, Conversation.status.in_(IN_HANDOFF))
                .values(**_WITH_BOT)
            )
            return conv.ref if result.rowcount == 1 else None

    def waiting_before(self, cutoff: dt.datetime) -> list[ConversationState]:
        """Conversations nobody claimed since before ``cutoff`` (the wait limit's candidates)."""
        with self._tx() as s:
            rows = s.scalars(select(Conversation).where(Conversation.status == WAITING,
                                                        Conversation.waiting_since <= cutoff))
            return [state_of(c) for c in rows]

    def expire_waiting(self, ref: str, cutoff: dt.datetime) -> bool:
        """waiting since before ``cutoff`` -> bot. Atomic: with several gateways, exactly one expires it."""
        with self._tx() as s:
            result = s.execute(
                update(Conversation)
                .where(Conversation.ref == ref, Conversation.status == WAITING, Conversation.waiting_since <= cutoff)
                .values(**_WITH_BOT)
            )
            return result.rowcount == 1

    def key_of(self, ref: str) -> tuple[str, str]:
        """(channel, user_id) of a conversation: how the gateway reaches the viewer behind a ``ref``."""
        with self._tx() as s:
            conv = by_ref(s, ref)
            return conv.channel, conv.user_id

    def info(self, ref: str) -> tuple[ConversationState, int | None, str | None]:
        """State, claiming agent id and name of a conversation."""
        with self._tx() as s:
            row = s.execute(
                select(Conversation, Agent.display_name)
                .outerjoin(Agent, Agent.id == Conversation.agent_id)
                .where(Conversation.ref == ref)
            ).one_or_none()
            if row is None:
                raise UnknownConversation(ref)
            conv, name = row
            return state_of(conv), conv.agent_id, name

    def queue(self, agent_id: int, present_since: dt.datetime) -> list[QueueEntry]:
        """Conversations waiting for or talking to an agent, longest-waiting first."""
        with self._tx() as s:
            present = set(s.scalars(select(AgentSession.agent_id)
                                    .where(present_sessions(present_since, utcnow())).distinct()))
            last_viewer = (
                select(TranscriptMessage.conversation_id, func.max(TranscriptMessage.id).label("last_id"))
                .where(TranscriptMessage.sender == VIEWER)
                .group_by(TranscriptMessage.conversation_id)
                .subquery()
            )
            rows = s.execute(
                select(Conversation, Agent.display_name, TranscriptMessage.text, TranscriptMessage.at)
                .outerjoin(Agent, Agent.id == Conversation.agent_id)
                .outerjoin(last_viewer, last_viewer.c.conversation_id == Conversation.id)
                .outerjoin(TranscriptMessage, TranscriptMessage.id == last_viewer.c.last_id)
                .where(Conversation.status.in_(IN_HANDOFF))
                .order_by(Conversation.waiting_since, Conversation.id)
            ).all()
            return [
                QueueEntry(ref=c.ref, channel=c.channel, status=c.status, reason=c.reason,
                           waiting_since=c.waiting_since, claimed_by=name,
                           claimed_by_me=c.agent_id == agent_id,
                           claimed_by_present=c.agent_id in present,
                           last_viewer_text=_shorten(text), last_viewer_at=at)
                for c, name, text, at in rows
            ]


# --- row helpers (the transcripts repository writes lines into these rows too) ---------------------------


def find(s: Session, channel: str, user_id: str) -> Conversation | None:
    return s.scalars(
        select(Conversation).where(Conversation.channel == channel, Conversation.user_id == user_id)
    ).one_or_none()


def by_ref(s: Session, ref: str) -> Conversation:
    conv = s.scalars(select(Conversation).where(Conversation.ref == ref)).one_or_none()
    if conv is None:
        raise UnknownConversation(ref)
    return conv


def get_or_create(s: Session, channel: str, user_id: str, now: dt.datetime) -> Conversation:
    """The viewer's conversation row; a concurrent first message from another tab is tolerated."""
    conv = find(s, channel, user_id)
    if conv is not None:
        return conv
    try:
        with s.begin_nested():
            conv = Conversation(ref=secrets.token_hex(8), channel=channel, user_id=user_id, status=BOT,
                                created_at=now)
            s.add(conv)
    except IntegrityError:
        conv = find(s, channel, user_id)
        if conv is None:
            raise
    return conv


def state_of(conv: Conversation) -> ConversationState:
    return ConversationState(ref=conv.ref, channel=conv.channel, user_id=conv.user_id, status=conv.status)


def _shorten(text: str | None) -> str | None:
    if text is None or len(text) <= LAST_TEXT_CHARS:
        return text
    return text[: LAST_TEXT_CHARS - 1].rstrip() + "…"
