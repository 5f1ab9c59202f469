"""The gateway follows changes another process makes in SQL (``mediabot import``, ``mediabot editorial``):
the poller swaps them in without a restart, on the real app with a real recommender (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
import dataclasses
import socket
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from aiohttp.test_utils import TestClient

from bot.app import Parts, create_app
from contract.settings import Settings
from recommender import editorial_store, live
from recommender.catalog.store import upsert
from recommender.editorial import RuleSpec

POLL_S = 0.2


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def eventually_status(client: TestClient, path: str, status: int, timeout_s: float = 30.0) -> None:
    for _ in range(int(timeout_s / POLL_S)):
        if (await client.get(path)).status == status:
            return
        await asyncio.sleep(POLL_S)
    raise AssertionError(f"{path} never answered {status}")


async def test_rules_and_imports_made_elsewhere_are_served_without_a_restart(
        aiohttp_client: Callable[..., Awaitable[TestClient]], editable_recommender: Any,
        netflix_small_records: list[Any], tmp_path: Path) -> None:
    settings = Settings(var_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'gateway.db'}", reload_poll_s=POLL_S,
                        rasa_url=f"http://127.0.0.1:{_closed_port()}", rasa_timeout_s=1.0)
    parts = Parts(webchat=False, voice=False, telegram=False, handoff=False)
    client = await aiohttp_client(create_app(settings, recommender=editable_recommender, parts=parts))
    factory = editable_recommender.factory
    assert (await client.get("/api/items/s29")).status == 200
    await asyncio.to_thread(editorial_store.add_rule, factory, RuleSpec(kind="block", title="s29"))
    await eventually_status(client, "/api/items/s29", 404)

    copy = dataclasses.replace(netflix_small_records[0], source_id="live-9", title="A Title Imported While Serving")
    await asyncio.to_thread(upsert, factory, [copy])
    await asyncio.to_thread(live.bump_catalog, factory)
    await eventually_status(client, "/api/items/live-9", 200)
    assert (await client.get("/api/items/s29")).status == 404  # the rules follow the new catalog
