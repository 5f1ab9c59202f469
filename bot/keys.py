"""Typed aiohttp application keys shared by the gateway's modules."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiohttp import web

if TYPE_CHECKING:
    from bot.conversation import ConversationRouter
    from bot.rasa_client import RasaClient
    from contract.settings import Settings
    from recommender.service import Recommender

SETTINGS: web.AppKey["Settings"] = web.AppKey("settings")
RASA: web.AppKey["RasaClient"] = web.AppKey("rasa")
ROUTER: web.AppKey["ConversationRouter"] = web.AppKey("router")
RECOMMENDER: web.AppKey["Recommender"] = web.AppKey("recommender")
