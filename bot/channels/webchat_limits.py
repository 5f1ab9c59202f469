"""Limits at the web chat's edge: who may open a socket, how many, and how fast each may talk.

- Origin: a browser always sends ``Origin`` on a WebSocket upgrade; a page on another site must not be
  able to open a chat in the viewer's name (cross-site WebSocket hijacking), so only the page's own
  origin and the configured ``MEDIABOT_WEBCHAT_ORIGINS`` are accepted. Clients that are not browsers
  send no Origin and are not affected (they could forge one anyway).
- Connections: at most ``MEDIABOT_WEBCHAT_MAX_PER_ADDRESS`` open sockets per client address (see
  ``bot.proxies``) and ``MEDIABOT_WEBCHAT_MAX_CONNECTIONS`` per process, so one client cannot exhaust
  the gateway's file descriptors or memory.
- Rate: each socket has a token bucket (``MEDIABOT_WEBCHAT_RATE`` per second, bursts of
  ``MEDIABOT_WEBCHAT_BURST``); a frame beyond it gets an error frame and is dropped, the socket stays.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from aiohttp import web

Clock = Callable[[], float]


def _origin(value: str) -> str:
    parts = urlsplit(value.strip())
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def parse_origins(spec: str) -> frozenset[str]:
    return frozenset(_origin(o) for o in spec.split(",") if o.strip())


def origin_allowed(request: web.Request, allowed: frozenset[str]) -> bool:
    """True without an Origin header (not a browser), for the page's own origin, or a configured one."""
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    if origin == "null":
        return False
    try:
        parts = urlsplit(origin)
    except ValueError:
        return False
    if parts.netloc.lower() == request.host.lower() and parts.scheme.lower() in ("http", "https"):
        return True
    return _origin(origin) in allowed


@dataclass
class TokenBucket:
    """``rate`` tokens a second up to ``burst``; each frame takes one."""

    rate: float
    burst: int
    clock: Clock = time.monotonic
    tokens: float = field(init=False)
    stamp: float = field(init=False)

    def __post_init__(self) -> None:
        self.tokens = float(self.burst)
        self.stamp = self.clock()

    def take(self) -> bool:
        now = self.clock()
        self.tokens = min(float(self.burst), self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return True
        return False


class ConnectionCaps:
    """Counts open sockets per client address and in all; ``acquire`` refuses past either cap."""

    def __init__(self, per_address: int, total: int) -> None:
        self.per_address = per_address
        self.total = total
        self._by_address: dict[str, int] = {}
        self._open = 0

    def acquire(self, address: str) -> str | None:
        """``None`` when the connection may open (and is counted), else which cap refused it."""
        if self._open >= self.total:
            return "total"
        if self._by_address.get(address, 0) >= self.per_address:
            return "address"
        self._by_address[address] = self._by_address.get(address, 0) + 1
        self._open += 1
        return None

    def release(self, address: str) -> None:
        count = self._by_address.get(address, 0) - 1
        if count > 0:
            self._by_address[address] = count
        else:
            self._by_address.pop(address, None)
        self._open = max(0, self._open - 1)

    def open_count(self, address: str | None = None) -> int:
        return self._open if address is None else self._by_address.get(address, 0)
