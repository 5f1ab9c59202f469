"""The live catalog, gateway side: poll SQL for a new import or rule change and swap it in.

``mediabot import`` and every editorial change bump a version row (``recommender.live``). Every
``MEDIABOT_RELOAD_POLL_S`` seconds this task asks the recommender to ``refresh``: a version read of a
few milliseconds when nothing changed; otherwise the next generation is built in a worker thread
while the event loop and the other request threads go on answering from the current one, then one
reference is swapped. Polling rather than a signal: imports may run on another machine, against the
same PostgreSQL, and every gateway process of a deployment must follow.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator

from aiohttp import web

from bot import keys

log = logging.getLogger(__name__)


def setup(app: web.Application) -> None:
    """Follow catalog and rule changes (after the recommender's own start-up context)."""
    app.cleanup_ctx.append(_watch)


async def _watch(app: web.Application) -> AsyncIterator[None]:
    settings = app[keys.SETTINGS]
    rec = app.get(keys.RECOMMENDER)
    task: asyncio.Task[None] | None = None
    if rec is not None:
        if settings.territory and settings.territory != rec.territory:
            await asyncio.to_thread(rec.use_territory, settings.territory)
        if settings.reload_poll_s > 0:
            task = asyncio.create_task(_poll(rec, settings.reload_poll_s))
    yield
    if task is not None:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def _poll(rec, interval_s: float) -> None:
    while True:
        await asyncio.sleep(interval_s)
        await refresh(rec)


async def refresh(rec) -> bool:
    """One check (the editorial API calls it too, so a change applies at once); never raises."""
    started = time.perf_counter()
    try:
        swapped = await asyncio.to_thread(rec.refresh)
    except Exception:  # a broken import must not stop the polling, nor the current generation
        log.exception("catalog_refresh_failed")
        return False
    if swapped:
        log.info("catalog_refreshed", extra={"items": len(rec.snapshot),
                                             "seconds": round(time.perf_counter() - started, 2)})
    return swapped
