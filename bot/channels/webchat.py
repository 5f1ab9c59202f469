"""The in-app web chat: the chat page, its static assets and the ``/ws/chat`` WebSocket (contracts §4).

The browser only ever talks to the gateway; every viewer message goes through the shared
``ConversationRouter`` (so handoff and "Rasa is down" behave the same on every channel). Open sockets
are kept in a ``WebChatHub`` (``app[WEBCHAT_HUB]``) so other modules can push frames — e.g. a human
agent's reply — to all tabs of a session. Every answer reaches the page as its typed payload
(``bot_frame``); the page draws each kind from its fields and words nothing itself.

The edge is guarded (``webchat_limits``, ``webchat_sessions``): the upgrade is refused for a foreign
Origin or past the connection caps; session ids are issued and signed by the server (a hello presents
one and the ``session`` frame says which the socket got); each socket's frames are rate limited.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiohttp import WSCloseCode, WSMsgType, web

from bot import keys, proxies
from bot.channels.webchat_hub import WEBCHAT_HUB, WebChatHub, send_frame
from bot.channels.webchat_limits import ConnectionCaps, TokenBucket, origin_allowed, parse_origins
from bot.channels.webchat_sessions import SessionIds
from bot.channels.webchat_protocol import (
    Feedback,
    FrameError,
    Hello,
    Message,
    bot_frame,
    error_frame,
    feedback_to_rasa,
    is_page_payload,
    parse_frame,
    session_frame,
    typing_frame,
)
from bot.conversation import ConversationKey, typed_text_to_rasa
from contract.settings import Settings
from contract.wording import TYPE_LABELS, WEBCHAT_FRAME_TOO_BIG, WEBCHAT_TOO_FAST, WEBCHAT_TOO_MANY_CHATS

__all__ = ["WEBCHAT_HUB", "WebChatHub", "setup"]

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).resolve().parent.parent / "web" / "static"
CHANNEL = "web"
# Room for 1,000 characters of JSON-escaped emoji plus a payload; bigger frames are abuse: aiohttp
# closes the socket with 1009 (message too big), after ChatSocket said why in an error frame.
MAX_FRAME_BYTES = 64 * 1024
HEARTBEAT_S = 25.0  # detects dead phones/proxies; well under typical 60 s idle timeouts
SERVER_ERROR_TEXT = "Something went wrong on our side. Please try again."
SECRET_FILE = "webchat-session.secret"


@dataclass(frozen=True)
class EdgeGuard:
    """What the socket handler checks before and while a tab talks (built once from settings)."""

    session_ids: SessionIds
    caps: ConnectionCaps
    origins: frozenset[str]
    rate: float
    burst: int


WEBCHAT_EDGE: web.AppKey[EdgeGuard] = web.AppKey("webchat_edge", EdgeGuard)


def edge_guard(settings: Settings) -> EdgeGuard:
    secret = keys.secret(settings.webchat_secret, settings.var_dir / SECRET_FILE)
    return EdgeGuard(SessionIds(secret), ConnectionCaps(settings.webchat_max_per_address,
                                                        settings.webchat_max_connections),
                     parse_origins(settings.webchat_origins), settings.webchat_rate, settings.webchat_burst)
HOST_RE = re.compile(r"[A-Za-z0-9.-]+(:[0-9]{1,5})?|\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?")


def setup(app: web.Application) -> None:
    """Register the page, the static assets and the socket; close open sockets on shutdown."""
    hub = WebChatHub()
    app[WEBCHAT_HUB] = hub
    app[WEBCHAT_EDGE] = edge_guard(app[keys.SETTINGS])
    app.router.add_get("/", index)
    app.router.add_get("/chat/labels", labels)
    app.router.add_get("/ws/chat", chat_socket)
    app.router.add_static("/static/", STATIC_DIR, name="webchat_static")
    app.on_response_prepare.append(_security_headers)
    app.on_shutdown.append(hub.close_all)


async def index(request: web.Request) -> web.FileResponse:
    """The chat page; revalidated on every load so a deploy is picked up at once."""
    response = web.FileResponse(STATIC_DIR / "index.html")
    response.headers["Cache-Control"] = "no-cache"
    return response


async def labels(request: web.Request) -> web.Response:
    """Words the page puts beside catalog data (an item's type), from contract.wording, so the page keeps
    no copy of its own."""
    return web.json_response({"type_labels": TYPE_LABELS}, headers={"Cache-Control": "no-cache"})


async def _security_headers(request: web.Request, response: web.StreamResponse) -> None:
    """The page loads nothing from elsewhere, so a strict CSP costs nothing and blocks injected code."""
    if request.path != "/" and not request.path.startswith("/static/"):
        return
    # 'self' covers same-origin WebSockets in current browsers; the explicit ws(s):// origin is for
    # older ones. The Host header is client-supplied, so only a plain host[:port] is echoed.
    host = request.host
    sockets = f" ws://{host} wss://{host}" if HOST_RE.fullmatch(host) else ""
    response.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        f"connect-src 'self'{sockets}; base-uri 'none'; form-action 'self'; object-src 'none'",
    )
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    if request.path.startswith("/static/"):
        response.headers.setdefault("Cache-Control", "no-cache")


async def chat_socket(request: web.Request) -> web.WebSocketResponse:
    """One browser tab. Frames are handled one at a time so the viewer sees answers in order.

    Refused before the upgrade: a foreign Origin (403), too many sockets from this address or in all
    (429 / 503, with Retry-After).
    """
    edge = request.app[WEBCHAT_EDGE]
    if not origin_allowed(request, edge.origins):
        log.warning("webchat_origin_refused")
        raise web.HTTPForbidden(text="This origin may not open the chat.")
    address = proxies.client_address(request)
    refused = edge.caps.acquire(address)
    if refused is not None:
        log.warning("webchat_connection_refused", extra={"cap": refused})
        status = web.HTTPTooManyRequests if refused == "address" else web.HTTPServiceUnavailable
        raise status(text=WEBCHAT_TOO_MANY_CHATS, headers={"Retry-After": "5"})
    try:
        ws = ChatSocket(heartbeat=HEARTBEAT_S, max_msg_size=MAX_FRAME_BYTES)
        await ws.prepare(request)
        connection = WebChatConnection(request.app, ws, TokenBucket(edge.rate, edge.burst))
        try:
            async for msg in ws:
                if msg.type == WSMsgType.TEXT:
                    await connection.on_text(msg.data)
                elif msg.type == WSMsgType.BINARY:
                    await connection.send(error_frame("Send JSON text frames, not binary."))
        finally:
            connection.close()
    finally:
        edge.caps.release(address)
    return ws


class ChatSocket(web.WebSocketResponse):
    """A chat socket that says why before aiohttp closes it for an oversized frame.

    aiohttp answers a frame over ``max_msg_size`` by closing with a bare 1009, which the page can only
    show as a lost connection; this socket first sends an error frame (code ``too_big``) and names the
    reason in the close frame too.
    """

    async def close(self, *, code: int = WSCloseCode.OK, message: bytes = b"", drain: bool = True) -> bool:
        if code == WSCloseCode.MESSAGE_TOO_BIG and not self.closed:
            log.warning("webchat_frame_too_big", extra={"limit_bytes": MAX_FRAME_BYTES})
            await send_frame(self, error_frame(WEBCHAT_FRAME_TOO_BIG, "too_big"))
            message = message or b"frame too big"
        return await super().close(code=code, message=message, drain=drain)


class WebChatConnection:
    """State of one socket: which session it belongs to, once the tab said hello."""

    def __init__(self, app: web.Application, ws: web.WebSocketResponse, bucket: TokenBucket) -> None:
        self.app = app
        self.ws = ws
        self.hub = app[WEBCHAT_HUB]
        self.session_ids = app[WEBCHAT_EDGE].session_ids
        self.bucket = bucket
        self.session_id: str | None = None

    async def send(self, frame: dict[str, Any]) -> bool:
        return await send_frame(self.ws, frame)

    async def on_text(self, raw: str) -> None:
        """Validate and dispatch one frame; a bad frame gets an error frame, never a closed socket."""
        if not self.bucket.take():
            await self.send(error_frame(WEBCHAT_TOO_FAST, "rate_limited"))
            return
        try:
            frame = parse_frame(raw)
        except FrameError as exc:
            await self.send(error_frame(str(exc)))
            return
        if isinstance(frame, Hello):
            await self.on_hello(frame)
        elif self.session_id is None:
            await self.send(error_frame("Say hello with your session_id first."))
        elif isinstance(frame, Message):
            text = self.rasa_text(frame)
            if text is None:
                await self.send(error_frame("That button is no longer available. Please type your request."))
            else:
                await self.ask_bot(text)
        elif isinstance(frame, Feedback):
            await self.ask_bot(feedback_to_rasa(frame))

    async def on_hello(self, frame: Hello) -> None:
        """Bind the socket to the presented session if its signature checks, else to a new one; say
        which in a ``session`` frame. A repeated hello (same tab, other id) moves the socket."""
        session_id = self.session_ids.confirm(frame.session_id)
        if self.session_id == session_id:
            await self.send(session_frame(session_id))
            return
        if self.session_id is not None:
            self.hub.unregister(self.session_id, self.ws)
        self.session_id = session_id
        self.hub.register(session_id, self.ws)
        log.info("webchat_hello", extra={"tabs": self.hub.connection_count(session_id),
                                         "resumed": session_id == frame.session_id})
        await self.send(session_frame(session_id))
        await self.hub.notify_connected(session_id)

    def rasa_text(self, frame: Message) -> str | None:
        """What Rasa receives: an offered button payload verbatim, otherwise the viewer's words.

        ``None`` when the frame holds only an intent payload the bot never offered (forged, or
        offered before a gateway restart): it is not forwarded.
        """
        assert self.session_id is not None
        payload = frame.payload
        if payload and (is_page_payload(payload) or self.hub.offers.was_offered(self.session_id, payload)):
            return payload
        if frame.text:
            return typed_text_to_rasa(frame.text)
        if payload and not payload.startswith("/"):
            return payload  # a plain-text button payload is just words
        return None

    async def ask_bot(self, text: str) -> None:
        """Typing on, one turn through the router, the bot's answers, typing off."""
        assert self.session_id is not None
        await self.send(typing_frame(True))
        try:
            answers = await self.app[keys.ROUTER].handle(ConversationKey(CHANNEL, self.session_id), text)
        except Exception:  # a bug elsewhere must cost one answer, not the connection
            log.exception("webchat_turn_failed")
            await self.send(error_frame(SERVER_ERROR_TEXT))
        else:
            self.hub.offers.remember(self.session_id, answers)
            await self.send(bot_frame(answers))
        finally:
            await self.send(typing_frame(False))

    def close(self) -> None:
        if self.session_id is not None:
            self.hub.unregister(self.session_id, self.ws)
