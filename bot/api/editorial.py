"""The operators' API: editorial rules and the personalization switch (``docs/operators.md``).

Separate from the viewer-facing API on purpose: it changes what every viewer sees, so it needs the
operators' own credential, ``Authorization: Bearer <MEDIABOT_ADMIN_TOKEN>`` (a host app's API key is
not enough). Without a configured token the routes answer 404, as if they did not exist. A change is
stored in SQL (the same functions ``mediabot editorial`` calls) and applied to this gateway at once;
other gateway processes follow at their next poll (``bot.catalog_watch``).
"""

from __future__ import annotations

import asyncio
import hmac
from typing import TYPE_CHECKING

from aiohttp import web
from pydantic import BaseModel, ConfigDict

from bot import catalog_watch, keys
from bot.http import NOT_FOUND, ApiError, read_json
from recommender import editorial_store
from recommender.editorial import RuleSpec
from recommender.editorial_store import UnknownTitle

if TYPE_CHECKING:
    from recommender.service import Recommender

MAX_BODY_BYTES = 16 * 1024
UNAUTHORIZED = "unauthorized"


class SwitchBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool


def setup(app: web.Application) -> None:
    app.router.add_get("/api/editorial/rules", list_rules)
    app.router.add_post("/api/editorial/rules", add_rule)
    app.router.add_delete("/api/editorial/rules/{rule_id}", remove_rule)
    app.router.add_get("/api/editorial/personalization", get_personalization)
    app.router.add_put("/api/editorial/personalization", put_personalization)


def _authorize(request: web.Request) -> None:
    token = request.app[keys.SETTINGS].admin_token
    if not token:
        raise ApiError(404, NOT_FOUND, "the operators' API is off (set MEDIABOT_ADMIN_TOKEN to turn it on)")
    scheme, _, value = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
        raise ApiError(401, UNAUTHORIZED, "send the operators' token: Authorization: Bearer <MEDIABOT_ADMIN_TOKEN>",
                       headers={"WWW-Authenticate": 'Bearer realm="mediabot-operators"'})


def _recommender(request: web.Request) -> Recommender:
    rec = request.app.get(keys.RECOMMENDER)
    if rec is None or rec.factory is None:
        raise ApiError(503, "unavailable", "the recommender is not ready")
    return rec


async def list_rules(request: web.Request) -> web.Response:
    _authorize(request)
    rec = _recommender(request)
    rules = await asyncio.to_thread(editorial_store.list_rules, rec.factory)
    return web.json_response({"rules": [r.public() for r in rules]})


async def add_rule(request: web.Request) -> web.Response:
    _authorize(request)
    spec = await read_json(request, limit=MAX_BODY_BYTES, model=RuleSpec)
    rec = _recommender(request)
    try:
        rule = await asyncio.to_thread(editorial_store.add_rule, rec.factory, spec)
    except UnknownTitle as exc:
        raise ApiError(404, NOT_FOUND, str(exc)) from None
    await catalog_watch.refresh(rec)
    return web.json_response({"rule": rule.public()}, status=201)


async def remove_rule(request: web.Request) -> web.Response:
    _authorize(request)
    raw = request.match_info["rule_id"]
    if not raw.isdigit() or len(raw) > 12:
        raise ApiError(400, "invalid_id", "rule ids are positive integers")
    rec = _recommender(request)
    if not await asyncio.to_thread(editorial_store.remove_rule, rec.factory, int(raw)):
        raise ApiError(404, NOT_FOUND, f"no rule {raw}")
    await catalog_watch.refresh(rec)
    return web.json_response({"removed": int(raw)})


async def get_personalization(request: web.Request) -> web.Response:
    _authorize(request)
    rec = _recommender(request)
    return web.json_response({"enabled": await asyncio.to_thread(editorial_store.personalization, rec.factory)})


async def put_personalization(request: web.Request) -> web.Response:
    _authorize(request)
    body = await read_json(request, limit=MAX_BODY_BYTES, model=SwitchBody)
    rec = _recommender(request)
    await asyncio.to_thread(editorial_store.set_personalization, rec.factory, body.enabled)
    await catalog_watch.refresh(rec)
    return web.json_response({"enabled": body.enabled})
