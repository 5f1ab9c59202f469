"""'Tell me when' over HTTP (recommender/subscriptions.py): what the notification conversation calls.

- ``POST /api/subscriptions`` ``{"user_id", "constraints", "reply_to"?}`` → ``{"id", "channel"}``: saves the
  search for the conversation whose turn is being answered now. Only the gateway that received the turn
  knows the Telegram chat or web chat session behind a viewer key, so it seals that address into the
  turn's metadata (bot/reply_address.py) and the action sends it back as ``reply_to``: any gateway or
  recommender-only process of the deployment can open it. ``reply_to`` is accepted only with the action
  server's token (403 otherwise) and only for the viewer it was sealed for, within its turn (400 when it
  is not). Without it, the turn in progress in this process is used (an action server of an older
  release). 409 ``cannot_notify`` when that channel cannot write first (voice assistants) or the address
  is unknown; 409 ``too_many_subscriptions`` past ``MAX_PER_VIEWER``;
- ``POST /api/subscriptions/list`` ``{"user_id"}`` → ``{"subscriptions": [{"id", "channel", "constraints"}]}``;
- ``POST /api/subscriptions/cancel`` ``{"user_id", "id"?}`` → ``{"cancelled": n}``; without ``id``: all of
  them ("stop notifications"), with their pending messages, at once.

Viewer-scoped: credentials required (bot/api/auth.py), like the profile.
"""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session, sessionmaker

from bot import keys
from bot.api import auth
from bot.api.profile import ViewerRequest
from bot.api.recommendations import MAX_VIEWER_CHARS, viewer_of
from bot.http import INVALID_REQUEST, ApiError, read_json
from bot.reply_address import MAX_SEALED_CHARS, REPLY_ADDRESSES
from recommender import live, subscriptions
from recommender.constraints import Constraints

log = logging.getLogger(__name__)


class SubscribeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    user_id: str = Field(min_length=1, max_length=MAX_VIEWER_CHARS)
    constraints: Constraints
    reply_to: str | None = Field(default=None, min_length=1, max_length=MAX_SEALED_CHARS)


class CancelRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    user_id: str = Field(min_length=1, max_length=MAX_VIEWER_CHARS)
    id: str | None = Field(default=None, min_length=1, max_length=32)


def _factory(request: web.Request) -> sessionmaker[Session]:
    """The database the searches are kept in; 503 when the recommender runs without one."""
    factory = request.app[keys.RECOMMENDER].factory
    if factory is None:
        raise ApiError(503, "no_database", "Notifications need the recommender's database.")
    return factory


def setup(app: web.Application) -> None:
    app.router.add_post("/api/subscriptions", post_subscribe)
    app.router.add_post("/api/subscriptions/list", post_list)
    app.router.add_post("/api/subscriptions/cancel", post_cancel)


def reply_target(request: web.Request, caller: str, viewer: str, sealed: str | None) -> tuple[str, str]:
    """(channel, address) where the viewer of the turn in progress can be notified; 409 when nowhere."""
    if sealed is not None:
        if caller != auth.ACTIONS:
            raise ApiError(403, "forbidden", "reply_to: only the action server may say where a viewer is reached.")
        address = request.app[REPLY_ADDRESSES].open(sealed)
        if address is None or address.viewer != viewer:
            raise ApiError(400, INVALID_REQUEST, "reply_to: not the reply address of this viewer's current turn "
                                                 "(it comes from the turn's metadata and expires after 15 minutes).")
        channel, user_id = address.channel, address.address
    else:
        conversation = request.app[keys.ROUTER].in_turn(viewer)
        channel, user_id = (conversation.channel, conversation.user_id) if conversation else ("", "")
    if channel not in subscriptions.CHANNELS:
        raise ApiError(409, "cannot_notify", "This conversation's channel cannot receive notifications.")
    return channel, user_id


async def post_subscribe(request: web.Request) -> web.Response:
    caller = await auth.require_caller(request)
    body = await read_json(request, limit=16_384, model=SubscribeRequest)
    viewer = viewer_of(request, body.user_id)
    channel, address = reply_target(request, caller, viewer, body.reply_to)
    if not body.constraints.hard_fields():
        raise ApiError(400, "nothing_to_watch", "constraints: name at least one genre, country, language, "
                                                "type, person or other hard constraint to watch for.")
    factory = _factory(request)
    version = (await asyncio.to_thread(live.versions, factory)).catalog
    try:
        saved = await asyncio.to_thread(subscriptions.subscribe, factory, viewer, channel, address,
                                        body.constraints, version)
    except subscriptions.TooMany:
        raise ApiError(409, "too_many_subscriptions",
                       f"At most {subscriptions.MAX_PER_VIEWER} saved searches; cancel one first.") from None
    log.info("notify_subscribed", extra={"channel": saved.channel})
    return web.json_response({"id": saved.id, "channel": saved.channel})


async def post_list(request: web.Request) -> web.Response:
    await auth.require_caller(request)
    body = await read_json(request, limit=4096, model=ViewerRequest)
    saved = await asyncio.to_thread(subscriptions.list_for, _factory(request),
                                    viewer_of(request, body.user_id))
    return web.json_response({"subscriptions": [{"id": s.id, "channel": s.channel,
                                                 "constraints": s.constraints.public()} for s in saved]})


async def post_cancel(request: web.Request) -> web.Response:
    await auth.require_caller(request)
    body = await read_json(request, limit=4096, model=CancelRequest)
    cancelled = await asyncio.to_thread(subscriptions.cancel, _factory(request),
                                        viewer_of(request, body.user_id), body.id)
    log.info("notify_cancelled", extra={"count": cancelled, "all": body.id is None})
    return web.json_response({"cancelled": cancelled})
