"""The gateway's aiohttp application factory.

Each part of the gateway (recommender API, web chat, channels, agent console) owns a module with a
``setup(app)`` function that adds its routes and its cleanup contexts; this factory only wires them
together, so a new channel is one new module plus one line here.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

from aiohttp import web

from bot import handoff, keys
from bot.api import recommendations as recommendations_api
from bot.channels import telegram, voice, webchat
from bot.conversation import ConversationRouter
from bot.http import error_middleware
from bot.rasa_client import RasaClient
from contract.settings import Settings

log = logging.getLogger(__name__)


def create_app(settings: Settings, *, recommender=None) -> web.Application:
    """Build the gateway. ``recommender`` may be injected (tests); otherwise it is loaded on start-up."""
    app = web.Application(client_max_size=1 * 1024 * 1024, middlewares=[error_middleware])
    app[keys.SETTINGS] = settings
    rasa = RasaClient(settings.rasa_url, settings.rasa_timeout_s)
    app[keys.RASA] = rasa
    app[keys.ROUTER] = ConversationRouter(rasa)

    async def _rasa_client(app: web.Application) -> AsyncIterator[None]:
        yield
        await rasa.close()

    app.cleanup_ctx.append(_rasa_client)
    recommendations_api.setup(app, recommender)
    # --- channel and console modules register themselves below (one line each) ---
    webchat.setup(app)
    voice.setup(app)
    telegram.setup(app)
    handoff.setup(app)
    return app
