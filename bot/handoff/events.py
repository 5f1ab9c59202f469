"""Notifications for the agent console's live view (Server-Sent Events), across gateway processes.

Only "conversation X changed" travels here; the console then re-reads the queue or the transcript from
SQL, which stays the single source of truth. Events go through the gateway's bus (``bot.bus``): with
several gateway processes an agent connected to one sees what a viewer did on another. A slow console
cannot stall the gateway: each subscriber has a bounded queue, and one that falls behind gets a single
"resync" instead of a backlog.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from bot.bus import Bus

log = logging.getLogger(__name__)

Event = dict[str, Any]
RESYNC: Event = {"type": "resync"}
CLOSE: Event = {"type": "close"}
TOPIC = "handoff:events"


class AgentEvents:
    """Open console streams of this process; ``publish`` reaches those of every process on the bus.

    Without a bus (tests of one process) events go straight to this process's streams.
    """

    def __init__(self, bus: Bus | None = None, max_backlog: int = 64) -> None:
        self._subscribers: set[asyncio.Queue[Event]] = set()
        self._max_backlog = max_backlog
        self._bus = bus

    async def attach(self) -> None:
        """Start hearing the bus (call once, at start-up)."""
        if self._bus is not None:
            await self._bus.subscribe(TOPIC, self._fan_out)

    def subscribe(self) -> asyncio.Queue[Event]:
        queue: asyncio.Queue[Event] = asyncio.Queue(maxsize=self._max_backlog)
        self._subscribers.add(queue)
        return queue

    def unsubscribe(self, queue: asyncio.Queue[Event]) -> None:
        self._subscribers.discard(queue)

    async def publish(self, event: Event) -> None:
        """Tell every open console; if the bus is away, at least this process's consoles hear it."""
        if self._bus is None:
            await self._fan_out(event)
            return
        try:
            await self._bus.publish(TOPIC, event)
        except Exception:  # a lost hint costs a console a refresh, never the agent's action
            log.warning("agent_event_publish_failed")
            await self._fan_out(event)

    def close_all(self) -> None:
        """Ask every open stream to end (server shutdown), so it does not hold the shutdown up."""
        for queue in list(self._subscribers):
            _offer(queue, CLOSE)

    async def _fan_out(self, event: Event) -> int:
        for queue in list(self._subscribers):
            _offer(queue, event)
        return len(self._subscribers)


def _offer(queue: asyncio.Queue[Event], event: Event) -> None:
    try:
        queue.put_nowait(event)
    except asyncio.QueueFull:
        while not queue.empty():
            queue.get_nowait()
        queue.put_nowait(CLOSE if event is CLOSE else RESYNC)
