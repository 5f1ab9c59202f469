"""Viewer-scoped API calls need credentials (issue 8, item 7), on SQLite and PostgreSQL: anonymous or
wrong credentials get 401 and change nothing; the action server's token and host apps' API keys work;
revoked keys stop working; catalog-only calls stay public unless configured otherwise.

The real gateway app with a real Recommender (fixture catalog snapshot and vectors) whose profile
tables live in the parametrized database (``catalog_db``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from api_testkit import (  # the fixtures are used by name
    ALEXA, PARTS, SERVICE, ClientFactory, app_settings, call, client, db_recommender, key,
)
from bot.api.api_keys import ApiKeys
from bot.app import create_app
from recommender import profiles

VIEWER_CALLS = [
    ("POST", "/api/feedback", {"user_id": "telegram:42", "item_id": "s608", "kind": "like"}, {}),
    ("POST", "/api/feedback", {"user_id": "telegram:42", "item_id": "s533", "kind": "seen", "undo": True}, {}),
    ("POST", "/api/events", {"user_id": "telegram:42", "events": [{"id": "e9", "item_id": "s29", "kind": "play"}]}, {}),
    ("POST", "/api/recommendations", {"user_id": "telegram:42"}, {}),
    ("GET", "/api/profile", None, {"user_id": "telegram:42"}),
    ("GET", "/api/profile/export", None, {"user_id": "telegram:42"}),
    ("DELETE", "/api/profile", None, {"user_id": "telegram:42"}),
    ("POST", "/api/profile/personalization", {"user_id": "telegram:42", "enabled": False}, {}),
    ("POST", "/api/profile/standing", {"user_id": "telegram:42", "audience": "kids"}, {}),
    ("GET", "/api/items/s608", None, {"user_id": "telegram:42"}),  # "tell me more", tied to the viewer's lists
    ("POST", "/api/profile/export-link", {"user_id": "telegram:42"}, {}),
    ("POST", "/api/links/code", {"user_id": "telegram:42"}, {}),
    ("POST", "/api/links/unlink", {"user_id": "telegram:42"}, {}),
]


@pytest.mark.parametrize("credentials", [None, "Bearer wrong-token", "Basic c2VydmljZQ==", "Bearer mbk_00000000_x"])
async def test_viewer_calls_without_valid_credentials_are_401_and_change_nothing(
        client: TestClient, db_recommender: Any, credentials: str | None) -> None:
    factory, viewer = db_recommender.factory, key("telegram:42")
    status, _ = await call(client, "POST", "/api/feedback", {"user_id": "telegram:42", "item_id": "s533",
                                                             "kind": "seen"}, SERVICE)
    assert status == 200
    before = profiles.export(factory, viewer)
    headers = {"Authorization": credentials} if credentials else {}
    for method, path, body, params in VIEWER_CALLS:
        resp = await client.request(method, path, json=body, headers=headers, params=params or None)
        assert resp.status == 401, (method, path, await resp.text())
        assert resp.headers["WWW-Authenticate"].startswith("Bearer")
        assert (await resp.json())["error"] == "unauthorized"
    assert profiles.export(factory, viewer) == before
    resp = await client.post("/api/links/redeem", json={"user_id": "web:9", "code": "ABCDEF"}, headers=headers)
    assert resp.status == 401


async def test_the_action_servers_token_reaches_every_viewer_call(client: TestClient, db_recommender: Any) -> None:
    for method, path, body, params in VIEWER_CALLS:
        status, answer = await call(client, method, path, body, SERVICE, **params)
        assert status == 200, (method, path, answer)


async def test_an_api_key_works_until_it_is_revoked(client: TestClient, catalog_db: Any) -> None:
    keys = ApiKeys.open(catalog_db.url)
    try:
        name = f"host-app-{catalog_db.backend}"
        api_key = keys.create(name)
        auth = {"Authorization": f"Bearer {api_key}"}
        status, _ = await call(client, "GET", "/api/profile", None, auth, user_id="web:someone")
        assert status == 200
        assert [k.name for k in keys.list() if k.revoked_at is None].count(name) == 1
        assert all(api_key not in repr(k) for k in keys.list())  # listings never show the key
        assert keys.revoke(name) and not keys.revoke(name)
        status, _ = await call(client, "GET", "/api/profile", None, auth, user_id="web:someone")
        assert status == 401
    finally:
        keys.close()


async def test_catalog_calls_are_public_by_default(client: TestClient) -> None:
    status, body = await call(client, "POST", "/api/recommendations", {"constraints": {"genres": ["horror"]}})
    assert status == 200 and body["items"]
    assert (await client.get("/api/items/s608")).status == 200
    assert (await client.get("/api/vocabulary")).status == 200


async def test_a_closed_catalog_api_needs_credentials_too(
        aiohttp_client: ClientFactory, db_recommender: Any, catalog_db: Any, tmp_path: Path) -> None:
    closed = await aiohttp_client(create_app(app_settings(tmp_path, catalog_db.url, public=False),
                                             recommender=db_recommender, parts=PARTS))
    for method, path in (("POST", "/api/recommendations"), ("GET", "/api/items/s608"), ("GET", "/api/vocabulary")):
        resp = await closed.request(method, path, json={} if method == "POST" else None)
        assert resp.status == 401, path
        resp = await closed.request(method, path, json={} if method == "POST" else None, headers=SERVICE)
        assert resp.status == 200, path


async def test_a_real_length_alexa_id_is_stored_under_its_viewer_key(client: TestClient, db_recommender: Any) -> None:
    status, _ = await call(client, "POST", "/api/feedback", {"user_id": ALEXA, "item_id": "s608", "kind": "like"},
                           SERVICE)
    assert status == 200
    assert profiles.signals(db_recommender.factory, key(ALEXA)).ids("like") == ["s608"]
    status, body = await call(client, "POST", "/api/recommendations", {"user_id": ALEXA, "limit": 50}, SERVICE)
    assert status == 200 and "s608" not in {i["id"] for i in body["items"]}
    status, body = await call(client, "POST", "/api/feedback", {"user_id": "no-channel", "item_id": "s608",
                                                                "kind": "like"}, SERVICE)
    assert status == 400 and "user_id" in body["message"]
