"""The handoff store: opens ``DATABASE_URL`` once and bundles the three repositories that share it.

Each concern has its own repository (``conversations``, ``transcripts``, ``agents``); this module only
opens the database with the project's one engine factory (``recommender.catalog.db.make_engine``) and
hands out one session factory to all three.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, inspect, text
from sqlalchemy.orm import sessionmaker

from bot.handoff.agents import Agents
from bot.handoff.conversations import Conversations
from bot.handoff.models import CHANNEL_USER_ID_CHARS, Conversation, HandoffBase
from bot.handoff.transcripts import Transcripts
from recommender.catalog.db import SCHEMA_LOCK_KEY, make_engine

# Columns earlier versions created that inserts would now leave NULL against their NOT NULL constraint.
_OBSOLETE_COLUMNS = {Conversation.__tablename__: ("rasa_paused",)}
# Columns earlier versions created narrower than a raw channel id can be: (table, column) -> characters.
_WIDENED_COLUMNS = {(Conversation.__tablename__, "user_id"): CHANNEL_USER_ID_CHARS}


@dataclass(frozen=True)
class HandoffStore:
    engine: Engine
    conversations: Conversations
    transcripts: Transcripts
    agents: Agents

    @classmethod
    def open(cls, url: str) -> HandoffStore:
        """The store on ``url``, its tables created. Conditional updates read then write, so SQLite
        transactions start IMMEDIATE (see ``make_engine``)."""
        engine = make_engine(url, HandoffBase.metadata, immediate_transactions=True)
        _drop_obsolete_columns(engine)
        widen_columns(engine)
        sessions = sessionmaker(engine, expire_on_commit=False)
        return cls(engine, Conversations(sessions), Transcripts(sessions), Agents(sessions))

    def close(self) -> None:
        self.engine.dispose()


def _drop_obsolete_columns(engine: Engine) -> None:
    """Upgrade a database made before the gateway stopped pausing Rasa (``rasa_paused`` is gone)."""
    inspector = inspect(engine)
    for table, columns in _OBSOLETE_COLUMNS.items():
        present = {c["name"] for c in inspector.get_columns(table)}
        for column in (c for c in columns if c in present):
            with engine.begin() as conn:
                conn.execute(text(f"ALTER TABLE {table} DROP COLUMN {column}"))


def widen_columns(engine: Engine) -> None:
    """Upgrade a PostgreSQL database whose channel-id columns are narrower than ``_WIDENED_COLUMNS``.

    Idempotent: a column already that wide (or wider) is left alone, so every start may call it. It runs
    under the schema advisory lock of ``create_tables``, so gateways starting together alter a column
    once. SQLite does not enforce a VARCHAR length and needs nothing.
    """
    if engine.dialect.name != "postgresql":
        return
    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK_KEY})
        for (table, column), chars in _WIDENED_COLUMNS.items():
            width = conn.execute(text(
                "SELECT character_maximum_length FROM information_schema.columns"
                " WHERE table_schema = current_schema() AND table_name = :t AND column_name = :c"),
                {"t": table, "c": column}).scalar()
            if width is not None and width < chars:
                conn.execute(text(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE VARCHAR({chars})"))
