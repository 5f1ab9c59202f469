"""SQL schema of human handoff (conversation state, transcripts, agent accounts and sessions) and the
base of its repositories.

Handoff state lives in SQL, not in the gateway's memory, so a restart in the middle of a handoff loses
nothing: the queue, the transcripts and the agents' sessions are read back from the database. The
schema has its own ``DeclarativeBase`` (tables prefixed ``handoff_``) so it can share the catalog's
database without sharing its metadata, and it runs unchanged on SQLite and PostgreSQL.

Each repository (``conversations``, ``transcripts``, ``agents``) runs every method as one short
transaction and returns plain frozen dataclasses, never ORM objects, so the async service can call it
in a worker thread (``asyncio.to_thread``) without sharing sessions across threads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from bot.conversation import ACTIVE, WAITING  # noqa: F401 - the repositories import them from here
from bot.conversation import WITH_BOT as BOT

# Conversation states (the router's vocabulary). ``bot``: Rasa answers. ``waiting``: queued for an
# agent; nothing reaches Rasa. ``active``: an agent has claimed it and answers.
IN_HANDOFF = (WAITING, ACTIVE)

# Who wrote a transcript line. ``system`` lines are the gateway's own notices (an agent joined) as
# the viewer saw them; ``bot`` lines are Rasa's answers, including the ones to ``/handoff_ended``.
VIEWER = "viewer"
BOT_SENDER = "bot"
AGENT = "agent"
SYSTEM = "system"

# Room for a channel's raw user id. Alexa account ids are about 230 characters (and Amazon documents no
# upper bound below 255); PostgreSQL enforces the length, so a narrower column made every transcript
# write of an Alexa viewer fail. ``bot.handoff.store`` widens columns of databases made before.
CHANNEL_USER_ID_CHARS = 512


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes in Python, naive UTC in the database.

    SQLite has no time zones and returns naive values; storing naive UTC everywhere keeps comparisons
    ("waiting since", "session expired") identical on both databases.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


class HandoffBase(DeclarativeBase):
    pass


class Agent(HandoffBase):
    """A support agent account (created with ``mediabot agent add``)."""

    __tablename__ = "handoff_agents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)  # stored lower-case
    display_name: Mapped[str] = mapped_column(String(64))
    password_hash: Mapped[str] = mapped_column(String(255))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class AgentSession(HandoffBase):
    """A signed-in console session. Only a hash of the cookie's token is stored (a leaked table is useless)."""

    __tablename__ = "handoff_agent_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("handoff_agents.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class LoginFailure(HandoffBase):
    """One failed sign-in, keyed by a hash of (username, client address); drives the rate limit."""

    __tablename__ = "handoff_login_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(64), index=True)
    ip_key: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class Conversation(HandoffBase):
    """One viewer on one channel, with its handoff state.

    ``ref`` is the opaque id the console uses: agents never see the channel's user id (for the web
    chat that is the browser's session id, which would let its holder read the viewer's chat).
    """

    __tablename__ = "handoff_conversations"
    __table_args__ = (UniqueConstraint("channel", "user_id", name="uq_handoff_conversation_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str] = mapped_column(String(32), unique=True)
    channel: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[str] = mapped_column(String(CHANNEL_USER_ID_CHARS))
    status: Mapped[str] = mapped_column(String(16), default=BOT, index=True)
    reason: Mapped[str | None] = mapped_column(String(16))  # requested | fallback
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("handoff_agents.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    waiting_since: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    claimed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_ack_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_message_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class TranscriptMessage(HandoffBase):
    """One line of a transcript: what the viewer said, or one answer the viewer was shown.

    ``payload`` keeps a bot or system answer typed (``contract.payloads.to_custom``), so the console
    renders what the viewer saw; viewer and agent lines keep their words in ``text``. ``delivered`` is
    only set on pushed lines (agent replies, notices, the answers to a hand-back): False until a channel
    confirmed delivery, so an offline viewer gets them on reconnect or with the next answer.
    """

    __tablename__ = "handoff_messages"
    __table_args__ = (
        Index("ix_handoff_messages_conversation", "conversation_id", "id"),
        Index("ix_handoff_messages_pending", "conversation_id", "delivered"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("handoff_conversations.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    channel: Mapped[str] = mapped_column(String(32))
    sender: Mapped[str] = mapped_column(String(16))
    text: Mapped[str | None] = mapped_column(Text)
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("handoff_agents.id", ondelete="SET NULL"))
    delivered: Mapped[bool | None] = mapped_column(Boolean)


class Repository:
    """Base of the handoff repositories: one short transaction per method. Thread-safe (a session each)."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    @contextmanager
    def _tx(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session


class UnknownConversation(LookupError):
    """No conversation with that ``ref`` (or, for the console, none in handoff)."""
