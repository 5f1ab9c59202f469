"""Erasing Rasa conversations (bot/erasure.py): in the SQLite tracker store's ``events`` table and in the real
Redis at 127.0.0.1:6379 under Rasa's key format; the reply marker erases only after the turn and is dropped.

The real Rasa writes these stores in tests/integration/test_privacy_stack.py; here the table has Rasa's
SQL tracker store schema (``rasa.core.tracker_store.SQLTrackerStore.SQLEvent``)."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from redis import asyncio as aioredis
from redis.exceptions import ConnectionError as RedisConnectionError

from bot.erasure import REDIS_TRACKER_PREFIX, ConversationEraser, erase_sqlite
from contract.payloads import CONVERSATION_ERASE
from mediabot.stack import REDIS_KEY_PREFIX

REDIS_URL = "redis://127.0.0.1:6379/0"
RASA_EVENTS = """CREATE TABLE events (id INTEGER NOT NULL PRIMARY KEY, sender_id VARCHAR(255) NOT NULL,
  type_name VARCHAR(255) NOT NULL, timestamp FLOAT, intent_name VARCHAR(255), action_name VARCHAR(255), data TEXT)"""
REPLY = [{"recipient_id": "v1a", "custom": {"type": "text", "text": "Done: I deleted 1 like."}}]
MARKER = {"recipient_id": "v1a", "custom": {"type": CONVERSATION_ERASE}}


def store_with(db: Path, *senders: str) -> Path:
    with sqlite3.connect(db) as conn:
        conn.execute(RASA_EVENTS)
        for n, sender in enumerate(senders):
            for kind in ("action", "user", "bot"):
                conn.execute("INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (?, ?, ?, ?)",
                             (sender, kind, 1000.0 + n, json.dumps({"event": kind})))
    return db


def senders_in(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {row[0] for row in conn.execute("SELECT sender_id FROM events")}


async def test_sqlite_erases_every_event_of_the_given_senders_only(tmp_path: Path) -> None:
    db = store_with(tmp_path / "conversations.db", "v1me", "v1mylinked", "v1someone")
    assert await ConversationEraser(sqlite_db=db).erase(["v1me", "v1mylinked", "v1never-talked"]) == 2
    assert senders_in(db) == {"v1someone"}


def test_a_store_rasa_has_not_created_yet_holds_nothing_to_erase(tmp_path: Path) -> None:
    assert erase_sqlite(tmp_path / "missing.db", ["v1me"]) == 0
    sqlite3.connect(tmp_path / "empty.db").close()
    assert erase_sqlite(tmp_path / "empty.db", ["v1me"]) == 0


async def test_the_marker_erases_the_sender_and_is_dropped_from_the_reply(tmp_path: Path) -> None:
    db = store_with(tmp_path / "conversations.db", "v1a", "v1b")
    eraser = ConversationEraser(sqlite_db=db)
    assert await eraser.after_reply("v1a", REPLY + [MARKER]) == REPLY
    assert senders_in(db) == {"v1b"}


async def test_a_reply_without_the_marker_erases_nothing(tmp_path: Path) -> None:
    db = store_with(tmp_path / "conversations.db", "v1a")
    assert await ConversationEraser(sqlite_db=db).after_reply("v1a", REPLY) == REPLY
    assert senders_in(db) == {"v1a"}


def test_the_redis_prefix_is_the_one_rasa_is_configured_with() -> None:
    # Rasa's RedisTrackerStore keys a conversation "<key_prefix>:tracker:<sender id>".
    assert REDIS_TRACKER_PREFIX == f"{REDIS_KEY_PREFIX}:tracker:"


@pytest.fixture
async def redis() -> AsyncIterator[aioredis.Redis]:
    client = aioredis.from_url(REDIS_URL)
    try:
        await client.ping()
    except (RedisConnectionError, OSError) as exc:
        await client.aclose()
        pytest.skip(f"Redis not reachable at {REDIS_URL}: {exc}")
    yield client
    await client.aclose()


async def test_redis_erases_the_conversation_keys_of_the_given_senders_only(redis: aioredis.Redis) -> None:
    me, linked, other = (f"v1test{uuid.uuid4().hex}" for _ in range(3))
    for sender in (me, linked, other):
        await redis.set(REDIS_TRACKER_PREFIX + sender, json.dumps({"events": []}), ex=60)
    eraser = ConversationEraser(redis_url=REDIS_URL)
    try:
        assert await eraser.erase([me, linked]) == 2
    finally:
        await eraser.close()
    assert await redis.exists(REDIS_TRACKER_PREFIX + me, REDIS_TRACKER_PREFIX + linked) == 0
    assert await redis.exists(REDIS_TRACKER_PREFIX + other) == 1
    await redis.delete(REDIS_TRACKER_PREFIX + other)
