"""The agent console's HTTP API (``/agent/api/...``), its live event stream and its page.

Agents see only what the console needs: an opaque conversation ``ref`` (never the channel's user id),
the channel, timings and the transcript; other agents appear by display name only. Refusals are
``bot.http.ApiError``s (rendered by its middleware), so the console gets the gateway's one error shape.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Awaitable, Callable
from pathlib import Path

from aiohttp import web

from bot.handoff.agents import AgentRecord
from bot.handoff.auth import (
    COOKIE,
    CSRF_HEADER,
    AgentAuth,
    Throttle,
    clear_session_cookie,
    client_address,
    is_cross_site,
    set_session_cookie,
)
from bot.handoff.events import CLOSE
from bot.handoff.models import utcnow
from bot.handoff.service import HandoffError, HandoffService
from bot.handoff.views import label, line_json, queue_json
from bot.http import INVALID_REQUEST, NOT_FOUND, ApiError, read_json

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).resolve().parent.parent / "web" / "agent"
REF_RE = re.compile(r"^[0-9a-f]{16}$")
SSE_HEARTBEAT_S = 15.0
SESSION_RECHECK_S = 15.0  # a live stream re-checks its session this often, busy or idle
MAX_BODY_BYTES = 16 * 1024  # a sign-in or a reply; replies are capped far lower by the service

HANDOFF_SERVICE: web.AppKey[HandoffService] = web.AppKey("handoff_service", HandoffService)
AGENT_AUTH: web.AppKey[AgentAuth] = web.AppKey("agent_auth", AgentAuth)

AgentHandler = Callable[[web.Request, AgentRecord], Awaitable[web.StreamResponse]]


def add_routes(app: web.Application) -> None:
    r = app.router
    r.add_get("/agent", page)
    r.add_get("/agent/", page)
    r.add_static("/agent/static/", STATIC_DIR, name="agent_static")
    r.add_get("/agent/api/me", me)
    r.add_post("/agent/api/login", login)
    r.add_post("/agent/api/logout", signed_in(logout, csrf=True))
    r.add_get("/agent/api/queue", signed_in(queue))
    r.add_get("/agent/api/events", signed_in(events))
    r.add_get("/agent/api/conversations/{ref}", signed_in(transcript))
    r.add_post("/agent/api/conversations/{ref}/claim", signed_in(claim, csrf=True))
    r.add_post("/agent/api/conversations/{ref}/reply", signed_in(reply, csrf=True))
    r.add_post("/agent/api/conversations/{ref}/hand-back", signed_in(hand_back, csrf=True))
    app.on_response_prepare.append(_security_headers)


def signed_in(handler: AgentHandler, *, csrf: bool = False) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    """Wrap a handler: valid session required; for state changes also same-site and a valid CSRF token."""

    async def wrapped(request: web.Request) -> web.StreamResponse:
        if csrf and is_cross_site(request):
            raise ApiError(403, "cross_site", "Cross-site requests are not allowed.")
        token = request.cookies.get(COOKIE)
        agent = await request.app[AGENT_AUTH].session_agent(token)
        if agent is None or token is None:
            raise ApiError(401, "signed_out", "Please sign in.")
        if csrf and not request.app[AGENT_AUTH].csrf_ok(token, request.headers.get(CSRF_HEADER)):
            raise ApiError(403, "csrf", "Missing or invalid CSRF token; reload the console.")
        return await handler(request, agent)

    return wrapped


# --- page and session -----------------------------------------------------------------------------------


async def page(request: web.Request) -> web.FileResponse:
    return web.FileResponse(STATIC_DIR / "index.html")


async def me(request: web.Request) -> web.Response:
    """Who is signed in, and the CSRF token the console sends back with every change.

    Answers 200 either way: "not signed in" is the normal first state of the page, not an error.
    """
    auth = request.app[AGENT_AUTH]
    token = request.cookies.get(COOKIE)
    agent = await auth.session_agent(token)
    if agent is None or token is None:
        return web.json_response({"signed_in": False})
    return web.json_response({"signed_in": True, "name": agent.display_name, "csrf": auth.csrf_token(token)})


async def login(request: web.Request) -> web.Response:
    if is_cross_site(request):
        raise ApiError(403, "cross_site", "Cross-site requests are not allowed.")
    body = await read_json(request, limit=MAX_BODY_BYTES)
    username, password = body.get("username"), body.get("password")
    if not isinstance(username, str) or not isinstance(password, str) or not username or not password:
        raise ApiError(400, "missing_fields", "Enter your username and password.")
    if len(username) > 64 or len(password) > 1024:
        raise ApiError(400, "too_long", "Username or password is too long.")
    auth = request.app[AGENT_AUTH]
    agent = await auth.sign_in(username, password, client_address(request))
    if isinstance(agent, Throttle):
        if agent.limited:
            log.warning("agent_login_throttled")
            raise ApiError(429, "too_many_attempts", "Too many sign-in attempts. Try again a little later.",
                           headers={"Retry-After": str(agent.retry_after_s)})
        log.info("agent_login_failed")
        raise ApiError(401, "invalid_credentials", "Wrong username or password.")
    old = request.cookies.get(COOKIE)
    if old:
        await auth.end_session(old)
    token = await auth.start_session(agent)
    log.info("agent_login", extra={"agent_id": agent.id})
    response = web.json_response({"signed_in": True, "name": agent.display_name, "csrf": auth.csrf_token(token)})
    set_session_cookie(request, response, token)
    return response


async def logout(request: web.Request, agent: AgentRecord) -> web.Response:
    token = request.cookies.get(COOKIE)
    if token:
        await request.app[AGENT_AUTH].end_session(token)
    log.info("agent_logout", extra={"agent_id": agent.id})
    response = web.json_response({"ok": True})
    clear_session_cookie(request, response)
    return response


# --- queue, transcript, actions ------------------------------------------------------------------------


async def queue(request: web.Request, agent: AgentRecord) -> web.Response:
    service = request.app[HANDOFF_SERVICE]
    entries = await service.queue(agent)
    return web.json_response({
        "now": utcnow().isoformat(),
        "conversations": [queue_json(e, service.router.can_push(e.channel)) for e in entries],
    })


async def transcript(request: web.Request, agent: AgentRecord) -> web.Response:
    ref = _ref(request)
    service = request.app[HANDOFF_SERVICE]
    try:
        state, lines, agent_id, agent_name = await service.transcript(ref)
    except HandoffError as exc:
        raise ApiError(exc.status, exc.code, str(exc)) from None
    live = service.router.can_push(state.channel)
    return web.json_response({
        "conversation": {
            "ref": state.ref, "label": label(state.ref), "channel": state.channel, "status": state.status,
            "claimed_by": agent_name, "claimed_by_me": agent_id == agent.id,
            "live_delivery": live,
        },
        "messages": [line_json(line, live) for line in lines],
    })


async def claim(request: web.Request, agent: AgentRecord) -> web.Response:
    return await _act(request, lambda s, ref: s.claim(ref, agent))


async def hand_back(request: web.Request, agent: AgentRecord) -> web.Response:
    return await _act(request, lambda s, ref: s.hand_back(ref, agent))


async def reply(request: web.Request, agent: AgentRecord) -> web.Response:
    body = await read_json(request, limit=MAX_BODY_BYTES)
    text = body.get("text")
    if not isinstance(text, str):
        raise ApiError(400, INVALID_REQUEST, "text: must be a string")  # an empty one is the service's "empty"
    ref = _ref(request)
    try:
        live = await request.app[HANDOFF_SERVICE].reply(ref, agent, text)
    except HandoffError as exc:
        raise ApiError(exc.status, exc.code, str(exc)) from None
    return web.json_response({"ok": True, "delivered": live})


async def _act(request: web.Request, action: Callable[[HandoffService, str], Awaitable[None]]) -> web.Response:
    ref = _ref(request)
    try:
        await action(request.app[HANDOFF_SERVICE], ref)
    except HandoffError as exc:
        raise ApiError(exc.status, exc.code, str(exc)) from None
    return web.json_response({"ok": True})


def _ref(request: web.Request) -> str:
    ref = request.match_info["ref"]
    if not REF_RE.match(ref):
        raise ApiError(404, NOT_FOUND, "No such conversation.")
    return ref


# --- live updates (Server-Sent Events) -----------------------------------------------------------------


async def events(request: web.Request, agent: AgentRecord) -> web.StreamResponse:
    """``text/event-stream`` of "queue changed" / "conversation changed" notifications.

    The session is re-checked every ``SESSION_RECHECK_S`` whether or not events are flowing (a busy
    queue must not keep a disabled agent's or an expired session's stream alive); heartbeats keep
    proxies from closing an idle stream.
    """
    service = request.app[HANDOFF_SERVICE]
    response = web.StreamResponse(headers={
        "Content-Type": "text/event-stream", "Cache-Control": "no-store", "X-Accel-Buffering": "no",
    })
    await response.prepare(request)
    subscription = service.events.subscribe()
    try:
        await response.write(b"retry: 2000\nevent: hello\ndata: {}\n\n")
        loop = asyncio.get_running_loop()
        recheck_at = loop.time() + SESSION_RECHECK_S
        while True:
            if loop.time() >= recheck_at:
                if await request.app[AGENT_AUTH].session_agent(request.cookies.get(COOKIE)) is None:
                    log.info("agent_stream_cut", extra={"agent_id": agent.id})
                    break
                recheck_at = loop.time() + SESSION_RECHECK_S
            try:
                event = await asyncio.wait_for(subscription.get(), min(SSE_HEARTBEAT_S, recheck_at - loop.time()))
            except TimeoutError:
                await response.write(b": ping\n\n")
                continue
            if event is CLOSE:
                break
            data = json.dumps(event, separators=(",", ":"))
            await response.write(f"event: {event.get('type', 'message')}\ndata: {data}\n\n".encode())
    except (ConnectionResetError, ConnectionError):
        pass
    finally:
        service.events.unsubscribe(subscription)
    return response


async def _security_headers(request: web.Request, response: web.StreamResponse) -> None:
    """Strict CSP, no framing (clickjacking) and no caching of anything an agent sees."""
    if not request.path.startswith("/agent"):
        return
    response.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'",
    )
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    if request.path.startswith("/agent/static/"):
        response.headers.setdefault("Cache-Control", "no-cache")
    else:
        response.headers.setdefault("Cache-Control", "no-store")
