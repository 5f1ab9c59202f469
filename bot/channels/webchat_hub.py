"""Registry of open web chat sockets, per viewer session.

The handoff module (issue 4) needs to push a human agent's reply to a viewer who is not currently
asking anything, possibly open in several tabs. It does that through
``app[WEBCHAT_HUB].push(session_id, bot_frame(answers))`` without knowing anything about WebSockets.
Connect listeners let it replay what a viewer missed while offline (it owns the transcript; the hub
keeps no message history).

Pushes travel over the gateway's bus (``bot.bus``), on one topic per session that a process hears
while it holds a socket of that session: behind a load balancer, an agent's reply handled by one
gateway process reaches the viewer's tab on another. Without a bus the hub uses an in-process one.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import WSCloseCode, web

from bot.bus import Bus, LocalBus, Message
from bot.channels.webchat_protocol import OfferedPayloads, answers_in

log = logging.getLogger(__name__)

ConnectListener = Callable[[str], Awaitable[None]]


class WebChatHub:
    """Open sockets per session id, plus the quick-reply payloads offered to each session."""

    def __init__(self, bus: Bus | None = None) -> None:
        self._sockets: dict[str, set[web.WebSocketResponse]] = {}
        self._connect_listeners: list[ConnectListener] = []
        self._bus: Bus = bus or LocalBus()
        self._listening: set[str] = set()  # sessions whose topic this process hears
        self._pending: set[asyncio.Task[None]] = set()
        self.offers = OfferedPayloads()

    def use_bus(self, bus: Bus) -> None:
        """Switch to the gateway's shared bus (at start-up, before any socket connects)."""
        self._bus = bus

    def register(self, session_id: str, ws: web.WebSocketResponse) -> None:
        self._sockets.setdefault(session_id, set()).add(ws)

    def unregister(self, session_id: str, ws: web.WebSocketResponse) -> None:
        sockets = self._sockets.get(session_id)
        if sockets is None:
            return
        sockets.discard(ws)
        if not sockets:
            del self._sockets[session_id]
            self._stop_listening(session_id)

    def is_connected(self, session_id: str) -> bool:
        """True when at least one tab of this session has an open socket."""
        return bool(self._sockets.get(session_id))

    def open_sessions(self) -> list[str]:
        """Sessions with a tab open in this process."""
        return list(self._sockets)

    def connection_count(self, session_id: str | None = None) -> int:
        if session_id is not None:
            return len(self._sockets.get(session_id, ()))
        return sum(len(s) for s in self._sockets.values())

    async def push(self, session_id: str, frame: dict[str, Any]) -> int:
        """Send ``frame`` to every open tab of ``session_id``, in whichever gateway process it is open.

        Returns how many receivers took it (tabs in this process; processes, over Redis). 0 means the
        viewer is offline: the caller (which owns the transcript) decides what to do, e.g. deliver it
        on the next connect via ``add_connect_listener``.
        """
        return await self._bus.publish(_topic(session_id), {"session_id": session_id, "frame": frame})

    async def _on_push(self, message: Message) -> int:
        session_id, frame = message.get("session_id"), message.get("frame")
        if not isinstance(session_id, str) or not isinstance(frame, dict):
            return 0
        return await self._send_local(session_id, frame)

    async def _send_local(self, session_id: str, frame: dict[str, Any]) -> int:
        """Quick replies in a pushed ``bot`` frame count as offered, so the viewer can click them."""
        self.offers.remember(session_id, answers_in(frame))
        delivered = 0
        for ws in list(self._sockets.get(session_id, ())):
            if await send_frame(ws, frame):
                delivered += 1
            else:
                self.unregister(session_id, ws)
        return delivered

    def add_connect_listener(self, listener: ConnectListener) -> None:
        """Call ``listener(session_id)`` each time a tab says hello (after it is registered)."""
        self._connect_listeners.append(listener)

    async def notify_connected(self, session_id: str) -> None:
        """A tab said hello: hear pushes for its session from now on, then let listeners replay."""
        await self._listen(session_id)
        for listener in list(self._connect_listeners):
            try:
                await listener(session_id)
            except Exception:  # a broken listener must not break the viewer's chat
                log.exception("webchat_connect_listener_failed")

    async def _listen(self, session_id: str) -> None:
        if session_id in self._listening or not self._sockets.get(session_id):
            return
        self._listening.add(session_id)
        await self._bus.subscribe(_topic(session_id), self._on_push)

    def _stop_listening(self, session_id: str) -> None:
        """The last tab went: stop hearing the topic (in the background; ``unregister`` is not async)."""
        if session_id not in self._listening:
            return
        self._listening.discard(session_id)
        task = asyncio.create_task(self._unsubscribe(session_id))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def _unsubscribe(self, session_id: str) -> None:
        try:
            await self._bus.unsubscribe(_topic(session_id), self._on_push)
        except Exception:  # the bus being away must not break closing a tab
            log.warning("webchat_unsubscribe_failed")

    async def close_all(self, app: web.Application | None = None) -> None:
        """Close every socket on shutdown; otherwise open chats keep the server from stopping."""
        for session_id, sockets in list(self._sockets.items()):
            for ws in list(sockets):
                await ws.close(code=WSCloseCode.GOING_AWAY, message=b"server shutdown")
            self._sockets.pop(session_id, None)


def _topic(session_id: str) -> str:
    return f"webchat:{session_id}"


async def send_frame(ws: web.WebSocketResponse, frame: dict[str, Any]) -> bool:
    """Send one JSON frame; False (instead of an exception) when the tab has gone away."""
    if ws.closed:
        return False
    try:
        await ws.send_json(frame)
        return True
    except (ConnectionError, RuntimeError):  # reset by peer / closing transport
        return False


WEBCHAT_HUB: web.AppKey[WebChatHub] = web.AppKey("webchat_hub", WebChatHub)
