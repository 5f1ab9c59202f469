"""Wires human handoff into the gateway: storage, router hooks, web chat delivery, agent console routes."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator

from aiohttp import web

from bot import keys
from bot.channels.webchat_hub import WEBCHAT_HUB
from bot.channels.webchat_protocol import bot_frame
from bot.conversation import ConversationKey
from bot.handoff import console
from bot.handoff.auth import AgentAuth, load_secret
from bot.handoff.service import HandoffService
from bot.handoff.store import HandoffStore
from contract.payloads import Answer

log = logging.getLogger(__name__)

WEB_CHANNEL = "web"


def setup(app: web.Application) -> None:
    """Create the tables, attach the handoff hooks to the router and add the console's routes."""
    settings = app[keys.SETTINGS]
    store = HandoffStore.open(settings.database_url)
    router = app[keys.ROUTER]
    service = HandoffService(store, router)
    router.attach_handoff(service)
    app[console.HANDOFF_SERVICE] = service
    app[console.AGENT_AUTH] = AgentAuth(store.agents, load_secret(settings.session_secret, settings.var_dir))
    console.add_routes(app)
    app.on_startup.append(_connect_web_chat)
    app.on_shutdown.append(_close_streams)
    app.cleanup_ctx.append(_housekeeping)


async def _connect_web_chat(app: web.Application) -> None:
    """Let agent replies reach web chat tabs, and replay what a viewer missed when a tab connects.

    Done at start-up rather than in ``setup`` so it works whichever order the modules were set up in.
    """
    if WEBCHAT_HUB not in app:
        return
    hub = app[WEBCHAT_HUB]
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
    """Purge expired console sessions hourly; close the database on shutdown."""
    store = app[console.HANDOFF_SERVICE].store

    async def purge() -> None:
        while True:
            try:
                await asyncio.to_thread(store.agents.purge_expired_sessions)
            except Exception:  # the database being briefly away must not kill the loop
                log.exception("agent_session_purge_failed")
            await asyncio.sleep(3600)

    task = asyncio.create_task(purge())
    yield
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    store.close()
