"""The SQL store on a real SQLite file and on the real PostgreSQL: same conversation back, bounded rows."""

from __future__ import annotations

import asyncio
import sqlite3
import uuid
from pathlib import Path
from typing import Iterator

import pytest
import sqlalchemy as sa
from conftest import conversation, search_turn
from rasa.shared.core.trackers import DialogueStateTracker

from conversations.sql_store import ConversationSQLStore

POSTGRES = dict(dialect="postgresql", host="127.0.0.1", port=5432, db="test", username="postgres")


def _save_turn_by_turn(store: ConversationSQLStore, domain, turns: int) -> DialogueStateTracker:
    """What Rasa does each turn: read the conversation back, add the turn's events, save it."""
    sender = f"viewer-{uuid.uuid4().hex}"
    asyncio.run(store.save(DialogueStateTracker.from_events(sender, list(conversation(domain, 1).events),
                                                            domain.slots)))
    for n in range(1, turns):
        tracker = asyncio.run(store.retrieve(sender))
        for event in search_turn(n, ["comedy", "drama", "crime"][n % 3]):
            tracker.update(event)
        asyncio.run(store.save(tracker))
    return asyncio.run(store.retrieve(sender))


@pytest.fixture
def sqlite_store(tmp_path: Path, domain) -> ConversationSQLStore:
    return ConversationSQLStore(domain, dialect="sqlite", db=str(tmp_path / "conversations.db"), max_events=40)


@pytest.fixture
def postgres_store(domain) -> Iterator[ConversationSQLStore]:
    try:
        store = ConversationSQLStore(domain, max_events=40, **POSTGRES)
    except Exception as exc:  # noqa: BLE001 - any connection failure means "no server here"
        pytest.skip(f"PostgreSQL not reachable on 127.0.0.1:5432 ({exc.__class__.__name__})")
    yield store
    store.engine.dispose()


def _rows(store: ConversationSQLStore, sender: str) -> int:
    with store.engine.connect() as conn:
        return conn.execute(sa.text("SELECT COUNT(*) FROM events WHERE sender_id = :s"), {"s": sender}).scalar()


@pytest.mark.parametrize("store_name", ["sqlite_store", "postgres_store"])
def test_a_long_conversation_comes_back_with_its_slots_and_bounded_rows(store_name: str, request, domain) -> None:
    store = request.getfixturevalue(store_name)
    tracker = _save_turn_by_turn(store, domain, turns=30)
    assert tracker.get_slot("genres") == ["crime"] and tracker.get_slot("audience") == "family"  # turn 29
    assert tracker.get_slot("shown_ids") == ["s29", "s129"]
    assert len(tracker.events) <= 40 + len(search_turn(0, "x"))
    assert _rows(store, tracker.sender_id) == len(tracker.events)  # older rows deleted with the compaction


def test_a_short_conversation_is_stored_as_rasa_stores_it(sqlite_store: ConversationSQLStore, domain) -> None:
    tracker = _save_turn_by_turn(sqlite_store, domain, turns=3)
    assert [_untimed(e) for e in tracker.events] == [_untimed(e) for e in _expected(domain, 3)]


def test_the_sqlite_file_runs_in_wal_mode(sqlite_store: ConversationSQLStore, domain) -> None:
    _save_turn_by_turn(sqlite_store, domain, turns=1)
    db = sqlite_store.engine.url.database
    assert sqlite3.connect(db).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def _untimed(event) -> dict:
    return {k: v for k, v in event.as_dict().items() if k != "timestamp"}


def _expected(domain, turns: int) -> list:
    events = list(conversation(domain, 1).events)
    for n in range(1, turns):
        events += search_turn(n, ["comedy", "drama", "crime"][n % 3])
    return events


def test_a_conversation_erased_behind_the_stores_back_is_gone(sqlite_store: ConversationSQLStore, domain) -> None:
    tracker = _save_turn_by_turn(sqlite_store, domain, turns=3)
    with sqlite_store.engine.begin() as conn:  # what the purge job and the privacy erase do
        conn.execute(sa.text("DELETE FROM events WHERE sender_id = :s"), {"s": tracker.sender_id})
    assert asyncio.run(sqlite_store.retrieve(tracker.sender_id)) is None


def test_a_turn_that_failed_before_saving_leaves_nothing_behind(sqlite_store: ConversationSQLStore, domain) -> None:
    tracker = _save_turn_by_turn(sqlite_store, domain, turns=3)
    before = len(tracker.events)
    tracker.update(search_turn(99, "horror")[0])  # Rasa added the viewer's message, then the turn failed
    again = asyncio.run(sqlite_store.retrieve(tracker.sender_id))
    assert len(again.events) == before and again.get_slot("genres") == ["crime"]


def test_another_process_writing_the_conversation_is_seen(tmp_path: Path, domain) -> None:
    db = str(tmp_path / "conversations.db")
    first, second = (ConversationSQLStore(domain, dialect="sqlite", db=db, max_events=40) for _ in range(2))
    tracker = _save_turn_by_turn(first, domain, turns=2)
    other = asyncio.run(second.retrieve(tracker.sender_id))
    for event in search_turn(7, "horror"):
        other.update(event)
    asyncio.run(second.save(other))
    assert asyncio.run(first.retrieve(tracker.sender_id)).get_slot("genres") == ["horror"]


def test_the_next_turn_reuses_the_saved_conversation_without_reading_its_rows(sqlite_store, domain) -> None:
    tracker = _save_turn_by_turn(sqlite_store, domain, turns=3)
    for event in search_turn(3, "horror"):
        tracker.update(event)
    asyncio.run(sqlite_store.save(tracker))
    assert asyncio.run(sqlite_store.retrieve(tracker.sender_id)) is tracker


def test_a_long_session_with_too_few_turns_to_cut_is_saved_as_usual(tmp_path: Path, domain) -> None:
    store = ConversationSQLStore(domain, dialect="sqlite", db=str(tmp_path / "c.db"), max_events=5)
    tracker = _save_turn_by_turn(store, domain, turns=3)  # more than 5 events, but nothing before 5 turns
    assert _rows(store, tracker.sender_id) == len(tracker.events)
    assert asyncio.run(store.retrieve(tracker.sender_id)) is tracker  # appended and kept, not rewritten
