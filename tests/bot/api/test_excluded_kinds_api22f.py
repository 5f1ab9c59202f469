"""POST /api/recommendations with an excluded kind of several genres (round 22, ``exclude_origin_genres``
"crime+documentary"): applied and echoed in its canonical form; an unknown genre in it is a 400 listing the valid
genres, like every closed field."""

from __future__ import annotations

import socket
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from bot.app import create_app
from contract.settings import Settings
from contract.vocabulary import GENRE_IDS

TOKEN = "kinds-api-tests-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
async def client(aiohttp_client: Callable[..., Awaitable[TestClient]], fixture_recommender, tmp_path: Path) -> TestClient:
    settings = Settings(var_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'gateway.db'}",
                        rasa_url=f"http://127.0.0.1:{_closed_port()}", rasa_timeout_s=1.0, recommender_api_token=TOKEN)
    return await aiohttp_client(create_app(settings, recommender=fixture_recommender))


async def post(client: TestClient, body: Any) -> tuple[int, Any]:
    resp = await client.post("/api/recommendations", json=body, headers=AUTH)
    return resp.status, await resp.json()


async def test_a_combination_is_applied_and_echoed(client: TestClient) -> None:
    status, body = await post(client, {"constraints": {"genres": ["documentary"],
                                                       "exclude_origin_genres": ["documentary+crime"]}, "limit": 50})
    assert status == 200
    assert body["constraints"]["exclude_origin_genres"] == ["crime+documentary"]
    assert body["items"] and all("crime" not in item["genres"] for item in body["items"])


async def test_an_unknown_genre_in_a_combination_is_400_listing_the_genres(client: TestClient) -> None:
    status, body = await post(client, {"constraints": {"exclude_origin_genres": ["crime+docs"]}})
    assert status == 400
    assert body["error"] == "invalid_request"
    assert "docs" in body["message"]
    assert set(body["details"]["valid"]) == GENRE_IDS
    assert body["details"]["field"] == "exclude_origin_genres"
