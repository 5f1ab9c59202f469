"""Linking channels over HTTP (recommender/links.py): what the "link my account" conversation calls.

- ``POST /api/links/code`` ``{"user_id"}`` → ``{"code", "expires_in"}``; 429 ``too_many_codes`` when the
  profile asked for too many lately;
- ``POST /api/links/redeem`` ``{"user_id", "code"}`` → ``{"status": "linked"|"same"}``; 400 ``invalid_code``
  (unknown, used or expired), 429 ``too_many_attempts`` after repeated wrong codes;
- ``POST /api/links/unlink`` ``{"user_id"}`` → ``{"unlinked": bool}``.

Viewer-scoped like the rest of the profile: credentials required (bot/api/auth.py). Redeem and unlink act
on the caller's own viewer key, not on the profile it may already be linked to.
"""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from bot import keys
from bot.api import auth
from bot.api.profile import ViewerRequest
from bot.api.recommendations import MAX_VIEWER_CHARS, viewer_of
from bot.http import ApiError, read_json
from recommender import links

log = logging.getLogger(__name__)


class RedeemRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    user_id: str = Field(min_length=1, max_length=MAX_VIEWER_CHARS)
    code: str = Field(min_length=1, max_length=40)


def setup(app: web.Application) -> None:
    app.router.add_post("/api/links/code", post_code)
    app.router.add_post("/api/links/redeem", post_redeem)
    app.router.add_post("/api/links/unlink", post_unlink)


async def post_code(request: web.Request) -> web.Response:
    await auth.require_caller(request)
    body = await read_json(request, limit=4096, model=ViewerRequest)
    code = await asyncio.to_thread(links.create_code, request.app[keys.RECOMMENDER].factory,
                                   viewer_of(request, body.user_id))
    if code is None:
        raise ApiError(429, "too_many_codes", "Too many link codes lately: use the last one, or wait a few minutes.",
                       headers={"Retry-After": str(int(links.WINDOW.total_seconds()))})
    return web.json_response({"code": code, "expires_in": int(links.CODE_TTL.total_seconds())})


async def post_redeem(request: web.Request) -> web.Response:
    await auth.require_caller(request)
    body = await read_json(request, limit=4096, model=RedeemRequest)
    result = await asyncio.to_thread(links.redeem, request.app[keys.RECOMMENDER].factory,
                                     viewer_of(request, body.user_id), body.code)
    log.info("link_redeem", extra={"status": result.status})
    if result.status == links.LOCKED:
        raise ApiError(429, "too_many_attempts", "Too many wrong codes: wait a few minutes and try again.",
                       headers={"Retry-After": str(int(links.WINDOW.total_seconds()))})
    if result.status == links.INVALID:
        raise ApiError(400, "invalid_code", "That code is not valid: it may have expired or been used already.")
    return web.json_response({"status": result.status})


async def post_unlink(request: web.Request) -> web.Response:
    await auth.require_caller(request)
    body = await read_json(request, limit=4096, model=ViewerRequest)
    done = await asyncio.to_thread(links.unlink, request.app[keys.RECOMMENDER].factory,
                                   viewer_of(request, body.user_id))
    return web.json_response({"unlinked": done})
