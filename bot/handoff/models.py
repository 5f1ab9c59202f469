"""SQL schema of human handoff: conversation state, transcripts, agent accounts and sessions.

Handoff state lives in SQL, not in the gateway's memory, so a restart in the middle of a handoff loses
nothing: the queue, the transcripts and the agents' sessions are read back from the database. The
schema has its own ``DeclarativeBase`` (tables prefixed ``handoff_``) so it can share the catalog's
database without sharing its metadata, and it runs unchanged on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
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
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Conversation states. ``bot``: Rasa answers. ``waiting``: queued for an agent, Rasa paused.
# ``active``: an agent has claimed it and answers.
BOT = "bot"
WAITING = "waiting"
ACTIVE = "active"

# Who wrote a transcript line. ``system`` lines are the gateway's own notices (handoff started, agent
# joined, bot is back) as the viewer saw them.
VIEWER = "viewer"
BOT_SENDER = "bot"
AGENT = "agent"
SYSTEM = "system"


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
    user_id: Mapped[str] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(16), default=BOT, index=True)
    reason: Mapped[str | None] = mapped_column(String(16))  # requested | fallback
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("handoff_agents.id", ondelete="SET NULL"))
    # True while Rasa's tracker is (or may be) paused: the resume is retried until Rasa confirms it.
    rasa_paused: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    waiting_since: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    claimed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_ack_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_message_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class TranscriptMessage(HandoffBase):
    """One line of a transcript: what the viewer said, or one message the viewer was shown.

    ``payload`` keeps the rich parts of a bot message (buttons, custom payloads such as
    recommendations) so the console can show what the viewer saw. ``delivered`` is only set on pushed
    lines (agent replies, notices): False until a channel confirmed delivery, so an offline viewer gets
    them on reconnect or with the next answer.
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
