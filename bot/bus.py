"""The gateway's message bus: how one gateway process tells the others (and itself) that something happened.

Two things must reach whichever gateway process holds the right connection, not only the one that did
the work: "the queue changed" for every open agent console (Server-Sent Events), and an agent's reply
for the viewer's web chat sockets. Behind a load balancer those live in different processes, so they
travel over Redis pub/sub when ``REDIS_URL`` is set; one process (``make run``) uses the in-process bus
and needs no server. Both implement ``Bus``; callers never know which one they have.

``publish`` returns how many receivers took the message: in-process, the sum of what the handlers
report (e.g. tabs that received a frame); over Redis, the subscribed processes (``PUBLISH``'s count). A topic per web chat session means that
count says whether any process holds a socket of that viewer, which is what "delivered live" needs.
Messages are small JSON objects (hints and frames), never the source of truth: that stays in SQL.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from aiohttp import web

log = logging.getLogger(__name__)

Message = dict[str, Any]
# A subscriber: how many receivers it reached (e.g. tabs that got a frame; 0 when it had no use for it).
Handler = Callable[[Message], Awaitable[int]]

REDIS_PREFIX = "mediabot:"
CONTROL_TOPIC = "bus"  # always subscribed, so the reader never waits on a connection with no channels
READ_TIMEOUT_S = 1.0
CONFIRM_TIMEOUT_S = 2.0
RECONNECT_PAUSE_S = 1.0


class Bus(Protocol):
    async def start(self) -> None: ...
    async def publish(self, topic: str, message: Message) -> int: ...
    async def subscribe(self, topic: str, handler: Handler) -> None: ...
    async def unsubscribe(self, topic: str, handler: Handler) -> None: ...
    async def close(self) -> None: ...


class Handlers:
    """Handlers per topic. A list, not a set: subscribing twice needs unsubscribing twice (reference counts)."""

    def __init__(self) -> None:
        self._by_topic: dict[str, list[Handler]] = {}

    def add(self, topic: str, handler: Handler) -> bool:
        """Add; True when it is the topic's first handler."""
        handlers = self._by_topic.setdefault(topic, [])
        handlers.append(handler)
        return len(handlers) == 1

    def remove(self, topic: str, handler: Handler) -> bool:
        """Remove one; True when the topic has no handler left."""
        handlers = self._by_topic.get(topic)
        if not handlers or handler not in handlers:
            return False
        handlers.remove(handler)
        if handlers:
            return False
        del self._by_topic[topic]
        return True

    async def dispatch(self, topic: str, message: Message) -> int:
        taken = 0
        for handler in list(self._by_topic.get(topic, ())):
            try:
                taken += int(await handler(message))
            except Exception:  # one broken subscriber must not keep the message from the others
                log.exception("bus_handler_failed", extra={"topic": topic.split(":", 1)[0]})
        return taken


class LocalBus:
    """One gateway process: handlers run inside ``publish``."""

    def __init__(self) -> None:
        self._handlers = Handlers()

    async def start(self) -> None:
        return None

    async def publish(self, topic: str, message: Message) -> int:
        return await self._handlers.dispatch(topic, message)

    async def subscribe(self, topic: str, handler: Handler) -> None:
        self._handlers.add(topic, handler)

    async def unsubscribe(self, topic: str, handler: Handler) -> None:
        self._handlers.remove(topic, handler)

    async def close(self) -> None:
        return None


class RedisBus:
    """Several gateway processes: Redis pub/sub, one connection for publishing, one subscriber connection.

    Channels are subscribed while this process has a handler for them, so Redis counts, for each
    ``PUBLISH``, the processes that care. If Redis goes away the reader waits and redis-py re-subscribes
    on reconnect; publishing raises (callers decide what a lost hint costs).
    """

    def __init__(self, url: str) -> None:
        from redis import asyncio as aioredis

        self._redis = aioredis.from_url(url)
        self._pubsub = self._redis.pubsub()
        self._handlers = Handlers()
        self._reader: asyncio.Task[None] | None = None
        self._confirmations: dict[str, asyncio.Event] = {}

    async def start(self) -> None:
        """Check Redis answers (a wrong ``REDIS_URL`` fails the start, loudly) and start reading."""
        await self._redis.ping()
        await self._pubsub.subscribe(REDIS_PREFIX + CONTROL_TOPIC)
        self._reader = asyncio.create_task(self._read())

    async def publish(self, topic: str, message: Message) -> int:
        return int(await self._redis.publish(REDIS_PREFIX + topic, json.dumps(message, separators=(",", ":"))))

    async def subscribe(self, topic: str, handler: Handler) -> None:
        """Returns once Redis confirmed the subscription, so a publish right after it (replaying what a
        viewer missed when their tab connects) is counted and heard."""
        if not self._handlers.add(topic, handler):
            return
        channel = REDIS_PREFIX + topic
        confirmed = self._confirmations[channel] = asyncio.Event()
        try:
            await self._pubsub.subscribe(channel)
            await asyncio.wait_for(confirmed.wait(), CONFIRM_TIMEOUT_S)
        except TimeoutError:
            log.warning("bus_subscribe_unconfirmed")
        finally:
            self._confirmations.pop(channel, None)

    async def unsubscribe(self, topic: str, handler: Handler) -> None:
        if self._handlers.remove(topic, handler):
            await self._pubsub.unsubscribe(REDIS_PREFIX + topic)

    async def close(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
            try:
                await self._reader
            except asyncio.CancelledError:
                pass
        await self._pubsub.aclose()
        await self._redis.aclose()

    async def _read(self) -> None:
        while True:
            try:
                raw = await self._pubsub.get_message(timeout=READ_TIMEOUT_S)
            except asyncio.CancelledError:
                raise
            except Exception:  # Redis restarted or unreachable: wait, redis-py reconnects and re-subscribes
                log.warning("bus_redis_read_failed")
                await asyncio.sleep(RECONNECT_PAUSE_S)
                continue
            if raw is None:
                continue
            if raw.get("type") == "subscribe":
                confirmed = self._confirmations.get(_text(raw["channel"]))
                if confirmed is not None:
                    confirmed.set()
                continue
            if raw.get("type") != "message":
                continue
            topic = _text(raw["channel"])[len(REDIS_PREFIX):]
            try:
                message = json.loads(raw["data"])
            except ValueError:
                log.warning("bus_bad_message")
                continue
            if isinstance(message, dict):
                await self._handlers.dispatch(topic, message)


def make_bus(redis_url: str) -> Bus:
    """Redis pub/sub when ``REDIS_URL`` is set, the in-process bus otherwise."""
    return RedisBus(redis_url) if redis_url else LocalBus()


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


BUS: web.AppKey[Bus] = web.AppKey("bus", Bus)
