"""The conversation lock on the real Redis: one turn at a time, a dead holder's lock expires, nobody
releases someone else's lock."""

from __future__ import annotations

import asyncio
import uuid

import pytest
import redis
from rasa.core.lock_store import LockError
from rasa.utils.endpoints import EndpointConfig

from conversations.redis_lock import ConversationRedisLockStore


@pytest.fixture
def store() -> ConversationRedisLockStore:
    try:
        redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("Redis not reachable on 127.0.0.1:6379")
    # built the way Rasa builds a custom lock store: from its endpoint config
    return ConversationRedisLockStore(EndpointConfig(url="127.0.0.1", port=6379, db=0, key_prefix="mediabottest"))


def test_turns_of_one_conversation_run_one_at_a_time(store: ConversationRedisLockStore) -> None:
    conversation, inside, overlaps = uuid.uuid4().hex, [], []

    async def turn() -> None:
        async with store.lock(conversation, lock_lifetime=5):
            inside.append(1)
            overlaps.append(len(inside))
            await asyncio.sleep(0.05)
            inside.pop()

    async def main() -> None:
        await asyncio.gather(*(turn() for _ in range(5)))

    asyncio.run(main())
    assert overlaps == [1, 1, 1, 1, 1]
    assert store.red.get(store.key_prefix + conversation) is None  # released


def test_a_dead_holders_lock_expires(store: ConversationRedisLockStore) -> None:
    conversation = uuid.uuid4().hex
    store.red.set(store.key_prefix + conversation, "a worker that died", px=200)

    async def turn() -> str:
        async with store.lock(conversation, lock_lifetime=1):
            return "served"

    assert asyncio.run(turn()) == "served"


def test_a_lock_held_past_its_lifetime_is_not_released_by_the_late_turn(store: ConversationRedisLockStore) -> None:
    conversation = uuid.uuid4().hex

    async def slow_then_other() -> bytes:
        async with store.lock(conversation, lock_lifetime=0.1):
            await asyncio.sleep(0.2)  # the lock expired meanwhile and another worker took it
            store.red.set(store.key_prefix + conversation, "other worker", px=5000)
        return store.red.get(store.key_prefix + conversation)

    assert asyncio.run(slow_then_other()) == b"other worker"


def test_waiting_longer_than_a_lifetime_is_an_error(store: ConversationRedisLockStore) -> None:
    conversation = uuid.uuid4().hex
    store.red.set(store.key_prefix + conversation, "stuck", px=5000)

    async def turn() -> None:
        async with store.lock(conversation, lock_lifetime=0.1):
            pass

    with pytest.raises(LockError):
        asyncio.run(turn())
