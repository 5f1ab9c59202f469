"""The recommender HTTP API: recommendations, item details, feedback, vocabulary, health.

Heavy work (query embedding, numpy) runs in a worker thread so the event loop keeps serving the
web chat and webhooks while a recommendation is computed.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from bot import keys
from bot.http import NOT_FOUND, ApiError, read_json
from recommender.constraints import RecommendationRequest

log = logging.getLogger(__name__)

# The app-wide cap this API had before; the largest valid request (2000 excluded ids) is about 270 KB.
MAX_BODY_BYTES = 1024 * 1024
MAX_ID_CHARS = 128


class FeedbackRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    user_id: str = Field(min_length=1, max_length=MAX_ID_CHARS)
    item_id: str = Field(min_length=1, max_length=MAX_ID_CHARS)
    kind: str = Field(pattern="^(like|dislike|seen)$")


def setup(app: web.Application, recommender=None) -> None:
    """Register the API routes; load the recommender at start-up unless one is injected."""
    if recommender is not None:
        app[keys.RECOMMENDER] = recommender
    else:
        app.cleanup_ctx.append(_load_recommender)
    app.router.add_post("/api/recommendations", post_recommendations)
    app.router.add_get("/api/items/{item_id}", get_item)
    app.router.add_post("/api/feedback", post_feedback)
    app.router.add_get("/api/vocabulary", get_vocabulary)
    app.router.add_get("/healthz", get_health)


async def _load_recommender(app: web.Application) -> AsyncIterator[None]:
    from recommender.service import Recommender

    s = app[keys.SETTINGS]
    started = time.perf_counter()
    app[keys.RECOMMENDER] = await asyncio.to_thread(
        Recommender.load, s.database_url, s.embedding_model, s.cache_dir, s.embedding_batch)
    log.info("recommender_ready", extra={"items": len(app[keys.RECOMMENDER].snapshot),
                                         "seconds": round(time.perf_counter() - started, 2)})
    yield


async def post_recommendations(request: web.Request) -> web.Response:
    req = await read_json(request, limit=MAX_BODY_BYTES, model=RecommendationRequest)
    rec = request.app[keys.RECOMMENDER]
    started = time.perf_counter()
    answer = await asyncio.to_thread(rec.recommend, req)
    log.info("recommendations", extra={"ms": round(1000 * (time.perf_counter() - started), 1),
                                       "constraints": sorted(answer["constraints"]), "matches": answer["total_matches"]})
    return web.json_response(answer)


async def get_item(request: web.Request) -> web.Response:
    item_id = request.match_info["item_id"]
    if len(item_id) > MAX_ID_CHARS:
        raise ApiError(400, "invalid_id", f"item ids are at most {MAX_ID_CHARS} characters")
    item = await asyncio.to_thread(request.app[keys.RECOMMENDER].item, item_id)
    if item is None:
        raise ApiError(404, NOT_FOUND, f"no item with id {item_id!r}")
    return web.json_response(item)


async def post_feedback(request: web.Request) -> web.Response:
    fb = await read_json(request, limit=MAX_BODY_BYTES, model=FeedbackRequest)
    rec = request.app[keys.RECOMMENDER]
    if fb.item_id not in rec.snapshot.row_of:
        raise ApiError(404, NOT_FOUND, f"no item with id {fb.item_id!r}")
    await asyncio.to_thread(rec.record_feedback, fb.user_id, fb.item_id, fb.kind)
    return web.json_response({"ok": True})


async def get_vocabulary(request: web.Request) -> web.Response:
    return web.json_response(request.app[keys.RECOMMENDER].vocabulary())


async def get_health(request: web.Request) -> web.Response:
    rec = request.app.get(keys.RECOMMENDER)
    rasa_up = await request.app[keys.RASA].is_up()
    return web.json_response({"status": "ok", "items": len(rec.snapshot) if rec else 0,
                              "rasa": "up" if rasa_up else "down"})
