"""The gateway's aiohttp application factory.

Each part of the gateway (recommender API, web chat, channels, agent console) owns a module with a
``setup(app)`` function that adds its routes and its cleanup contexts; this factory only wires them
together, so a new channel is one new module plus one line here. ``Parts`` says which parts to
mount: production mounts everything, a test mounts only what it exercises (a Telegram test needs no
recommender, so it loads none and needs no stand-in for one).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from collections.abc import AsyncIterator
from dataclasses import dataclass

from aiohttp import web

from bot import catalog_watch, erasure, handoff, keys, metrics, notify, reply_address
from bot.api import editorial as editorial_api
from bot.api import links as links_api
from bot.api import subscriptions as subscriptions_api
from bot.api import profile as profile_api
from bot.api import recommendations as recommendations_api
from bot.channels import telegram, voice, webchat
from bot.conversation import ConversationRouter
from bot.http import error_middleware
from bot.identity import VIEWER_KEYS, ViewerKeys
from bot.rasa_client import RasaClient
from contract.settings import Settings

if TYPE_CHECKING:
    from recommender.service import Recommender

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Parts:
    """Which parts of the gateway an app mounts (all of them unless a test says otherwise)."""

    recommender_api: bool = True
    webchat: bool = True
    voice: bool = True
    telegram: bool = True
    handoff: bool = True

    @classmethod
    def everything(cls) -> Parts:
        return cls()

    @classmethod
    def channels_only(cls) -> Parts:
        """Every channel and the agent console, without the recommender API (and its model)."""
        return cls(recommender_api=False)


def create_app(settings: Settings, *, recommender: Recommender | None = None,
               parts: Parts = Parts.everything()) -> web.Application:
    """Build the gateway. ``recommender`` may be injected (tests, benchmarks); otherwise it is loaded
    on start-up when ``parts`` mounts the recommender API."""
    app = web.Application(client_max_size=1 * 1024 * 1024, middlewares=[error_middleware])
    app[keys.SETTINGS] = settings
    rasa = RasaClient(settings.rasa_url, settings.rasa_timeout_s)
    app[keys.RASA] = rasa
    app[VIEWER_KEYS] = ViewerKeys.from_settings(settings)
    app[keys.ROUTER] = ConversationRouter(rasa, app[VIEWER_KEYS])
    reply_address.setup(app, app[VIEWER_KEYS], app[keys.ROUTER])  # where a turn's viewer can be notified
    erasure.setup(app)  # "delete my data" erases Rasa's stored conversations

    async def _rasa_client(app: web.Application) -> AsyncIterator[None]:
        yield
        await rasa.close()

    app.cleanup_ctx.append(_rasa_client)
    if parts.recommender_api:
        recommendations_api.setup(app, recommender)
        catalog_watch.setup(app)  # live catalog and rule changes (after the recommender is loaded)
        editorial_api.setup(app)
        profile_api.setup(app)
        links_api.setup(app)
        subscriptions_api.setup(app)
    # --- channel and console modules register themselves below (one line each) ---
    if parts.webchat:
        webchat.setup(app)
    if parts.voice:
        voice.setup(app)
    if parts.telegram:
        telegram.setup(app)
    if parts.handoff:
        handoff.setup(app)
    if parts.webchat or parts.telegram:
        notify.setup(app)  # 'tell me when' messages (after the channels it delivers on, with or without a recommender)
    metrics.setup(app)  # last: it times what the parts above set up
    return app
