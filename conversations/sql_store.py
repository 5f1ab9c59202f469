"""Rasa's SQL tracker store, bounded and fast: the embedded default (SQLite) and PostgreSQL.

Same table and rows as ``rasa.core.tracker_store.SQLTrackerStore`` (the purge job, the privacy erase and
Rasa's HTTP API read it as before), with four changes:
- events are decoded through ``conversations.events`` instead of Rasa's per-event class search;
- a session longer than ``max_events`` is rewritten as its compacted form (``conversations.compaction``)
  in one transaction that also deletes the conversation's older rows, so neither a turn nor the table
  grows with the length of a conversation;
- the conversations of the last turns stay decoded between turns (``conversations.cache``), checked
  against the rows' fingerprint on every retrieve, so a turn usually reads one count instead of its events;
- on SQLite the file runs in WAL mode with ``synchronous=NORMAL``: a turn's commit no longer waits for
  two fsyncs (a power cut may lose the last turns, never corrupt the file).

endpoints.yml names it: ``tracker_store: {type: conversations.sql_store.ConversationSQLStore, ...}``;
``max_events`` defaults to ``MEDIABOT_CONVERSATION_MAX_EVENTS``.
"""

from __future__ import annotations

import json
import logging
from typing import Any, Optional, Text

import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import QueuePool
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker

from contract.settings import env
from conversations.cache import Fingerprint, TrackerCache
from conversations.compaction import compacted_tracker
from conversations.events import decode_events

log = logging.getLogger(__name__)


def max_events_setting() -> int:
    return int(env("MEDIABOT_CONVERSATION_MAX_EVENTS"))


class ConversationSQLStore(SQLTrackerStore):
    """``SQLTrackerStore`` with cached event decoding, bounded sessions and SQLite in WAL mode."""

    def __init__(self, *args: Any, max_events: Optional[int] = None, cache_size: Optional[int] = None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.max_events = max_events_setting() if max_events is None else int(max_events)
        self.cache = TrackerCache(int(env("MEDIABOT_CONVERSATION_CACHE")) if cache_size is None else int(cache_size))
        if self.engine.dialect.name == "sqlite":
            self._keep_sqlite_connection_open()

    def _keep_sqlite_connection_open(self) -> None:
        """SQLAlchemy 1.4 opens and closes a SQLite file's connection for every session (NullPool); closing
        the last connection of a WAL database checkpoints it, which cost about a tenth of a turn. Rasa calls
        the store from its event loop's thread only, so one pooled connection serves every turn."""
        url = self.engine.url
        self.engine.dispose()
        # A pooled connection is handed to one session at a time; Sanic may start the loop in a new thread.
        self.engine = sa.create_engine(url, poolclass=QueuePool, pool_size=1, max_overflow=4,
                                       connect_args={"check_same_thread": False})
        sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        self.sessionmaker = sessionmaker(bind=self.engine)

    async def _retrieve(self, sender_id: Text, fetch_events_from_all_sessions: bool) -> Optional[DialogueStateTracker]:
        with self.session_scope() as session:
            fingerprint = self._fingerprint(session, sender_id)
            if not fetch_events_from_all_sessions:
                kept = self.cache.get(sender_id, fingerprint)
                if kept is not None:
                    return kept
            rows = self._event_query(session, sender_id,
                                     fetch_events_from_all_sessions=fetch_events_from_all_sessions).all()
            dumps = [json.loads(row.data) for row in rows]
        if not self.domain or not dumps:
            return None
        tracker = DialogueStateTracker.from_events(sender_id, decode_events(dumps), self.domain.slots)
        if not fetch_events_from_all_sessions:
            self.cache.put(tracker, fingerprint)
        return tracker

    async def save(self, tracker: DialogueStateTracker) -> None:
        compacted = compacted_tracker(tracker, self.domain.slots, self.max_events)
        if compacted is not tracker:
            await self._save_compacted(tracker, compacted)
            return
        stored = self.cache.saved_events(tracker)
        fingerprint = self.cache.fingerprint_of(tracker.sender_id)
        if stored is None or fingerprint is None:  # not the tracker kept here: Rasa's way (count, add the rest)
            await super().save(tracker)
            self._keep(tracker)
            return
        await self.stream_events(tracker)
        rows = [self._values(tracker.sender_id, event) for event in list(tracker.events)[stored:]]
        last_id = fingerprint[1]
        insert = self.SQLEvent.__table__.insert()
        with self.engine.begin() as conn:  # Core inserts: the ORM's unit of work cost more than the rows
            for row in rows:
                last_id = conn.execute(insert, row).inserted_primary_key[0]
        # The fingerprint read when this turn began, moved on by what this save added.
        self._keep(tracker, (fingerprint[0] + len(rows), int(last_id)))

    async def _save_compacted(self, tracker: DialogueStateTracker, compacted: DialogueStateTracker) -> None:
        """Replace the conversation's rows by its compacted session (one transaction)."""
        await self.stream_events(tracker)
        with self.session_scope() as session:
            session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == tracker.sender_id).delete(
                synchronize_session=False)
            session.add_all(self._row(tracker.sender_id, event) for event in compacted.events)
            session.commit()
        self.cache.drop(tracker.sender_id)  # the next turn reads the compacted session back once
        log.debug("conversation_compacted", extra={"events_before": len(tracker.events),
                                                   "events_after": len(compacted.events)})

    def _keep(self, tracker: DialogueStateTracker, fingerprint: Optional[Fingerprint] = None) -> None:
        """Keep the saved tracker for the next turn, unless it spans several sessions (a retrieve returns
        only the latest one)."""
        if any(isinstance(event, SessionStarted) for event in list(tracker.events)[2:]):
            self.cache.drop(tracker.sender_id)
            return
        if fingerprint is None:
            with self.session_scope() as session:
                fingerprint = self._fingerprint(session, tracker.sender_id)
        self.cache.put(tracker, fingerprint)

    def _fingerprint(self, session: Any, sender_id: str) -> Fingerprint:
        count, last_id = session.execute(_FINGERPRINT, {"sender": sender_id}).one()
        return int(count or 0), int(last_id or 0)

    def _row(self, sender_id: str, event: Any) -> Any:
        return self.SQLEvent(**self._values(sender_id, event))

    @staticmethod
    def _values(sender_id: str, event: Any) -> dict[str, Any]:
        data = event.as_dict()
        return {"sender_id": sender_id, "type_name": event.type_name, "timestamp": data.get("timestamp"),
                "intent_name": data.get("parse_data", {}).get("intent", {}).get("name"),
                "action_name": data.get("name"), "data": json.dumps(data)}


# One indexed query (Rasa indexes events.sender_id); plain SQL, as the ORM's query building cost more.
_FINGERPRINT = sa.text("SELECT COUNT(*), MAX(id) FROM events WHERE sender_id = :sender")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=5000")
    finally:
        cursor.close()
