"""The gateway's bus (bot/bus.py): in-process, and over the real Redis at 127.0.0.1:6379 as two gateway
processes would use it (two ``RedisBus`` instances, each with its own connections)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from redis.exceptions import ConnectionError as RedisConnectionError

from bot.bus import LocalBus, RedisBus, make_bus

REDIS_URL = "redis://127.0.0.1:6379/0"
WAIT_S = 5.0


class Inbox:
    """A subscriber that keeps what it hears and reports ``took`` receivers per message."""

    def __init__(self, took: int = 1) -> None:
        self.messages: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.took = took

    async def __call__(self, message: dict[str, Any]) -> int:
        await self.messages.put(message)
        return self.took

    async def next(self) -> dict[str, Any]:
        return await asyncio.wait_for(self.messages.get(), WAIT_S)


@pytest.fixture
def topic() -> str:
    return f"test:{uuid.uuid4().hex}"  # Redis is shared: a channel of this test's own


@pytest.fixture
async def buses() -> AsyncIterator[tuple[RedisBus, RedisBus]]:
    pair = (RedisBus(REDIS_URL), RedisBus(REDIS_URL))
    for bus in pair:
        await bus.start()
    yield pair
    for bus in pair:
        await bus.close()


async def test_local_bus_counts_what_its_handlers_took(topic: str) -> None:
    bus = LocalBus()
    two_tabs, nobody = Inbox(took=2), Inbox(took=0)
    assert await bus.publish(topic, {"n": 1}) == 0
    await bus.subscribe(topic, two_tabs)
    await bus.subscribe(topic, nobody)
    assert await bus.publish(topic, {"n": 2}) == 2
    assert await two_tabs.next() == await nobody.next() == {"n": 2}
    await bus.unsubscribe(topic, two_tabs)
    assert await bus.publish(topic, {"n": 3}) == 0


async def test_a_broken_subscriber_does_not_keep_the_message_from_the_others(topic: str) -> None:
    async def broken(message: dict[str, Any]) -> int:
        raise RuntimeError("boom")

    bus, inbox = LocalBus(), Inbox()
    await bus.subscribe(topic, broken)
    await bus.subscribe(topic, inbox)
    assert await bus.publish(topic, {"n": 1}) == 1
    assert await inbox.next() == {"n": 1}


async def test_redis_carries_a_message_to_the_other_process(buses: tuple[RedisBus, RedisBus], topic: str) -> None:
    one, two = buses
    inbox = Inbox()
    await two.subscribe(topic, inbox)
    assert await one.publish(topic, {"frame": {"type": "bot", "answers": []}}) == 1  # one process listens
    assert await inbox.next() == {"frame": {"type": "bot", "answers": []}}


async def test_redis_counts_processes_that_listen_and_stops_after_unsubscribe(
        buses: tuple[RedisBus, RedisBus], topic: str) -> None:
    one, two = buses
    here, there, there_too = Inbox(), Inbox(), Inbox()
    await one.subscribe(topic, here)
    await two.subscribe(topic, there)
    await two.subscribe(topic, there_too)
    assert await one.publish(topic, {"n": 1}) == 2  # processes, not handlers
    assert [await here.next(), await there.next(), await there_too.next()] == [{"n": 1}] * 3
    await two.unsubscribe(topic, there)
    assert await one.publish(topic, {"n": 2}) == 2  # ``there_too`` still holds the channel
    await two.unsubscribe(topic, there_too)
    await one.unsubscribe(topic, here)
    assert await one.publish(topic, {"n": 3}) == 0  # nobody left: the viewer is offline


async def test_a_gateway_with_an_unreachable_redis_refuses_to_start() -> None:
    bus = make_bus("redis://127.0.0.1:1/0")
    assert isinstance(bus, RedisBus)
    with pytest.raises(RedisConnectionError):
        await bus.start()
    await bus.close()


def test_without_redis_url_the_bus_is_in_process() -> None:
    assert isinstance(make_bus(""), LocalBus)
