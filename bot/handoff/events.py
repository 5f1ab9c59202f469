"""In-process notifications for the agent console's live view (Server-Sent Events).

Only "conversation X changed" travels here; the console then re-reads the queue or the transcript from
SQL, which stays the single source of truth. A slow console cannot stall the gateway: each subscriber
has a bounded queue, and one that falls behind gets a single "resync" instead of a backlog.
"""

from __future__ import annotations

import asyncio
from typing import Any

Event = dict[str, Any]
RESYNC: Event = {"type": "resync"}
CLOSE: Event = {"type": "close"}


class AgentEvents:
    def __init__(self, max_backlog: int = 64) -> None:
        self._subscribers: set[asyncio.Queue[Event]] = set()
        self._max_backlog = max_backlog

    def subscribe(self) -> asyncio.Queue[Event]:
        queue: asyncio.Queue[Event] = asyncio.Queue(maxsize=self._max_backlog)
        self._subscribers.add(queue)
        return queue

    def unsubscribe(self, queue: asyncio.Queue[Event]) -> None:
        self._subscribers.discard(queue)

    def publish(self, event: Event) -> None:
        for queue in list(self._subscribers):
            _offer(queue, event)

    def close_all(self) -> None:
        """Ask every open stream to end (server shutdown), so it does not hold the shutdown up."""
        for queue in list(self._subscribers):
            _offer(queue, CLOSE)


def _offer(queue: asyncio.Queue[Event], event: Event) -> None:
    try:
        queue.put_nowait(event)
    except asyncio.QueueFull:
        while not queue.empty():
            queue.get_nowait()
        queue.put_nowait(CLOSE if event is CLOSE else RESYNC)
