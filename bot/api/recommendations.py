"""The recommender HTTP API: recommendations, item details, feedback, vocabulary, health.

Heavy work (query embedding, numpy) runs in a worker thread so the event loop keeps serving the
web chat and webhooks while a recommendation is computed.

Viewer-scoped calls (feedback, and a recommendation with ``user_id``) need credentials
(bot/api/auth.py); ``user_id`` names the viewer as ``"<channel>:<id>"`` (any length) or by viewer key,
and is turned into the key (bot/identity.py) before anything is read or stored. Catalog-only calls are
public unless ``MEDIABOT_PUBLIC_CATALOG_API=0``. The rest of the viewer's profile is bot/api/profile.py.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from bot import keys, pools
from bot.api import auth
from bot.http import INVALID_REQUEST, NOT_FOUND, ApiError, read_json
from bot.identity import VIEWER_KEYS
from contract.viewer import is_viewer_key
from recommender import experiments, links, profiles, standing
from recommender.constraints import RecommendationRequest
from recommender.taste import TasteConfig, explain

log = logging.getLogger(__name__)

# The app-wide cap this API had before; the largest valid request (2000 excluded ids) is about 270 KB.
MAX_BODY_BYTES = 1024 * 1024
MAX_ID_CHARS = 128
MAX_VIEWER_CHARS = 1100  # "<channel>:" + a channel id of up to 1000 characters (Alexa's are ~230)


class FeedbackRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    user_id: str = Field(min_length=1, max_length=MAX_VIEWER_CHARS)
    item_id: str = Field(min_length=1, max_length=MAX_ID_CHARS)
    kind: str = Field(pattern="^(like|dislike|seen)$")
    undo: bool = False  # take the signal back ("I haven't actually seen it", "remove my like")


def viewer_of(request: web.Request, ref: str) -> str:
    """The viewer key of a ``user_id`` as callers write it; 400 when it names nobody."""
    try:
        return request.app[VIEWER_KEYS].resolve(ref)
    except ValueError as exc:
        raise ApiError(400, INVALID_REQUEST, f"user_id: {exc}") from None


async def profile_of(request: web.Request, ref: str) -> str:
    """The profile a ``user_id`` reads and writes: its viewer key, or the profile it was linked to
    (recommender/links.py)."""
    key = viewer_of(request, ref)
    factory = request.app[keys.RECOMMENDER].factory
    return key if factory is None else await asyncio.to_thread(links.profile_key, factory, key)


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
    app.cleanup_ctx.append(auth.credentials_context)


async def _load_recommender(app: web.Application) -> AsyncIterator[None]:
    from recommender.service import Recommender

    s = app[keys.SETTINGS]
    configured = experiments.load(s.experiments_path)  # a bad file stops the start before the slow load
    started = time.perf_counter()
    app[keys.RECOMMENDER] = await asyncio.to_thread(
        Recommender.load, s.database_url, s.embedding_model, s.cache_dir, s.embedding_batch,
        query_encoder=s.query_encoder)
    log.info("recommender_ready", extra={"items": len(app[keys.RECOMMENDER].snapshot),
                                         "seconds": round(time.perf_counter() - started, 2)})
    app[keys.RECOMMENDER].taste_config = TasteConfig(half_life_days=s.taste_half_life_days)
    app[keys.RECOMMENDER].experiments = configured
    if app[keys.RECOMMENDER].factory is not None:  # feedback stored before viewer keys moves to its key
        moved = await asyncio.to_thread(profiles.rekey, app[keys.RECOMMENDER].factory,
                                        app[VIEWER_KEYS].resolve, is_viewer_key)
        if moved:
            log.info("feedback_rekeyed", extra={"rows": moved})
    yield


async def post_recommendations(request: web.Request) -> web.Response:
    """Catalog-only requests may be public; one naming a viewer needs credentials, checked before the
    body is parsed for anything else (an anonymous probe learns nothing, not even a validation error)."""
    if not request.app[auth.CREDENTIALS].public_catalog:
        await auth.require_caller(request)
    req = await read_json(request, limit=MAX_BODY_BYTES, model=RecommendationRequest)
    if req.user_id is not None:
        await auth.require_caller(request)
        req = req.model_copy(update={"user_id": await profile_of(request, req.user_id)})
    rec = request.app[keys.RECOMMENDER]
    started = time.perf_counter()
    answer = await pools.recommender_call(recommend_explained, rec, req)  # its own pool: bursts cannot stall chat turns
    log.info("recommendations", extra={"ms": round(1000 * (time.perf_counter() - started), 1),
                                       "constraints": sorted(answer["constraints"]), "matches": answer["total_matches"]})
    return web.json_response(answer)


def recommend_explained(rec: Any, req: RecommendationRequest) -> dict[str, Any]:
    """The recommendation; for a named viewer, with their standing filters applied (recommender/standing.py)
    and "because you liked <title>" in the reasons of picks a liked title moved up (recommender/taste.py
    ``explain``; nothing for a viewer who stopped personalising)."""
    if req.user_id and rec.factory is not None:
        filters = standing.get(rec.factory, req.user_id)
        if filters:
            req = req.model_copy(update={"constraints": standing.apply(req.constraints, filters)})
    with rec.one_generation():  # the explanation reads the same catalog generation as the answer
        answer, taste = rec.recommend_with_taste(req)  # kids-cap likes and dislikes only under a kids cap
        if req.user_id and rec.factory is not None and answer["items"] and rec.personalizes(req.user_id):
            answer["items"] = explain(rec.snapshot, rec.vectors, answer["items"], taste.liked)
    return answer


async def get_item(request: web.Request) -> web.Response:
    await auth.require_for_catalog(request)
    item_id = request.match_info["item_id"]
    if len(item_id) > MAX_ID_CHARS:
        raise ApiError(400, "invalid_id", f"item ids are at most {MAX_ID_CHARS} characters")
    viewer = None
    if "user_id" in request.query:  # "tell me more" from a viewer: tied to the list that showed it (impressions)
        await auth.require_caller(request)
        viewer = await profile_of(request, request.query["user_id"])
    item = await pools.recommender_call(request.app[keys.RECOMMENDER].item, item_id, viewer)
    if item is None:
        raise ApiError(404, NOT_FOUND, f"no item with id {item_id!r}")
    return web.json_response(item)


async def post_feedback(request: web.Request) -> web.Response:
    """Record (or with ``undo``, take back) one like / dislike / seen; ``undone`` says whether there was one."""
    await auth.require_caller(request)
    fb = await read_json(request, limit=MAX_BODY_BYTES, model=FeedbackRequest)
    viewer = await profile_of(request, fb.user_id)
    rec = request.app[keys.RECOMMENDER]
    if fb.undo:
        undone = await asyncio.to_thread(profiles.undo_feedback, rec.factory, viewer, fb.item_id, fb.kind)
        return web.json_response({"ok": True, "undone": undone})
    if fb.item_id not in rec.snapshot.row_of:
        raise ApiError(404, NOT_FOUND, f"no item with id {fb.item_id!r}")
    await pools.recommender_call(rec.record_feedback, viewer, fb.item_id, fb.kind)
    return web.json_response({"ok": True})


async def get_vocabulary(request: web.Request) -> web.Response:
    await auth.require_for_catalog(request)
    return web.json_response(request.app[keys.RECOMMENDER].vocabulary())


async def get_health(request: web.Request) -> web.Response:
    rec = request.app.get(keys.RECOMMENDER)
    rasa_up = await request.app[keys.RASA].is_up()
    return web.json_response({"status": "ok", "items": len(rec.snapshot) if rec else 0,
                              "rasa": "up" if rasa_up else "down"})
