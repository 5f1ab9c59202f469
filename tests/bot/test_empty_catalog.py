"""A gateway starts on an empty catalog (a fresh SQLite file or PostgreSQL schema): it answers honestly
that nothing matches, and titles imported later by another process appear without a restart."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from aiohttp.test_utils import TestClient

from bot.app import Parts, create_app
from contract.settings import Settings
from recommender import live
from recommender.catalog.store import upsert
from recommender.embeddings import item_vectors
from recommender.service import Recommender
from recommender.snapshot import load_snapshot

POLL_S = 0.2


async def _eventually_found(client: TestClient, item_id: str, timeout_s: float = 60.0) -> None:
    for _ in range(int(timeout_s / POLL_S)):
        if (await client.get(f"/api/items/{item_id}")).status == 200:
            return
        await asyncio.sleep(POLL_S)
    raise AssertionError(f"{item_id} never appeared")


async def test_an_empty_catalog_answers_nothing_matches_until_an_import_adds_titles(
        aiohttp_client: Callable[..., Awaitable[TestClient]], catalog_db: Any, embedder: Any,
        netflix_small_records: list[Any], tmp_path: Path) -> None:
    snapshot = load_snapshot(catalog_db.factory)
    vectors = item_vectors(embedder, snapshot.texts, tmp_path / "cache")  # no titles: a (0, dim) matrix
    rec = Recommender(snapshot, vectors, embedder, factory=catalog_db.factory, cache_dir=tmp_path / "cache")
    settings = Settings(var_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'gateway.db'}", reload_poll_s=POLL_S)
    parts = Parts(webchat=False, voice=False, telegram=False, handoff=False)
    client = await aiohttp_client(create_app(settings, recommender=rec, parts=parts))

    empty = await client.post("/api/recommendations", json={"query": "korean drama"})
    assert empty.status == 200
    body = await empty.json()
    assert body["items"] == [] and body["total_matches"] == 0 and body["message"]

    await asyncio.to_thread(upsert, catalog_db.factory, netflix_small_records[:20])
    await asyncio.to_thread(live.bump_catalog, catalog_db.factory)
    await _eventually_found(client, netflix_small_records[0].source_id)
    found = await (await client.post("/api/recommendations", json={"limit": 50})).json()
    assert found["total_matches"] == 20
