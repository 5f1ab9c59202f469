"""Removes idle conversations from Rasa's SQL tracker store (the embedded SQLite default).

Rasa's SQL tracker store keeps every event of every conversation forever: each new session id adds
rows that are never removed. The Redis store of the scale path expires keys by itself
(``record_exp``); this is the SQL counterpart: every conversation whose newest event is older than
``MEDIABOT_CONVERSATION_TTL`` seconds loses all its events, so Rasa starts it afresh if the viewer
ever comes back (their likes and seen titles live in the recommender, not in slots). ``mediabot up``
runs it periodically from the supervisor; ``mediabot purge`` runs it once.

Stdlib only (sqlite3): the table is Rasa's ``events`` (sender_id, timestamp, ...), which Rasa creates
on start; a file without it has nothing to purge.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BUSY_TIMEOUT_S = 10.0  # Rasa may be writing a turn; wait for its lock rather than fail


def purge_idle(db: Path, ttl_s: float, now: float | None = None) -> int:
    """Delete the events of conversations idle for ``ttl_s`` seconds or more; return how many conversations.

    One write transaction: a viewer whose turn lands meanwhile is either purged before it (and starts
    afresh) or kept whole, never half-deleted."""
    cutoff = (time.time() if now is None else now) - ttl_s
    with _connect(db) as conn:
        if conn is None:
            return 0
        conn.execute("BEGIN IMMEDIATE")
        idle = "SELECT sender_id FROM events GROUP BY sender_id HAVING MAX(timestamp) < ?"
        count = conn.execute(f"SELECT COUNT(*) FROM ({idle})", (cutoff,)).fetchone()[0]
        conn.execute(f"DELETE FROM events WHERE sender_id IN ({idle})", (cutoff,))
        conn.execute("COMMIT")
    return int(count)


def conversation_count(db: Path) -> int:
    """How many conversations the store holds (for logs and tests)."""
    with _connect(db) as conn:
        if conn is None:
            return 0
        return int(conn.execute("SELECT COUNT(DISTINCT sender_id) FROM events").fetchone()[0])


@contextmanager
def _connect(db: Path) -> Iterator[sqlite3.Connection | None]:
    """The store's connection, or None when there is no file or Rasa has not created its table yet."""
    if not db.exists():
        yield None
        return
    conn = sqlite3.connect(db, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        has_events = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='events'").fetchone()
        yield conn if has_events else None
    finally:
        conn.close()
