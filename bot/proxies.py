"""The client's address, honouring ``X-Forwarded-For`` only from proxies we were told to trust.

Behind a reverse proxy every request comes from the proxy, so per-client limits (sign-in back-off,
web chat connection caps) would lump all clients together; but a header any client can write must not
decide its own address either. So: the direct peer is the client, unless it is in ``TRUSTED_PROXIES``
(addresses or networks); then ``X-Forwarded-For`` is read from the right, skipping trusted hops, and the
first address that is not a trusted proxy is the client.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from functools import lru_cache

from aiohttp import web

from bot import keys

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def parse_networks(spec: str) -> tuple[Network, ...]:
    """``"10.0.0.1, 192.168.0.0/16, ::1"`` → networks; raises ``ValueError`` naming a bad entry."""
    networks: list[Network] = []
    for entry in (part.strip() for part in spec.split(",")):
        if not entry:
            continue
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError as exc:
            raise ValueError(f"TRUSTED_PROXIES: {entry!r} is not an IP address or network") from exc
    return tuple(networks)


def _ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def _trusted(address: str, networks: Iterable[Network]) -> bool:
    ip = _ip(address)
    return ip is not None and any(ip in net for net in networks)


def forwarded_client(peer: str, forwarded_for: str | None, networks: tuple[Network, ...]) -> str:
    """The client address given the direct ``peer`` and its ``X-Forwarded-For`` header."""
    if not networks or not forwarded_for or not _trusted(peer, networks):
        return peer
    hops = [hop.strip() for hop in forwarded_for.split(",")]
    client = peer
    for hop in reversed(hops):
        if _ip(hop) is None:
            return client  # a malformed hop: stop at the last address a trusted proxy vouched for
        client = hop
        if not _trusted(hop, networks):
            return hop
    return client


def client_address(request: web.Request) -> str:
    """The client's address for this request (``"unknown"`` when the transport has none)."""
    peer = request.remote or "unknown"
    settings = request.app.get(keys.SETTINGS)
    spec = getattr(settings, "trusted_proxies", "") if settings is not None else ""
    return forwarded_client(peer, request.headers.get("X-Forwarded-For"), parse_networks(spec))
