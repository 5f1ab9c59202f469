"""'Tell me when' over HTTP, called back during a viewer's turn as the notification action does (SQLite and
PostgreSQL): the search is saved for the channel the turn came from; voice cannot be notified; list and
cancel ("stop") act on the caller's own searches.

Rasa is played by a small HTTP server that, like the action during a turn, calls the gateway back with the
sender id it was given; everything on the gateway side is real."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from api_testkit import SERVICE, call, client, db_recommender  # noqa: F401 - fixtures used by name
from bot import keys
from bot.conversation import ConversationKey
from bot.rasa_client import RasaClient

KOREAN = {"countries": ["South Korea"], "media_type": ["series"]}


@pytest.fixture
async def rasa_calling_back(client: TestClient) -> AsyncIterator[list[Any]]:
    """A Rasa stand-in whose every turn calls POST /api/subscriptions for its sender; the gateway's router
    uses it. Yields the (status, body) of each call back."""
    results: list[Any] = []

    async def webhook(request: web.Request) -> web.Response:
        sender = (await request.json())["sender"]
        async with aiohttp.ClientSession() as http:
            async with http.post(client.make_url("/api/subscriptions"), headers=SERVICE,
                                 json={"user_id": sender, "constraints": KOREAN}) as resp:
                results.append((resp.status, await resp.json()))
        return web.json_response([{"recipient_id": sender, "text": "ok"}])

    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", webhook)
    server = TestServer(app)
    await server.start_server()
    router = client.app[keys.ROUTER]
    router.rasa = RasaClient(str(server.make_url("")).rstrip("/"), 10.0)
    yield results
    await router.rasa.close()
    await server.close()


async def test_a_search_is_saved_for_the_channel_of_the_turn_and_voice_is_refused(
        client: TestClient, rasa_calling_back: list[Any]) -> None:
    router = client.app[keys.ROUTER]
    await router.handle(ConversationKey("telegram", "5005"), "tell me when new korean dramas arrive")
    await router.handle(ConversationKey("voice", "speaker-1"), "tell me when new korean dramas arrive")
    (status, saved), (voice_status, refused) = rasa_calling_back
    assert status == 200 and saved["channel"] == "telegram"
    assert voice_status == 409 and refused["error"] == "cannot_notify"

    status, listed = await call(client, "POST", "/api/subscriptions/list", {"user_id": "telegram:5005"}, SERVICE)
    assert status == 200 and listed["subscriptions"] == [{"id": saved["id"], "channel": "telegram",
                                                          "constraints": KOREAN}]
    assert (await call(client, "POST", "/api/subscriptions/cancel", {"user_id": "web:someone-else"}, SERVICE)
            == (200, {"cancelled": 0}))
    assert (await call(client, "POST", "/api/subscriptions/cancel", {"user_id": "telegram:5005"}, SERVICE)
            == (200, {"cancelled": 1}))


async def test_outside_a_turn_or_without_credentials_nothing_is_saved(client: TestClient) -> None:
    body = {"user_id": "telegram:5005", "constraints": KOREAN}
    assert (await call(client, "POST", "/api/subscriptions", body))[0] == 401
    status, refused = await call(client, "POST", "/api/subscriptions", body, SERVICE)
    assert status == 409 and refused["error"] == "cannot_notify"
    status, bad = await call(client, "POST", "/api/subscriptions", {**body, "constraints": {"genres": ["nope"]}},
                             SERVICE)
    assert status == 400
