"""Who may call the viewer-scoped API: the action server (a shared token) and host apps (API keys).

The gateway is public (Telegram and Alexa must reach their webhooks), so anything that reads or writes
one viewer's data — feedback, viewing events, the profile, its export and deletion, and ``user_id`` in
a recommendation request (comparing answers with and without a victim's id would reveal their history)
— needs ``Authorization: Bearer <credential>``:

- the action server's token, ``RECOMMENDER_API_TOKEN`` or one generated into ``var/`` (0600), which
  the action server reads from the same file (``contract.settings.recommender_api_token``);
- a host app's API key (bot/api/api_keys.py).

An anonymous or wrong credential gets 401 before the body is even read, so it changes nothing.
Catalog-only calls (no ``user_id``) stay public unless ``MEDIABOT_PUBLIC_CATALOG_API=0``.
"""

from __future__ import annotations

import asyncio
import hmac
from collections.abc import AsyncIterator
from dataclasses import dataclass

from aiohttp import web

from bot import keys
from bot.api.api_keys import ApiKeys
from bot.http import ApiError
from contract.secret_file import load_or_create
from contract.settings import API_TOKEN_FILE

UNAUTHORIZED = "unauthorized"
CHALLENGE = {"WWW-Authenticate": 'Bearer realm="mediabot"'}
ACTIONS = "actions"


@dataclass(frozen=True)
class Credentials:
    """The action server's token and the API-key repository (one per app)."""

    service_token: str
    api_keys: ApiKeys
    public_catalog: bool

    async def caller(self, request: web.Request) -> str | None:
        """``"actions"``, ``"apikey:<name>"``, or None when the request carries no valid credential."""
        scheme, _, value = request.headers.get("Authorization", "").partition(" ")
        value = value.strip()
        if scheme.lower() != "bearer" or not value:
            return None
        if hmac.compare_digest(value.encode("utf-8"), self.service_token.encode("utf-8")):
            return ACTIONS
        name = await asyncio.to_thread(self.api_keys.verify, value)
        return f"apikey:{name}" if name else None


CREDENTIALS: web.AppKey[Credentials] = web.AppKey("api_credentials")


async def credentials_context(app: web.Application) -> AsyncIterator[None]:
    """Read (or generate) the service token and open the API-key table on ``DATABASE_URL``."""
    settings = app[keys.SETTINGS]
    token = load_or_create(settings.recommender_api_token, settings.var_dir / API_TOKEN_FILE)
    store = await asyncio.to_thread(ApiKeys.open, settings.database_url)
    app[CREDENTIALS] = Credentials(token, store, settings.public_catalog_api)
    yield
    store.close()


async def require_caller(request: web.Request) -> str:
    """The authenticated caller, or a 401 with a ``WWW-Authenticate`` challenge."""
    caller = await request.app[CREDENTIALS].caller(request)
    if caller is None:
        raise ApiError(401, UNAUTHORIZED, "This endpoint needs credentials: Authorization: Bearer <token or API key>.",
                       headers=CHALLENGE)
    return caller


async def require_for_catalog(request: web.Request) -> None:
    """Catalog-only calls: open when the catalog API is public, else like every other call."""
    if not request.app[CREDENTIALS].public_catalog:
        await require_caller(request)
