"""Handoff storage (SQLAlchemy 2, synchronous): conversations, transcripts, agents, sessions, throttling.

Every method is one short transaction and returns plain dataclasses, never ORM objects, so the async
service can run it in a worker thread (``asyncio.to_thread``) without sharing sessions across threads.
State changes that two parties may race for (claiming a conversation, handing it back, the
once-a-minute acknowledgement) are single conditional UPDATEs whose row count says who won: that is
atomic on SQLite and PostgreSQL alike, without locks held across awaits.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, and_, create_engine, delete, event, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.handoff.models import (
    ACTIVE,
    BOT,
    VIEWER,
    WAITING,
    Agent,
    AgentSession,
    Conversation,
    HandoffBase,
    LoginFailure,
    TranscriptMessage,
    utcnow,
)

IN_HANDOFF = (WAITING, ACTIVE)
LAST_TEXT_CHARS = 160


@dataclass(frozen=True)
class ConversationState:
    ref: str
    channel: str
    user_id: str
    status: str
    rasa_paused: bool


@dataclass(frozen=True)
class Line:
    """One transcript line to write (``at`` defaults to now)."""

    sender: str
    text: str | None = None
    payload: dict[str, Any] | None = None
    agent_id: int | None = None
    delivered: bool | None = None


@dataclass(frozen=True)
class StoredLine:
    id: int
    at: dt.datetime
    channel: str
    sender: str
    text: str | None
    payload: dict[str, Any] | None
    agent_name: str | None
    delivered: bool | None


@dataclass(frozen=True)
class QueueEntry:
    ref: str
    channel: str
    status: str
    reason: str | None
    waiting_since: dt.datetime | None
    claimed_by: str | None
    claimed_by_me: bool
    last_viewer_text: str | None
    last_viewer_at: dt.datetime | None


@dataclass(frozen=True)
class AgentRecord:
    id: int
    username: str
    display_name: str
    password_hash: str
    disabled: bool


@dataclass(frozen=True)
class HandBack:
    """The result of a successful hand-back: who the viewer is, so the router can resume Rasa."""

    channel: str
    user_id: str


class UnknownConversation(LookupError):
    pass


def make_engine(url: str) -> Engine:
    """An engine for ``DATABASE_URL`` with the handoff tables created.

    SQLite gets WAL, foreign keys, a busy timeout and ``BEGIN IMMEDIATE`` transactions: a deferred
    transaction that reads and then writes fails at once with "database is locked" when another
    writer got in between, whereas IMMEDIATE waits its turn (the busy timeout).
    """
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        Path(url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    HandoffBase.metadata.create_all(engine)
    return engine


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # let the "begin" listener emit BEGIN itself
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    # WAL + NORMAL: commits survive a crash of the process (not of the machine's power) without an
    # fsync per transcript line, which a chat turn would otherwise wait for.
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


class HandoffStore:
    """All SQL of the handoff feature. Thread-safe: each call opens its own session."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def from_url(cls, url: str) -> HandoffStore:
        return cls(make_engine(url))

    @contextmanager
    def _tx(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    # --- conversations and transcripts --------------------------------------------------------------

    def state(self, channel: str, user_id: str) -> ConversationState | None:
        with self._tx() as s:
            conv = _find(s, channel, user_id)
            return _state(conv) if conv is not None else None

    def record(self, channel: str, user_id: str, lines: Sequence[Line],
               at: dt.datetime | None = None) -> ConversationState:
        """Append lines to the viewer's transcript (creating the conversation) and return its state.

        The state is read in the same transaction as the write, so "was this message for the bot or
        for the agent?" is decided on the state the message was stored under.
        """
        now = at or utcnow()
        with self._tx() as s:
            conv = _get_or_create(s, channel, user_id, now)
            for line in lines:
                s.add(TranscriptMessage(conversation_id=conv.id, at=now, channel=channel, sender=line.sender,
                                        text=line.text, payload=line.payload, agent_id=line.agent_id,
                                        delivered=line.delivered))
            if lines:
                conv.last_message_at = now
            return _state(conv)

    def start_handoff(self, channel: str, user_id: str, reason: str, rasa_paused: bool,
                      now: dt.datetime | None = None) -> bool:
        """bot -> waiting. False when the conversation was already in handoff (nothing changes)."""
        now = now or utcnow()
        with self._tx() as s:
            conv = _get_or_create(s, channel, user_id, now)
            result = s.execute(
                update(Conversation)
                .where(Conversation.id == conv.id, Conversation.status == BOT)
                .values(status=WAITING, reason=reason, agent_id=None, waiting_since=now, claimed_at=None,
                        last_ack_at=now, rasa_paused=rasa_paused)
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

    def claim(self, ref: str, agent_id: int, now: dt.datetime | None = None) -> bool:
        """waiting -> active for this agent. Exactly one of several concurrent claimers gets True."""
        with self._tx() as s:
            result = s.execute(
                update(Conversation)
                .where(Conversation.ref == ref, Conversation.status == WAITING)
                .values(status=ACTIVE, agent_id=agent_id, claimed_at=now or utcnow())
            )
            return result.rowcount == 1

    def hand_back(self, ref: str, agent_id: int) -> HandBack | None:
        """active (claimed by this agent) -> bot; None when it was not this agent's active conversation."""
        with self._tx() as s:
            result = s.execute(
                update(Conversation)
                .where(Conversation.ref == ref, Conversation.status == ACTIVE, Conversation.agent_id == agent_id)
                .values(status=BOT, agent_id=None, waiting_since=None, claimed_at=None, last_ack_at=None)
            )
            if result.rowcount != 1:
                return None
            conv = s.scalars(select(Conversation).where(Conversation.ref == ref)).one()
            return HandBack(conv.channel, conv.user_id)

    def set_rasa_paused(self, channel: str, user_id: str, paused: bool) -> None:
        with self._tx() as s:
            s.execute(update(Conversation)
                      .where(Conversation.channel == channel, Conversation.user_id == user_id)
                      .values(rasa_paused=paused))

    def add_agent_line(self, ref: str, agent_id: int, text: str,
                       now: dt.datetime | None = None) -> tuple[ConversationState, int] | None:
        """Store an agent's reply if the conversation is this agent's active one; None otherwise."""
        now = now or utcnow()
        with self._tx() as s:
            conv = s.scalars(select(Conversation).where(Conversation.ref == ref)).one_or_none()
            if conv is None or conv.status != ACTIVE or conv.agent_id != agent_id:
                return None
            line = TranscriptMessage(conversation_id=conv.id, at=now, channel=conv.channel, sender="agent",
                                     text=text, agent_id=agent_id, delivered=False)
            s.add(line)
            conv.last_message_at = now
            s.flush()
            return _state(conv), line.id

    def add_notice(self, channel: str, user_id: str, text: str | None, payload: dict[str, Any] | None,
                   now: dt.datetime | None = None) -> int:
        """Store a gateway notice (agent joined, bot is back) as undelivered; returns its line id."""
        now = now or utcnow()
        with self._tx() as s:
            conv = _get_or_create(s, channel, user_id, now)
            line = TranscriptMessage(conversation_id=conv.id, at=now, channel=channel, sender="system",
                                     text=text, payload=payload, delivered=False)
            s.add(line)
            s.flush()
            return line.id

    def conversation_key(self, ref: str) -> tuple[str, str]:
        with self._tx() as s:
            conv = s.scalars(select(Conversation).where(Conversation.ref == ref)).one_or_none()
            if conv is None:
                raise UnknownConversation(ref)
            return conv.channel, conv.user_id

    def undelivered(self, channel: str, user_id: str) -> list[StoredLine]:
        """Pushed lines the viewer has not received yet, oldest first."""
        with self._tx() as s:
            conv = _find(s, channel, user_id)
            if conv is None:
                return []
            rows = s.execute(
                _lines_query().where(TranscriptMessage.conversation_id == conv.id,
                                     TranscriptMessage.delivered.is_(False))
                .order_by(TranscriptMessage.id)
            ).all()
            return [_line(*row) for row in rows]

    def mark_delivered(self, line_ids: Sequence[int]) -> None:
        if not line_ids:
            return
        with self._tx() as s:
            s.execute(update(TranscriptMessage).where(TranscriptMessage.id.in_(list(line_ids)))
                      .values(delivered=True))

    def queue(self, agent_id: int) -> list[QueueEntry]:
        """Conversations waiting for or talking to an agent, longest-waiting first."""
        with self._tx() as s:
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
                           last_viewer_text=_shorten(text), last_viewer_at=at)
                for c, name, text, at in rows
            ]

    def transcript(self, ref: str, limit: int = 500) -> tuple[ConversationState, list[StoredLine]]:
        """The latest ``limit`` lines of a conversation in handoff (others are not the console's business)."""
        with self._tx() as s:
            conv = s.scalars(select(Conversation).where(Conversation.ref == ref)).one_or_none()
            if conv is None or conv.status not in IN_HANDOFF:
                raise UnknownConversation(ref)
            rows = s.execute(
                _lines_query().where(TranscriptMessage.conversation_id == conv.id)
                .order_by(TranscriptMessage.id.desc()).limit(limit)
            ).all()
            return _state(conv), [_line(*row) for row in reversed(rows)]

    def conversation_info(self, ref: str) -> tuple[ConversationState, int | None, str | None]:
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
            return _state(conv), conv.agent_id, name

    # --- agents -------------------------------------------------------------------------------------

    def add_agent(self, username: str, display_name: str, password_hash: str) -> int:
        """Create an account; raises ``ValueError`` when the username is taken."""
        try:
            with self._tx() as s:
                agent = Agent(username=username.lower(), display_name=display_name, password_hash=password_hash)
                s.add(agent)
                s.flush()
                return agent.id
        except IntegrityError as exc:
            raise ValueError("username taken") from exc

    def set_password(self, username: str, password_hash: str) -> bool:
        with self._tx() as s:
            result = s.execute(update(Agent).where(Agent.username == username.lower())
                               .values(password_hash=password_hash))
            if result.rowcount == 1:
                agent_id = s.scalar(select(Agent.id).where(Agent.username == username.lower()))
                s.execute(delete(AgentSession).where(AgentSession.agent_id == agent_id))
            return result.rowcount == 1

    def set_disabled(self, username: str, disabled: bool) -> bool:
        with self._tx() as s:
            result = s.execute(update(Agent).where(Agent.username == username.lower()).values(disabled=disabled))
            if disabled and result.rowcount == 1:
                agent_id = s.scalar(select(Agent.id).where(Agent.username == username.lower()))
                s.execute(delete(AgentSession).where(AgentSession.agent_id == agent_id))
            return result.rowcount == 1

    def agent_by_username(self, username: str) -> AgentRecord | None:
        with self._tx() as s:
            agent = s.scalars(select(Agent).where(Agent.username == username.lower())).one_or_none()
            return _agent(agent) if agent is not None else None

    def list_agents(self) -> list[AgentRecord]:
        with self._tx() as s:
            return [_agent(a) for a in s.scalars(select(Agent).order_by(Agent.username))]

    def has_active_agents(self) -> bool:
        with self._tx() as s:
            return s.scalar(select(func.count()).select_from(Agent).where(Agent.disabled.is_(False))) > 0

    # --- console sessions ---------------------------------------------------------------------------

    def create_session(self, token_hash: str, agent_id: int, expires_at: dt.datetime) -> None:
        with self._tx() as s:
            s.add(AgentSession(token_hash=token_hash, agent_id=agent_id, expires_at=expires_at))

    def session_agent(self, token_hash: str, idle: dt.timedelta, touch_every: dt.timedelta,
                      now: dt.datetime | None = None) -> AgentRecord | None:
        """The agent of a live session, or None (unknown, expired, idle too long, account disabled)."""
        now = now or utcnow()
        with self._tx() as s:
            row = s.execute(
                select(AgentSession, Agent).join(Agent, Agent.id == AgentSession.agent_id)
                .where(AgentSession.token_hash == token_hash)
            ).one_or_none()
            if row is None:
                return None
            sess, agent = row
            if sess.expires_at <= now or sess.last_seen_at + idle <= now or agent.disabled:
                s.delete(sess)
                return None
            if sess.last_seen_at + touch_every <= now:
                sess.last_seen_at = now
            return _agent(agent)

    def delete_session(self, token_hash: str) -> None:
        with self._tx() as s:
            s.execute(delete(AgentSession).where(AgentSession.token_hash == token_hash))

    def purge_expired_sessions(self, now: dt.datetime | None = None) -> None:
        with self._tx() as s:
            s.execute(delete(AgentSession).where(AgentSession.expires_at <= (now or utcnow())))

    # --- sign-in throttling -------------------------------------------------------------------------

    def failures_since(self, key: str, ip_key: str, since: dt.datetime) -> tuple[int, int, dt.datetime | None]:
        """(failures for this username+address, failures from this address, oldest relevant failure)."""
        with self._tx() as s:
            by_key, oldest = s.execute(
                select(func.count(), func.min(LoginFailure.at))
                .where(LoginFailure.key == key, LoginFailure.at > since)
            ).one()
            by_ip = s.scalar(select(func.count()).where(LoginFailure.ip_key == ip_key, LoginFailure.at > since))
            return int(by_key), int(by_ip or 0), oldest

    def add_failure(self, key: str, ip_key: str, now: dt.datetime, forget_before: dt.datetime) -> None:
        with self._tx() as s:
            s.execute(delete(LoginFailure).where(LoginFailure.at <= forget_before))
            s.add(LoginFailure(key=key, ip_key=ip_key, at=now))

    def clear_failures(self, key: str) -> None:
        with self._tx() as s:
            s.execute(delete(LoginFailure).where(LoginFailure.key == key))


