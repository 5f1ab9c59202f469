"""The console's live stream re-checks its session on a timer, also while events keep flowing.

A busy queue used to keep a stream alive forever (the session was checked only when idle): here
events are published continuously while the agent is disabled, or its session expires, and the
stream must end by itself.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient
from handoff_helpers import PASSWORD, add_agent
from sqlalchemy import update

from bot.handoff import console
from bot.handoff.auth import COOKIE
from bot.handoff.console import HANDOFF_SERVICE
from bot.handoff.models import AgentSession

SAFETY_S = 20.0  # only so a regression fails instead of hanging; not a speed assertion


def disable(app: web.Application) -> None:
    app[HANDOFF_SERVICE].store.agents.set_disabled("ana", True)


def expire(app: web.Application) -> None:
    with app[HANDOFF_SERVICE].store.engine.begin() as conn:
        conn.execute(update(AgentSession).values(expires_at=dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)))


@pytest.mark.parametrize("cut", [disable, expire], ids=["agent disabled", "session expired"])
async def test_a_busy_stream_is_cut_when_the_session_ends(
        client: TestClient, gateway_app: web.Application, monkeypatch: pytest.MonkeyPatch,
        cut: Callable[[web.Application], None]) -> None:
    monkeypatch.setattr(console, "SESSION_RECHECK_S", 0.2)
    add_agent(gateway_app[HANDOFF_SERVICE].store, "ana", "Ana")
    login = await client.post("/agent/api/login", json={"username": "ana", "password": PASSWORD})
    token = login.cookies[COOKIE].value
    client.session.cookie_jar.clear()
    resp = await client.get("/agent/api/events", headers={"Cookie": f"{COOKIE}={token}"})
    assert resp.status == 200
    events = gateway_app[HANDOFF_SERVICE].events
    received = 0

    async def keep_busy() -> None:
        while True:
            await events.publish({"type": "queue"})
            await asyncio.sleep(0.02)

    busy = asyncio.create_task(keep_busy())
    try:
        while received < 5:  # the stream is live and busy
            line = await asyncio.wait_for(resp.content.readline(), SAFETY_S)
            received += line.startswith(b"event: queue")
        cut(gateway_app)
        await asyncio.wait_for(_drain(resp), SAFETY_S)  # ends by itself, though events keep coming
    finally:
        busy.cancel()
        resp.close()


async def _drain(resp: Any) -> None:
    while await resp.content.readline():
        pass
