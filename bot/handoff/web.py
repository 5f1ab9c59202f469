"""Wires human handoff into the gateway: storage, the bus, router hooks, web chat delivery, console routes,
and the periodic jobs (the wait limit, purging expired sessions)."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import AsyncIterator

from aiohttp import web

from bot import keys
from bot.bus import BUS, make_bus
from bot.channels.webchat_hub import WEBCHAT_HUB
from bot.channels.webchat_protocol import bot_frame
from bot.conversation import ConversationKey
from bot.handoff import console
from bot.handoff.auth import AgentAuth, load_secret
from bot.handoff.events import AgentEvents
from bot.handoff.service import HandoffService
from bot.handoff.store import HandoffStore
from contract.payloads import Answer

log = logging.getLogger(__name__)

WEB_CHANNEL = "web"
# How often each gateway process looks for conversations past the wait limit (at most; shorter limits
# are checked more often, so a viewer waits at most about a tenth longer than configured).
MAX_SWEEP_INTERVAL_S = 10.0


def setup(app: web.Application) -> None:
    """Create the tables, attach the handoff hooks to the router and add the console's routes."""
    settings = app[keys.SETTINGS]
    store = HandoffStore.open(settings.database_url)
    router = app[keys.ROUTER]
    if BUS not in app:
        app[BUS] = make_bus(settings.redis_url)
    service = HandoffService(store, router, AgentEvents(app[BUS]),
                             wait_limit=dt.timedelta(seconds=settings.handoff_wait_s),
                             presence=dt.timedelta(seconds=settings.agent_presence_s))
    router.attach_handoff(service)
    app[console.HANDOFF_SERVICE] = service
    app[console.AGENT_AUTH] = AgentAuth(store.agents, load_secret(settings.session_secret, settings.var_dir))
    console.add_routes(app)
    app.cleanup_ctx.append(_bus)
    app.on_startup.append(_connect_web_chat)
    app.on_shutdown.append(_close_streams)
    app.cleanup_ctx.append(_housekeeping)


async def _bus(app: web.Application) -> AsyncIterator[None]:
    """Connect the bus (a wrong ``REDIS_URL`` fails the start) and let the consoles of this process hear it."""
    await app[BUS].start()
    await app[console.HANDOFF_SERVICE].events.attach()
    yield
    await app[BUS].close()


async def _connect_web_chat(app: web.Application) -> None:
    """Let agent replies reach web chat tabs, and replay what a viewer missed when a tab connects.

    Done at start-up rather than in ``setup`` so it works whichever order the modules were set up in.
    """
    if WEBCHAT_HUB not in app:
        return
    hub = app[WEBCHAT_HUB]
    hub.use_bus(app[BUS])
    service = app[console.HANDOFF_SERVICE]

    async def deliver(session_id: str, answers: list[Answer]) -> bool:
        """One ``bot`` frame to every open tab of the viewer (contracts §4); False when none is open."""
        return await hub.push(session_id, bot_frame(answers)) > 0

    async def replay(session_id: str) -> None:
        await service.replay_to(ConversationKey(WEB_CHANNEL, session_id))

    service.router.register_channel(WEB_CHANNEL, deliver)
    hub.add_connect_listener(replay)


async def _close_streams(app: web.Application) -> None:
    app[console.HANDOFF_SERVICE].events.close_all()


async def _housekeeping(app: web.Application) -> AsyncIterator[None]:
    """Return unclaimed conversations to the bot; purge expired console sessions hourly; close the
    database on shutdown."""
    service = app[console.HANDOFF_SERVICE]
    store = service.store

    async def purge() -> None:
        while True:
            try:
                await asyncio.to_thread(store.agents.purge_expired_sessions)
            except Exception:  # the database being briefly away must not kill the loop
                log.exception("agent_session_purge_failed")
            await asyncio.sleep(3600)

    async def wait_limit() -> None:
        interval = max(0.5, min(MAX_SWEEP_INTERVAL_S, service.wait_limit.total_seconds() / 10))
        while True:
            await asyncio.sleep(interval)
            try:
                await service.return_unclaimed()
            except Exception:  # the database being briefly away must not kill the loop
                log.exception("handoff_wait_limit_failed")

    tasks = [asyncio.create_task(purge()), asyncio.create_task(wait_limit())]
    yield
    for task in tasks:
        task.cancel()
    for task in tasks:
        try:
            await task
        except asyncio.CancelledError:
            pass
    store.close()
