"""Erasing viewers' conversations from Rasa's tracker store ("delete my data", issue 8 item 6).

Rasa keeps every conversation (each event: what the viewer said, the slots, the titles shown) in its
tracker store under the viewer key the gateway gave it as sender id: a SQLite file by default
(``MEDIABOT_CONVERSATIONS_DB``, Rasa's SQL ``events`` table) or, on the scale path (``REDIS_URL``), one
Redis key per conversation (``mediabot:tracker:<sender>``, mediabot/stack.py configures the prefix).

Why the gateway erases, and why twice:

- Rasa writes a conversation back at the end of each turn, from the copy it loaded at the start: its SQL
  store re-adds every event it no longer finds, its Redis store rewrites the whole key. Rows deleted
  *during* the deleting turn (by the profile API the action calls) come back when that turn ends.
- So ``DELETE /api/profile`` erases the conversations of every linked identity at once (idle ones stay
  erased; a host app's deletion has no turn in flight at all), and the action that deleted the data
  also adds ``ERASE_MARKER`` to its reply. When the gateway that ran the turn receives that reply, Rasa
  has already saved the turn (it answers the REST channel after saving, under the conversation's lock),
  so ``after_reply`` erases the sender's conversation for good and drops the marker; the viewer's next
  message starts a new conversation.

The gateway is the one place that may do this: it names the senders, and Rasa's HTTP API cannot delete
stored events (replacing a tracker's events leaves the SQL rows in place).
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

from aiohttp import web

from bot import keys
from contract.payloads import CONVERSATION_ERASE
from contract.settings import Settings

log = logging.getLogger(__name__)

# Rasa's RedisTrackerStore key: "<key_prefix>:tracker:<sender id>"; mediabot/stack.py sets key_prefix.
REDIS_TRACKER_PREFIX = "mediabot:tracker:"
BUSY_TIMEOUT_S = 10.0  # Rasa may be writing a turn of someone else: wait for its lock rather than fail
ERASE_MARKER = CONVERSATION_ERASE


class ConversationEraser:
    """Deletes every stored event of some sender ids, wherever this deployment's Rasa keeps them."""

    def __init__(self, sqlite_db: Path | None = None, redis_url: str = "") -> None:
        self.sqlite_db = sqlite_db
        self.redis_url = redis_url
        self._redis: Any = None

    @classmethod
    def from_settings(cls, settings: Settings) -> ConversationEraser:
        """Redis when ``REDIS_URL`` is set (Rasa then uses it: mediabot/stack.py), else the SQLite file."""
        if settings.redis_url:
            return cls(redis_url=settings.redis_url)
        return cls(sqlite_db=settings.conversations_db)

    async def erase(self, senders: Sequence[str]) -> int:
        """Delete the conversations of ``senders``; returns how many conversations held events."""
        senders = sorted(set(senders))
        if not senders:
            return 0
        if self.redis_url:
            return await self._erase_redis(senders)
        if self.sqlite_db is None:
            return 0
        return await asyncio.to_thread(erase_sqlite, self.sqlite_db, senders)

    async def after_reply(self, sender: str, messages: list[Any]) -> list[Any]:
        """Rasa's reply to one turn of ``sender``, without the erase marker; when the marker was there,
        the conversation Rasa has just saved is erased first (see the module docstring)."""
        kept = [m for m in messages if not is_erase_marker(m)]
        if len(kept) == len(messages):
            return messages
        try:
            await self.erase([sender])
        except Exception:  # the reply still goes out; the conversation then ends at its expiry or purge
            log.exception("conversation_erase_failed")
        else:
            log.info("conversation_erased", extra={"stage": "after_turn"})
        return kept

    async def close(self) -> None:
        if self._redis is not None:
            await self._redis.aclose()
            self._redis = None

    async def _erase_redis(self, senders: Sequence[str]) -> int:
        if self._redis is None:
            from redis import asyncio as aioredis

            self._redis = aioredis.from_url(self.redis_url)
        return int(await self._redis.delete(*(REDIS_TRACKER_PREFIX + s for s in senders)))


def erase_sqlite(db: Path, senders: Sequence[str]) -> int:
    """Delete the senders' rows of Rasa's ``events`` table in one transaction; a file or table Rasa has
    not created yet holds nothing to erase."""
    if not db.exists():
        return 0
    conn = sqlite3.connect(db, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='events'").fetchone() is None:
            return 0
        marks = ",".join("?" * len(senders))
        conn.execute("BEGIN IMMEDIATE")
        held = conn.execute(f"SELECT COUNT(DISTINCT sender_id) FROM events WHERE sender_id IN ({marks})",
                            list(senders)).fetchone()[0]
        conn.execute(f"DELETE FROM events WHERE sender_id IN ({marks})", list(senders))
        conn.execute("COMMIT")
        return int(held)
    finally:
        conn.close()


def is_erase_marker(message: Any) -> bool:
    """Whether one message of Rasa's REST reply is the action's "erase this conversation" marker."""
    custom = message.get("custom") if isinstance(message, dict) else None
    return isinstance(custom, dict) and custom.get("type") == ERASE_MARKER


ERASER: web.AppKey[ConversationEraser] = web.AppKey("conversation_eraser")


def setup(app: web.Application) -> None:
    """One eraser per gateway process: the router erases after a deleting turn, the profile API at once."""
    eraser = ConversationEraser.from_settings(app[keys.SETTINGS])
    app[ERASER] = eraser
    app[keys.ROUTER].after_reply = eraser.after_reply

    async def _close(app: web.Application) -> AsyncIterator[None]:
        yield
        await eraser.close()

    app.cleanup_ctx.append(_close)
