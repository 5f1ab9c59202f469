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
from typing import TYPE_CHECKING

from aiohttp import web

from bot import keys
from recommender import subscriptions

if TYPE_CHECKING:
    from recommender.service import Generation, Recommender

log = logging.getLogger(__name__)

MAX_BACKOFF_S = 300.0


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


async def _poll(rec: Recommender, interval_s: float) -> None:
    """Check every ``interval_s``; after a failed build, wait twice as long each time (up to
    ``MAX_BACKOFF_S``) instead of rebuilding a broken catalog every few seconds."""
    delay = interval_s
    while True:
        await asyncio.sleep(delay)
        ok = await refresh(rec) is not None
        delay = interval_s if ok else min(MAX_BACKOFF_S, 2 * delay)


async def refresh(rec: Recommender) -> bool | None:
    """One check (the editorial API calls it too, so a change applies at once): True when a new generation
    was swapped in, False when nothing changed, None when the build failed (logged; the current
    generation keeps serving). Never raises."""
    started = time.perf_counter()
    before = rec.generation
    try:
        swapped = await asyncio.to_thread(rec.refresh)
    except Exception:  # a broken import must not stop the polling, nor the current generation
        log.exception("catalog_refresh_failed")
        return None
    if swapped:
        log.info("catalog_refreshed", extra={"items": len(rec.snapshot),
                                             "seconds": round(time.perf_counter() - started, 2)})
        await _announce(rec, before)
    return swapped


async def _announce(rec: Recommender, before: Generation) -> None:
    """Queue 'tell me when' messages for the titles a new catalog version added (``bot.notify`` sends them)."""
    after = rec.generation
    if rec.factory is None or after.versions.catalog == before.versions.catalog:
        return
    try:
        matched = await asyncio.to_thread(subscriptions.match_new_titles, rec.factory, before.snapshot,
                                          after.snapshot, after.versions.catalog)
    except Exception:  # the catalog is swapped in all the same
        log.exception("notify_match_failed")
        return
    if matched:
        log.info("notify_matched", extra={"subscriptions": matched})
