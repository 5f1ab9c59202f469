"""'Tell me when' over HTTP, called back during a viewer's turn as the notification action does (SQLite and
PostgreSQL): the search is saved for the channel the turn came from; voice cannot be notified; list and
cancel ("stop") act on the caller's own searches.

Rasa is played by a small HTTP server that, like the action during a turn, calls the gateway back with the
sender id it was given; everything on the gateway side is real."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from api_testkit import (  # noqa: F401 - fixtures used by name
    PARTS, SERVICE, ClientFactory, app_settings, call, client, db_recommender,
)
from bot import keys
from bot.api.api_keys import ApiKeys
from bot.app import create_app
from bot.conversation import ConversationKey
from bot.rasa_client import RasaClient
from bot.identity import VIEWER_KEYS
from bot.reply_address import METADATA_KEY, ReplyAddress, ReplyAddresses
from recommender import subscriptions

KOREAN = {"countries": ["South Korea"], "media_type": ["series"]}


@asynccontextmanager
async def rasa_stand_in(turns_from: TestClient, api: TestClient, *, pass_reply_to: bool) -> AsyncIterator[list[Any]]:
    """A Rasa stand-in for the gateway ``turns_from``: every turn calls ``api``'s POST /api/subscriptions for
    its sender, as the notify action does (with the turn's sealed ``reply_to`` when ``pass_reply_to``).
    Yields the (status, body) of each call back."""
    results: list[Any] = []

    async def webhook(request: web.Request) -> web.Response:
        turn = await request.json()
        body = {"user_id": turn["sender"], "constraints": KOREAN}
        reply_to = (turn.get("metadata") or {}).get(METADATA_KEY)
        if pass_reply_to and reply_to:
            body["reply_to"] = reply_to
        async with aiohttp.ClientSession() as http:
            async with http.post(api.make_url("/api/subscriptions"), headers=SERVICE, json=body) as resp:
                results.append((resp.status, await resp.json()))
        return web.json_response([{"recipient_id": turn["sender"], "text": "ok"}])

    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", webhook)
    server = TestServer(app)
    await server.start_server()
    router = turns_from.app[keys.ROUTER]
    router.rasa = RasaClient(str(server.make_url("")).rstrip("/"), 10.0)
    try:
        yield results
    finally:
        await router.rasa.close()
        await server.close()


@pytest.fixture
async def rasa_calling_back(client: TestClient) -> AsyncIterator[list[Any]]:
    """The same gateway takes the turn and the call back, without ``reply_to`` (an older action server)."""
    async with rasa_stand_in(client, client, pass_reply_to=False) as results:
        yield results


@pytest.fixture
async def other_gateway(aiohttp_client: ClientFactory, db_recommender: Any, catalog_db: Any,
                        tmp_path: Path) -> TestClient:
    """A second gateway process of the same deployment (same secrets and database, its own router): where
    the action server's calls land behind a load balancer or on ``mediabot serve --recommender-only``."""
    (tmp_path / "other").mkdir()
    return await aiohttp_client(create_app(app_settings(tmp_path / "other", catalog_db.url),
                                           recommender=db_recommender, parts=PARTS))


def stored_address(catalog_db: Any, subscription_id: str) -> tuple[str, str]:
    with catalog_db.factory() as session:
        sub = session.get(subscriptions.Subscription, subscription_id)
        return sub.channel, sub.address


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


async def test_a_call_landing_on_another_gateway_saves_the_address_the_turn_carried(
        client: TestClient, other_gateway: TestClient, catalog_db: Any) -> None:
    router = client.app[keys.ROUTER]
    async with rasa_stand_in(client, other_gateway, pass_reply_to=True) as results:
        await router.handle(ConversationKey("telegram", "5005"), "tell me when new korean dramas arrive")
        await router.handle(ConversationKey("web", "tab-session-1"), "tell me when new korean dramas arrive")
        await router.handle(ConversationKey("voice", "speaker-1"), "tell me when new korean dramas arrive")
    (telegram, on_telegram), (web_status, on_web), (voice, refused) = results
    assert (telegram, web_status) == (200, 200), results
    assert stored_address(catalog_db, on_telegram["id"]) == ("telegram", "5005")
    assert stored_address(catalog_db, on_web["id"]) == ("web", "tab-session-1")
    assert voice == 409 and refused["error"] == "cannot_notify"


async def test_without_the_turns_address_another_gateway_cannot_notify(
        client: TestClient, other_gateway: TestClient) -> None:
    async with rasa_stand_in(client, other_gateway, pass_reply_to=False) as results:
        await client.app[keys.ROUTER].handle(ConversationKey("telegram", "5005"), "tell me when new korean dramas arrive")
    assert [(status, body["error"]) for status, body in results] == [(409, "cannot_notify")]


async def test_a_reply_address_is_taken_only_from_the_action_server_and_for_its_own_viewer(
        client: TestClient, catalog_db: Any) -> None:
    viewer_keys = client.app[VIEWER_KEYS]
    me, someone = viewer_keys.key("telegram", "5005"), viewer_keys.key("telegram", "6006")
    mine = ReplyAddresses.from_keys(viewer_keys).seal(ReplyAddress(me, "telegram", "5005"))
    body = {"user_id": "telegram:5005", "constraints": KOREAN, "reply_to": mine}
    api_keys = ApiKeys.open(catalog_db.url)
    try:
        host_app = {"Authorization": f"Bearer {api_keys.create(f'notify-host-{uuid.uuid4().hex[:8]}')}"}
    finally:
        api_keys.close()
    status, refused = await call(client, "POST", "/api/subscriptions", body, host_app)
    assert status == 403, refused
    status, refused = await call(client, "POST", "/api/subscriptions", {**body, "user_id": someone}, SERVICE)
    assert status == 400 and "reply_to" in refused["message"], refused
    forged = ReplyAddresses(b"not-this-deployments-secret").seal(ReplyAddress(me, "telegram", "5005"))
    assert (await call(client, "POST", "/api/subscriptions", {**body, "reply_to": forged}, SERVICE))[0] == 400
    status, saved = await call(client, "POST", "/api/subscriptions", body, SERVICE)
    assert status == 200 and saved["channel"] == "telegram"
