"""mediabot.purge: idle conversations leave Rasa's SQLite tracker store whole; active ones stay whole."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mediabot.purge import conversation_count, purge_idle
from mediabot.stack import Conversations
from mediabot.supervisor import conversation_jobs

# The columns of Rasa 3.6's SQLTrackerStore.SQLEvent (rasa/core/tracker_store.py).
EVENTS = ("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255) NOT NULL, type_name VARCHAR(255) "
          "NOT NULL, timestamp FLOAT, intent_name VARCHAR(255), action_name VARCHAR(255), data TEXT)")


def _store(path: Path, events: list[tuple[str, float]]) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute(EVENTS)
        conn.executemany("INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (?, 'user', ?, '{}')",
                         events)
    return path


def test_only_conversations_idle_longer_than_the_ttl_are_removed_all_events_of_them(tmp_path) -> None:
    db = _store(tmp_path / "conversations.db", [("old", 100.0), ("old", 200.0), ("active", 150.0),
                                                ("active", 950.0), ("new", 990.0)])
    assert purge_idle(db, ttl_s=500, now=1000.0) == 1
    with sqlite3.connect(db) as conn:
        kept = conn.execute("SELECT sender_id, COUNT(*) FROM events GROUP BY sender_id ORDER BY 1").fetchall()
    assert kept == [("active", 2), ("new", 1)]  # "active" keeps its old events too: never half a tracker


def test_nothing_to_purge_before_rasa_created_its_store(tmp_path) -> None:
    assert purge_idle(tmp_path / "missing.db", ttl_s=60) == 0
    sqlite3.connect(tmp_path / "empty.db").close()
    assert purge_idle(tmp_path / "empty.db", ttl_s=60) == 0 and conversation_count(tmp_path / "empty.db") == 0


def test_the_supervisor_purges_the_sqlite_store_but_not_redis(tmp_path) -> None:
    db = _store(tmp_path / "conversations.db", [("gone", 0.0)])
    (job,) = conversation_jobs(Conversations(db, ttl_s=3600))
    assert job.every_s == 900  # a quarter of the TTL when that is under an hour
    assert job.run() == "purged 1 conversations idle for 3600 s or more" and conversation_count(db) == 0
    assert conversation_jobs(Conversations(db, ttl_s=3600, redis_url="redis://127.0.0.1:6379/0")) == []
