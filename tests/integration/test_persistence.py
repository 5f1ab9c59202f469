"""Conversations survive a Rasa restart and idle ones are removed, on real stacks of their own:

- the embedded default (`make run`): Rasa's SQL tracker store on a SQLite file; the purge of
  ``mediabot up`` (``mediabot.purge``) deletes idle conversations and the viewer starts afresh;
- the scale path: catalog and transcripts on PostgreSQL, conversations and their locks in Redis, two
  Rasa workers (skipped, saying why, only when PostgreSQL or Redis does not answer).

"Still there" is shown the way a viewer sees it: a follow-up that only makes sense with the earlier
search ("make it a crime show" after "korean series") keeps the language slot from before the restart.
Both stacks compact a conversation past a small bound (``COMPACT_AFTER`` events), so a long conversation
shows that compaction keeps the search and bounds what is stored.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from chat import Turn, WebChat
from scale_stack import scale_stack
from servers import Stack
from servers import start_stack as start_test_stack

from mediabot.purge import conversation_count, purge_idle
from mediabot.stack import restart_rasa

pytestmark = pytest.mark.integration

COMPACT_AFTER = 40  # events; the default is larger, this makes a dozen turns cross it several times
# A test types far faster than a person: the web chat's per-socket rate limit is lifted.
COMPACTING = {"MEDIABOT_CONVERSATION_MAX_EVENTS": str(COMPACT_AFTER),
              "MEDIABOT_WEBCHAT_RATE": "1000", "MEDIABOT_WEBCHAT_BURST": "1000"}


def _languages(turn: Turn) -> list[str]:
    assert turn.recommendations is not None, turn.text
    return list(turn.recommendations["constraints"].get("languages") or [])


async def _search_then_restart_then_refine(stack: Stack) -> Turn:
    """The viewer's tab is reloaded after the restart (same session), as a page left open would be."""
    async with WebChat(stack.gateway_url) as chat:
        assert _languages(await chat.say("korean series")) == ["ko"]
        session_id = chat.session_id
    await asyncio.to_thread(restart_rasa, stack)
    async with WebChat(stack.gateway_url, session_id=session_id) as chat:
        return await chat.say("make it a crime show")


@pytest.fixture(scope="module")
def sqlite_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    with start_test_stack(Path(tmp_path_factory.mktemp("persist-sqlite")), env=COMPACTING) as stack:
        yield stack


async def test_slots_survive_a_rasa_restart_on_the_embedded_sqlite_store(sqlite_stack: Stack) -> None:
    assert not sqlite_stack.store.on_redis
    turn = await _search_then_restart_then_refine(sqlite_stack)
    assert _languages(turn) == ["ko"] and "crime" in turn.recommendations["constraints"]["genres"]
    assert conversation_count(sqlite_stack.store.sqlite_db) >= 1


async def _long_conversation_then_refine(stack: Stack) -> Turn:
    """A search, a dozen turns that keep it, then a refinement that only makes sense with it."""
    async with WebChat(stack.gateway_url) as chat:
        assert _languages(await chat.say("korean series")) == ["ko"]
        for _ in range(12):
            await chat.say("show me something else")
        return await chat.say("make it a crime show")


async def test_a_long_conversation_keeps_its_search_and_bounded_rows_on_sqlite(sqlite_stack: Stack) -> None:
    turn = await _long_conversation_then_refine(sqlite_stack)
    assert _languages(turn) == ["ko"] and "crime" in turn.recommendations["constraints"]["genres"]
    with sqlite3.connect(sqlite_stack.store.sqlite_db) as conn:
        most = conn.execute("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM events GROUP BY sender_id)").fetchone()[0]
    assert most <= COMPACT_AFTER + 30  # the bound plus one turn's events: older rows went with each compaction


async def test_a_purged_idle_conversation_starts_afresh(sqlite_stack: Stack) -> None:
    db = sqlite_stack.store.sqlite_db
    async with WebChat(sqlite_stack.gateway_url) as chat:
        assert _languages(await chat.say("korean series")) == ["ko"]
        assert purge_idle(db, ttl_s=3600) == 0  # just used: kept
        assert purge_idle(db, ttl_s=3600, now=time.time() + 2 * 3600) >= 1  # two hours later: idle
        assert conversation_count(db) == 0
        turn = await chat.say("make it a crime show")
    assert _languages(turn) == []  # the earlier search is gone with the conversation


@pytest.fixture(scope="module")
def on_redis(tmp_path_factory: pytest.TempPathFactory, postgres_schemas: Any) -> Iterator[Stack]:
    with scale_stack(Path(tmp_path_factory.mktemp("persist-scale")), postgres_schemas, env=COMPACTING) as stack:
        yield stack


async def test_a_long_conversation_keeps_its_search_on_redis(on_redis: Stack) -> None:
    turn = await _long_conversation_then_refine(on_redis)
    assert _languages(turn) == ["ko"] and "crime" in turn.recommendations["constraints"]["genres"]


async def test_slots_survive_a_rasa_restart_on_postgresql_and_redis(on_redis: Stack) -> None:
    assert on_redis.store.on_redis and on_redis.store.rasa_workers == 2
    turn = await _search_then_restart_then_refine(on_redis)
    assert _languages(turn) == ["ko"] and "crime" in turn.recommendations["constraints"]["genres"]