# --- helpers ----------------------------------------------------------------------------------------


def _find(s: Session, channel: str, user_id: str) -> Conversation | None:
    return s.scalars(
        select(Conversation).where(Conversation.channel == channel, Conversation.user_id == user_id)
    ).one_or_none()


def _get_or_create(s: Session, channel: str, user_id: str, now: dt.datetime) -> Conversation:
    """The viewer's conversation row; a concurrent first message from another tab is tolerated."""
    conv = _find(s, channel, user_id)
    if conv is not None:
        return conv
    try:
        with s.begin_nested():
            conv = Conversation(ref=secrets.token_hex(8), channel=channel, user_id=user_id, status=BOT,
                                created_at=now, rasa_paused=False)
            s.add(conv)
    except IntegrityError:
        conv = _find(s, channel, user_id)
        if conv is None:
            raise
    return conv


def _state(conv: Conversation) -> ConversationState:
    return ConversationState(ref=conv.ref, channel=conv.channel, user_id=conv.user_id, status=conv.status,
                             rasa_paused=bool(conv.rasa_paused))


def _lines_query() -> Any:
    return (
        select(TranscriptMessage.id, TranscriptMessage.at, TranscriptMessage.channel, TranscriptMessage.sender,
               TranscriptMessage.text, TranscriptMessage.payload, Agent.display_name,
               TranscriptMessage.delivered)
        .outerjoin(Agent, and_(Agent.id == TranscriptMessage.agent_id))
    )


def _line(id_: int, at: dt.datetime, channel: str, sender: str, text: str | None,
          payload: dict[str, Any] | None, agent_name: str | None, delivered: bool | None) -> StoredLine:
    return StoredLine(id=id_, at=at, channel=channel, sender=sender, text=text, payload=payload,
                      agent_name=agent_name, delivered=delivered)


def _agent(agent: Agent) -> AgentRecord:
    return AgentRecord(id=agent.id, username=agent.username, display_name=agent.display_name,
                       password_hash=agent.password_hash, disabled=bool(agent.disabled))


def _shorten(text: str | None) -> str | None:
    if text is None or len(text) <= LAST_TEXT_CHARS:
        return text
    return text[: LAST_TEXT_CHARS - 1].rstrip() + "…"
