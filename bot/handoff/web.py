"""Wires human handoff into the gateway: storage, router hooks, web chat delivery, agent console routes."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from typing import Any

from aiohttp import web

from bot import keys
from bot.channels.webchat_hub import WEBCHAT_HUB, WebChatHub
from bot.channels.webchat_protocol import agent_frame, bot_frame
from bot.conversation import ConversationKey
from bot.handoff import console
from bot.handoff.auth import AgentAuth, load_secret
from bot.handoff.service import HandoffService
from bot.handoff.store import HandoffStore
from bot.rasa_client import BotMessage

log = logging.getLogger(__name__)

WEB_CHANNEL = "web"


def setup(app: web.Application) -> None:
    """Create the tables, attach the handoff hooks to the router and add the console's routes."""
    settings = app[keys.SETTINGS]
    store = HandoffStore.from_url(settings.database_url)
    router = app[keys.ROUTER]
    service = HandoffService(store, router)
    router.attach_handoff(service)
    app[console.HANDOFF_SERVICE] = service
    app[console.AGENT_AUTH] = AgentAuth(store, load_secret(settings.session_secret, settings.var_dir))
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

    async def deliver(session_id: str, messages: list[BotMessage]) -> bool:
        return await push_to_web_chat(hub, session_id, messages)

    async def replay(session_id: str) -> None:
        await service.replay_to(ConversationKey(WEB_CHANNEL, session_id))

    service.router.register_channel(WEB_CHANNEL, deliver)
    hub.add_connect_listener(replay)


async def push_to_web_chat(hub: WebChatHub, session_id: str, messages: list[BotMessage]) -> bool:
    """Agent messages become ``agent`` frames, everything else ``bot`` frames (contracts §4).

    A plain-text line right before a handoff notice is dropped: the chat page renders the notice
    itself, and showing both would say the same thing twice.
    """
    delivered = True
    pending: list[BotMessage] = []
    for i, message in enumerate(messages):
        custom = message.get("custom") if isinstance(message.get("custom"), dict) else None
        if custom is not None and custom.get("type") == "agent":
            if pending:
                delivered &= await hub.push(session_id, bot_frame(pending)) > 0
                pending = []
            delivered &= await hub.push(session_id, agent_frame(str(custom.get("text", "")),
                                                                 str(custom.get("name", "")))) > 0
        elif not _is_notice_text(messages, i):
            pending.append(message)
    if pending:
        delivered &= await hub.push(session_id, bot_frame(pending)) > 0
    return delivered


def _is_notice_text(messages: list[BotMessage], i: int) -> bool:
    message = messages[i]
    if "custom" in message or i + 1 >= len(messages):
        return False
    following: Any = messages[i + 1].get("custom")
    return isinstance(following, dict) and following.get("type") == "handoff"


async def _close_streams(app: web.Application) -> None:
    app[console.HANDOFF_SERVICE].events.close_all()


async def _housekeeping(app: web.Application) -> AsyncIterator[None]:
    """Purge expired console sessions hourly; dispose of the engine on shutdown."""
    store = app[console.HANDOFF_SERVICE].store

    async def purge() -> None:
        while True:
            try:
                await asyncio.to_thread(store.purge_expired_sessions)
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
    store.engine.dispose()
