"""The web chat's edge against the real gateway app: server-issued signed session ids, the Origin check,
connection caps per address and in all, and the per-socket rate limit (no Rasa needed: hellos and bad
frames never reach it)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import WSMsgType
from aiohttp.test_utils import TestClient

from bot.app import Parts, create_app
from bot.channels.webchat import MAX_FRAME_BYTES, WEBCHAT_HUB
from bot.channels.webchat_limits import TokenBucket
from bot.channels.webchat_sessions import SessionIds
from contract.settings import Settings
from contract.wording import WEBCHAT_FRAME_TOO_BIG, WEBCHAT_TOO_FAST

SECRET = "edge-test-secret-with-at-least-32-characters"
RECV_TIMEOUT = 5

ClientFactory = Callable[..., Awaitable[TestClient]]


@pytest.fixture
def make_client(aiohttp_client: ClientFactory, offline_settings: Callable[..., Settings]) -> Callable[..., Awaitable[TestClient]]:
    async def make(**overrides: Any) -> TestClient:
        settings = offline_settings(**{"webchat_secret": SECRET, **overrides})
        return await aiohttp_client(create_app(settings, parts=Parts.channels_only()))

    return make


async def recv(ws: Any) -> dict[str, Any]:
    msg = await asyncio.wait_for(ws.receive(), RECV_TIMEOUT)
    assert msg.type == WSMsgType.TEXT, f"expected a text frame, got {msg.type}"
    return json.loads(msg.data)


async def session_of(ws: Any, presented: str | None = None) -> str:
    await ws.send_json({"type": "hello"} if presented is None else {"type": "hello", "session_id": presented})
    frame = await recv(ws)
    assert frame["type"] == "session"
    return frame["session_id"]


# --- signed session ids ----------------------------------------------------------------------------


async def test_a_tab_without_an_id_is_issued_a_signed_one(make_client: Callable[..., Awaitable[TestClient]]) -> None:
    client = await make_client()
    ws = await client.ws_connect("/ws/chat")
    issued = await session_of(ws)
    assert SessionIds(SECRET.encode()).is_valid(issued)
    assert client.app[WEBCHAT_HUB].is_connected(issued)


async def test_an_issued_id_comes_back_on_reconnect(make_client: Callable[..., Awaitable[TestClient]]) -> None:
    client = await make_client()
    first = await session_of(await client.ws_connect("/ws/chat"))
    assert await session_of(await client.ws_connect("/ws/chat"), first) == first


@pytest.mark.parametrize("presented", [
    "0b7c6c1e-5d2a-4a5b-9c2d-2f1e3d4c5b6a",  # a browser-made UUID (what the page used to choose)
    "A" * 44,  # the right shape, no valid signature
])
async def test_an_id_the_client_chose_is_replaced(make_client: Callable[..., Awaitable[TestClient]],
                                                    presented: str) -> None:
    client = await make_client()
    issued = await session_of(await client.ws_connect("/ws/chat"), presented)
    assert issued != presented
    hub = client.app[WEBCHAT_HUB]
    assert hub.is_connected(issued) and not hub.is_connected(presented)


async def test_an_id_signed_with_another_secret_is_replaced(make_client: Callable[..., Awaitable[TestClient]]) -> None:
    client = await make_client()
    foreign = SessionIds(b"another-secret-that-is-32-bytes-long!!").issue()
    assert await session_of(await client.ws_connect("/ws/chat"), foreign) != foreign


async def test_without_a_configured_secret_one_is_generated_privately(
        make_client: Callable[..., Awaitable[TestClient]], tmp_path: Path) -> None:
    client = await make_client(webchat_secret="")
    issued = await session_of(await client.ws_connect("/ws/chat"))
    secret_file = tmp_path / "webchat-session.secret"
    assert secret_file.stat().st_mode & 0o777 == 0o600
    assert SessionIds(bytes.fromhex(secret_file.read_text())).is_valid(issued)


# --- Origin ----------------------------------------------------------------------------------------


async def test_a_foreign_origin_cannot_open_the_chat(make_client: Callable[..., Awaitable[TestClient]]) -> None:
    client = await make_client()
    for origin in ("https://evil.example", "null"):
        with pytest.raises(aiohttp.WSServerHandshakeError) as info:
            await client.ws_connect("/ws/chat", headers={"Origin": origin})
        assert info.value.status == 403


async def test_the_pages_own_origin_and_configured_ones_may(make_client: Callable[..., Awaitable[TestClient]]) -> None:
    client = await make_client(webchat_origins="https://chat.example.com, https://Embed.Example.org")
    own = f"http://{client.host}:{client.port}"
    for origin in (own, "https://chat.example.com", "https://embed.example.org"):
        ws = await client.ws_connect("/ws/chat", headers={"Origin": origin})
        await session_of(ws)
        await ws.close()


# --- connection caps -------------------------------------------------------------------------------


async def test_one_address_may_hold_only_so_many_sockets(make_client: Callable[..., Awaitable[TestClient]]) -> None:
    client = await make_client(webchat_max_per_address=2)
    first, second = await client.ws_connect("/ws/chat"), await client.ws_connect("/ws/chat")
    with pytest.raises(aiohttp.WSServerHandshakeError) as info:
        await client.ws_connect("/ws/chat")
    assert info.value.status == 429
    await first.close()
    await session_of(second)  # the rest keep working
    for _ in range(100):  # the server notices the close on its side
        try:
            third = await client.ws_connect("/ws/chat")
            break
        except aiohttp.WSServerHandshakeError:
            await asyncio.sleep(0.02)
    await session_of(third)


async def test_behind_a_trusted_proxy_the_caps_count_real_clients_and_the_total(
        make_client: Callable[..., Awaitable[TestClient]]) -> None:
    client = await make_client(trusted_proxies="127.0.0.1", webchat_max_per_address=1, webchat_max_connections=2)
    a = await client.ws_connect("/ws/chat", headers={"X-Forwarded-For": "203.0.113.1"})
    with pytest.raises(aiohttp.WSServerHandshakeError) as same:
        await client.ws_connect("/ws/chat", headers={"X-Forwarded-For": "203.0.113.1"})
    assert same.value.status == 429
    b = await client.ws_connect("/ws/chat", headers={"X-Forwarded-For": "203.0.113.2"})
    with pytest.raises(aiohttp.WSServerHandshakeError) as full:
        await client.ws_connect("/ws/chat", headers={"X-Forwarded-For": "203.0.113.3"})
    assert full.value.status == 503
    await session_of(a)
    await session_of(b)


# --- rate limit ------------------------------------------------------------------------------------


async def test_frames_beyond_the_burst_get_a_rate_limited_error_and_the_socket_stays(
        make_client: Callable[..., Awaitable[TestClient]]) -> None:
    client = await make_client(webchat_rate=0.001, webchat_burst=3)
    ws = await client.ws_connect("/ws/chat")
    sid = await session_of(ws)
    for _ in range(2):
        assert await session_of(ws, sid) == sid
    await ws.send_json({"type": "hello", "session_id": sid})
    frame = await recv(ws)
    assert frame == {"type": "error", "code": "rate_limited", "message": WEBCHAT_TOO_FAST}
    assert not ws.closed
    assert client.app[WEBCHAT_HUB].is_connected(sid)


def test_the_bucket_refills_at_its_rate() -> None:
    now = [0.0]
    bucket = TokenBucket(rate=2.0, burst=3, clock=lambda: now[0])
    assert [bucket.take() for _ in range(4)] == [True, True, True, False]
    now[0] += 0.5  # one token back
    assert [bucket.take(), bucket.take()] == [True, False]
    now[0] += 100.0  # never more than the burst
    assert [bucket.take() for _ in range(4)] == [True, True, True, False]


async def test_an_oversized_frame_gets_an_error_frame_with_its_reason_before_the_close(
        make_client: Callable[..., Awaitable[TestClient]]) -> None:
    client = await make_client()
    async with client.ws_connect("/ws/chat") as ws:
        await session_of(ws)
        await ws.send_str(json.dumps({"type": "message", "text": "x" * MAX_FRAME_BYTES}))
        assert await recv(ws) == {"type": "error", "message": WEBCHAT_FRAME_TOO_BIG, "code": "too_big"}
        close = await asyncio.wait_for(ws.receive(), RECV_TIMEOUT)
        assert (close.type, close.data, close.extra) == (WSMsgType.CLOSE, 1009, "frame too big")
