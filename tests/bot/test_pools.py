"""Recommender calls run on a pool of their own: with it saturated, the default executor (the quick
database calls of chat turns) still serves, and recommendation requests wait their turn."""

from __future__ import annotations

import asyncio
import threading

from bot import pools


async def test_a_saturated_recommender_pool_leaves_the_default_executor_free() -> None:
    release = threading.Event()
    busy = [asyncio.ensure_future(pools.recommender_call(release.wait)) for _ in range(pools.RECOMMENDER_THREADS)]
    queued = asyncio.ensure_future(pools.recommender_call(threading.current_thread))
    try:
        assert await asyncio.to_thread(lambda: "turn's database call") == "turn's database call"
        assert not queued.done()
    finally:
        release.set()
    assert (await queued).name.startswith("recommender")
    await asyncio.gather(*busy)
