"""Impressions over the real API: a list shown to a viewer carries its ``impression_id``, and asking about
one of its titles (``GET /api/items/{id}?user_id=…``, what the details action sends) is tied back to it."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from bot.app import Parts, create_app
from contract.settings import Settings
from recommender import impressions

TOKEN = "impressions-api-tests-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
async def client(aiohttp_client: Callable[..., Awaitable[TestClient]], fixture_recommender: Any,
                 tmp_path: Path) -> TestClient:
    settings = Settings(var_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'gateway.db'}", reload_poll_s=0,
                        rasa_url=f"http://127.0.0.1:{_closed_port()}", rasa_timeout_s=1.0, recommender_api_token=TOKEN)
    parts = Parts(webchat=False, voice=False, telegram=False, handoff=False)
    return await aiohttp_client(create_app(settings, recommender=fixture_recommender, parts=parts))


async def test_details_asked_by_a_viewer_are_tied_to_the_list_they_were_shown(client: TestClient,
                                                                               fixture_recommender: Any) -> None:
    viewer = f"web:{uuid.uuid4().hex}"
    resp = await client.post("/api/recommendations", headers=AUTH,
                             json={"constraints": {"genres": ["comedy"]}, "user_id": viewer, "limit": 3})
    answer = await resp.json()
    assert resp.status == 200 and answer["impression_id"]
    second = answer["items"][1]["id"]
    details = await client.get(f"/api/items/{second}", params={"user_id": viewer}, headers=AUTH)
    assert details.status == 200
    assert impressions.events_of(fixture_recommender.factory, answer["impression_id"]) == [(second, 2, "details")]


async def test_naming_a_viewer_without_credentials_is_refused(client: TestClient) -> None:
    resp = await client.get("/api/items/s14", params={"user_id": "web:someone"})
    assert resp.status == 401
    assert (await client.get("/api/items/s14")).status == 200  # the catalog itself stays public
