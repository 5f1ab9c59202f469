"""Registry of open web chat sockets, per viewer session.

The handoff module (issue 4) needs to push a human agent's reply to a viewer who is not currently
asking anything, possibly open in several tabs. It does that through
``app[WEBCHAT_HUB].push(session_id, bot_frame(answers))`` without knowing anything about WebSockets.
Connect listeners let it replay what a viewer missed while offline (it owns the transcript; the hub
keeps no message history).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import WSCloseCode, web

from bot.channels.webchat_protocol import OfferedPayloads, answers_in

log = logging.getLogger(__name__)

ConnectListener = Callable[[str], Awaitable[None]]


class WebChatHub:
    """Open sockets per session id, plus the quick-reply payloads offered to each session."""

    def __init__(self) -> None:
        self._sockets: dict[str, set[web.WebSocketResponse]] = {}
        self._connect_listeners: list[ConnectListener] = []
        self.offers = OfferedPayloads()

    def register(self, session_id: str, ws: web.WebSocketResponse) -> None:
        self._sockets.setdefault(session_id, set()).add(ws)

    def unregister(self, session_id: str, ws: web.WebSocketResponse) -> None:
        sockets = self._sockets.get(session_id)
        if sockets is None:
            return
        sockets.discard(ws)
        if not sockets:
            del self._sockets[session_id]

    def is_connected(self, session_id: str) -> bool:
        """True when at least one tab of this session has an open socket."""
        return bool(self._sockets.get(session_id))

    def connection_count(self, session_id: str | None = None) -> int:
        if session_id is not None:
            return len(self._sockets.get(session_id, ()))
        return sum(len(s) for s in self._sockets.values())

    async def push(self, session_id: str, frame: dict[str, Any]) -> int:
        """Send ``frame`` to every open tab of ``session_id``; return how many received it.

        0 means the viewer is offline: the caller (which owns the transcript) decides what to do,
        e.g. deliver it on the next connect via ``add_connect_listener``. Quick replies in a pushed
        ``bot`` frame count as offered, so the viewer can click them like any other quick reply.
        """
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
        for listener in list(self._connect_listeners):
            try:
                await listener(session_id)
            except Exception:  # a broken listener must not break the viewer's chat
                log.exception("webchat_connect_listener_failed")

    async def close_all(self, app: web.Application | None = None) -> None:
        """Close every socket on shutdown; otherwise open chats keep the server from stopping."""
        for session_id, sockets in list(self._sockets.items()):
            for ws in list(sockets):
                await ws.close(code=WSCloseCode.GOING_AWAY, message=b"server shutdown")
            self._sockets.pop(session_id, None)


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
