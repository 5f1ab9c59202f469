"""The viewer's profile over HTTP: viewing events, summary, export, deletion, the personalisation switch.

Every route here is viewer-scoped, so every one needs credentials (bot/api/auth.py) and names the viewer
with ``user_id`` (``"<channel>:<id>"`` or a viewer key). Host apps use them with an API key (their own
viewers' events, a "download my data" button, account deletion); the action server uses them with its
token when a viewer asks in conversation (actions/privacy.py).

- ``POST /api/events`` ``{"user_id", "events": [{"id", "item_id", "kind": play|progress|completion,
  "progress"?: 0-1, "at"?: ISO time}]}`` → ``{"stored", "duplicates"}``: batched (up to
  ``MAX_EVENTS``), idempotent by event id (a retried batch stores nothing twice), all or nothing (an
  unknown item refuses the batch, naming the ids).
- ``GET /api/profile?user_id=`` → a summary: titles liked, disliked, seen, counts, the switch, retention.
- ``GET /api/profile/export?user_id=`` → everything stored (saved "tell me when" searches of every linked
  channel included), as a JSON download; or
  ``GET /api/profile/export?link=<signed>`` without credentials: the short-lived link a viewer gets in
  chat (``POST /api/profile/export-link`` ``{"user_id"}`` → ``{"url", "expires_in"}``), signed with a key
  derived from the viewer-key secret, naming only the viewer key and its expiry.
- ``DELETE /api/profile?user_id=`` → deletes feedback, events, settings, links, saved "tell me when"
  searches, transcripts and the stored Rasa conversations of every linked identity (bot/erasure.py;
  the conversation of a turn in progress is erased again by its gateway after the turn); says how many of
  each (``conversations``: how many stored conversations held events).
- ``POST /api/profile/personalization`` ``{"user_id", "enabled"}``.
- ``POST /api/profile/standing`` ``{"user_id", "audience"?, "exclude_genres"?: [...], "clear"?: true}`` →
  the standing filters every later search of the viewer obeys (recommender/standing.py).

Retention: viewing events older than ``MEDIABOT_RETENTION_DAYS`` are purged at start-up and then once a
day (``retention_job``; ``mediabot purge`` does the same once).
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import hashlib
import hmac
import logging
import time
from collections.abc import AsyncIterator
from contextlib import suppress
from typing import Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, field_validator

from bot import keys
from bot.api import auth, transcripts
from bot.api.recommendations import MAX_ID_CHARS, MAX_VIEWER_CHARS, profile_of
from bot.erasure import ERASER
from bot.http import INVALID_REQUEST, ApiError, read_json
from bot.identity import VIEWER_KEYS, ViewerKeys
from contract.viewer import is_viewer_key
from recommender import links, profiles, standing, subscriptions

log = logging.getLogger(__name__)

MAX_EVENTS = 500
MAX_BODY_BYTES = 256 * 1024
MAX_FUTURE = dt.timedelta(minutes=5)  # clocks differ a little; an event from next week is a bug
EXPORT_LINK_S = 15 * 60
EXPORT_PATH = "/api/profile/export"
RETENTION_INTERVAL_S = 24 * 3600
TRANSCRIPTS: web.AppKey[Any] = web.AppKey("viewer_transcripts")  # sessionmaker over the handoff tables


class Event(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    id: str = Field(min_length=1, max_length=MAX_ID_CHARS)
    item_id: str = Field(min_length=1, max_length=MAX_ID_CHARS)
    kind: str = Field(pattern="^(play|progress|completion)$")
    progress: float | None = Field(default=None, ge=0.0, le=1.0)
    at: dt.datetime | None = None

    @field_validator("at")
    @classmethod
    def _aware(cls, v: dt.datetime | None) -> dt.datetime | None:
        if v is None:
            return None
        v = v if v.tzinfo else v.replace(tzinfo=dt.timezone.utc)
        if v > profiles.now() + MAX_FUTURE:
            raise ValueError("the event is in the future")
        return v


class EventsRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    user_id: str = Field(min_length=1, max_length=MAX_VIEWER_CHARS)
    events: list[Event] = Field(min_length=1, max_length=MAX_EVENTS)


class ViewerRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    user_id: str = Field(min_length=1, max_length=MAX_VIEWER_CHARS)


def _link_mac(keys: ViewerKeys, payload: str) -> str:
    link_key = hmac.new(keys.secret, b"export-link", hashlib.sha256).digest()
    mac = hmac.new(link_key, payload.encode("ascii"), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).decode("ascii").rstrip("=")


def export_link(keys: ViewerKeys, viewer: str, now_s: float | None = None) -> str:
    """``<viewer key>.<expiry>.<mac>``: the whole credential of one export download."""
    payload = f"{viewer}.{int((now_s or time.time()) + EXPORT_LINK_S)}"
    return f"{payload}.{_link_mac(keys, payload)}"


def viewer_of_link(keys: ViewerKeys, link: str, now_s: float | None = None) -> str | None:
    """The viewer a link was made for, or None when it is forged, altered or expired."""
    viewer, _, rest = link.partition(".")
    expiry, _, mac = rest.partition(".")
    if not is_viewer_key(viewer) or not expiry.isdigit() or not mac:
        return None
    if not hmac.compare_digest(mac, _link_mac(keys, f"{viewer}.{expiry}")):
        return None
    return viewer if int(expiry) >= (now_s or time.time()) else None


class StandingRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    user_id: str = Field(min_length=1, max_length=MAX_VIEWER_CHARS)
    audience: str | None = Field(default=None, max_length=16)
    exclude_genres: list[str] = Field(default_factory=list, max_length=20)
    clear: bool = False


class PersonalizationRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    user_id: str = Field(min_length=1, max_length=MAX_VIEWER_CHARS)
    enabled: bool


def setup(app: web.Application) -> None:
    app.router.add_post("/api/events", post_events)
    app.router.add_get("/api/profile", get_profile)
    app.router.add_delete("/api/profile", delete_profile)
    app.router.add_get(EXPORT_PATH, get_export)
    app.router.add_post("/api/profile/export-link", post_export_link)
    app.router.add_post("/api/profile/personalization", post_personalization)
    app.router.add_post("/api/profile/standing", post_standing)
    app.cleanup_ctx.append(transcripts_context)
    app.cleanup_ctx.append(retention_job)


async def transcripts_context(app: web.Application) -> AsyncIterator[None]:
    factory = await asyncio.to_thread(transcripts.open_transcripts, app[keys.SETTINGS].database_url)
    app[TRANSCRIPTS] = factory
    yield
    factory.kw["bind"].dispose()


async def purge_old_events(app: web.Application) -> int:
    """Delete viewing events and transcript lines older than the retention period; returns the events."""
    rec = app[keys.RECOMMENDER]
    cutoff = profiles.now() - dt.timedelta(days=app[keys.SETTINGS].retention_days)
    lines = await asyncio.to_thread(transcripts.purge, app[TRANSCRIPTS], cutoff)
    purged = 0 if rec.factory is None else await asyncio.to_thread(profiles.purge_events, rec.factory, cutoff)
    log.info("retention_purge", extra={"events": purged, "transcript_lines": lines,
                                       "retention_days": app[keys.SETTINGS].retention_days})
    return purged


async def retention_job(app: web.Application) -> AsyncIterator[None]:
    """Purge at start-up, then daily, while the gateway runs (one failed purge is logged, not fatal)."""

    async def loop() -> None:
        while True:
            try:
                await purge_old_events(app)
            except Exception:  # the database may be down for a moment: try again tomorrow
                log.exception("viewing_events_purge_failed")
            await asyncio.sleep(RETENTION_INTERVAL_S)

    task = asyncio.create_task(loop())
    yield
    task.cancel()
    with suppress(asyncio.CancelledError):
        await task


async def _viewer_from_query(request: web.Request) -> str:
    await auth.require_caller(request)
    ref = request.query.get("user_id", "")
    if not ref or len(ref) > MAX_VIEWER_CHARS:
        raise ApiError(400, INVALID_REQUEST, f"user_id: give the viewer (1-{MAX_VIEWER_CHARS} characters)")
    return await profile_of(request, ref)


async def post_events(request: web.Request) -> web.Response:
    await auth.require_caller(request)
    body = await read_json(request, limit=MAX_BODY_BYTES, model=EventsRequest)
    viewer = await profile_of(request, body.user_id)
    rec = request.app[keys.RECOMMENDER]
    unknown = sorted({e.item_id for e in body.events if e.item_id not in rec.snapshot.row_of})
    if unknown:
        raise ApiError(400, INVALID_REQUEST, f"unknown item ids: {', '.join(unknown[:10])}",
                       details={"unknown_item_ids": unknown})
    received = profiles.now()
    batch = [profiles.NewEvent(e.id, e.item_id, e.kind, e.progress if e.kind != "completion" else 1.0,
                               e.at or received) for e in body.events]
    stored, duplicates = await asyncio.to_thread(profiles.record_events, rec.factory, viewer, batch)
    log.info("viewing_events", extra={"stored": stored, "duplicates": duplicates})
    return web.json_response({"stored": stored, "duplicates": duplicates})


def summary(rec: Any, viewer: str, retention_days: int) -> dict[str, Any]:
    """What the service knows about the viewer, with titles (what "what do you know about me?" reads)."""
    sig = profiles.signals(rec.factory, viewer)

    def titled(ids: list[str]) -> list[dict[str, str]]:
        snap = rec.snapshot
        return [{"id": i, "title": snap.titles[snap.row_of[i]] if i in snap.row_of else i} for i in ids]

    watched = list(dict.fromkeys(e.item_id for e in sig.events))
    return {
        "liked": titled(sig.ids("like")),
        "disliked": titled(sig.ids("dislike")),
        "seen": titled(sig.ids("seen")),
        "watched": titled(watched),
        "viewing_events": len(sig.events),
        "personalize": sig.personalize,
        "linked_channels": links.linked_count(rec.factory, viewer),
        "standing": standing.get(rec.factory, viewer).public(),
        "retention_days": retention_days,
    }


async def get_profile(request: web.Request) -> web.Response:
    viewer = await _viewer_from_query(request)
    rec = request.app[keys.RECOMMENDER]
    days = request.app[keys.SETTINGS].retention_days
    return web.json_response(await asyncio.to_thread(summary, rec, viewer, days))


async def get_export(request: web.Request) -> web.Response:
    link = request.query.get("link")
    if link is not None:
        viewer = viewer_of_link(request.app[VIEWER_KEYS], link)
        if viewer is None:
            raise ApiError(403, "link_expired", "This download link is not valid any more: ask for your data again.")
    else:
        viewer = await _viewer_from_query(request)
    factory = request.app[keys.RECOMMENDER].factory
    data = await asyncio.to_thread(profiles.export, factory, viewer)
    data["saved_searches"] = await asyncio.to_thread(saved_searches, factory, viewer)
    return web.json_response(data, headers={"Content-Disposition": 'attachment; filename="mediabot-data.json"'})


def saved_searches(factory: Any, profile: str) -> list[dict[str, Any]]:
    """The "tell me when" searches of the profile and every channel linked to it (part of the export)."""
    return [{"channel": s.channel, "constraints": s.constraints.public()}
            for key in links.keys_of_profile(factory, profile) for s in subscriptions.list_for(factory, key)]


async def post_export_link(request: web.Request) -> web.Response:
    await auth.require_caller(request)
    body = await read_json(request, limit=4096, model=ViewerRequest)
    viewer = await profile_of(request, body.user_id)
    base = request.app[keys.SETTINGS].public_url
    url = f"{base}{EXPORT_PATH}?link={export_link(request.app[VIEWER_KEYS], viewer)}"
    return web.json_response({"url": url, "expires_in": EXPORT_LINK_S})


async def delete_profile(request: web.Request) -> web.Response:
    viewer = await _viewer_from_query(request)
    factory = request.app[keys.RECOMMENDER].factory
    every_key = await asyncio.to_thread(links.keys_of_profile, factory, viewer)
    deleted = await asyncio.to_thread(profiles.delete_viewer, factory, viewer)
    deleted["links"] = await asyncio.to_thread(links.delete_links, factory, viewer)  # across linked channels
    deleted["transcript_lines"] = await asyncio.to_thread(
        transcripts.delete_for, request.app[TRANSCRIPTS], request.app[VIEWER_KEYS], every_key)
    deleted["subscriptions"] = sum([await asyncio.to_thread(subscriptions.cancel, factory, key) for key in every_key])
    deleted["conversations"] = await request.app[ERASER].erase(every_key)
    log.info("profile_deleted", extra={"records": sum(deleted.values())})
    return web.json_response({"deleted": deleted})


async def post_personalization(request: web.Request) -> web.Response:
    await auth.require_caller(request)
    body = await read_json(request, limit=4096, model=PersonalizationRequest)
    viewer = await profile_of(request, body.user_id)
    await asyncio.to_thread(profiles.set_personalize, request.app[keys.RECOMMENDER].factory, viewer, body.enabled)
    return web.json_response({"personalize": body.enabled})


async def post_standing(request: web.Request) -> web.Response:
    """Set ("only kids' stuff from now on", "never show me horror") or clear the standing filters."""
    await auth.require_caller(request)
    body = await read_json(request, limit=4096, model=StandingRequest)
    viewer = await profile_of(request, body.user_id)
    factory = request.app[keys.RECOMMENDER].factory
    if body.clear:
        await asyncio.to_thread(standing.clear, factory, viewer)
        return web.json_response(standing.Standing().public())
    try:
        result = await asyncio.to_thread(standing.update, factory, viewer, audience=body.audience,
                                         exclude_genres=tuple(g.strip().lower() for g in body.exclude_genres))
    except ValueError as exc:
        raise ApiError(400, INVALID_REQUEST, str(exc)) from None
    return web.json_response(result.public())
