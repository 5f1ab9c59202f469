"""Shared parts of the viewer-scoped API tests: a real gateway app whose recommender keeps viewers' data
in the parametrized database (``catalog_db``: SQLite and PostgreSQL), its credentials and viewer keys."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from bot.app import Parts, create_app
from bot.identity import ViewerKeys
from contract.settings import Settings

TOKEN = "service-token-for-tests"
SECRET = "viewer-secret-for-tests"
ALEXA = "alexa:amzn1.ask.account." + "Q" * 212  # a real-length Alexa account id
SERVICE = {"Authorization": f"Bearer {TOKEN}"}
PARTS = Parts(webchat=False, voice=False, telegram=False, handoff=False)
ClientFactory = Callable[..., Awaitable[TestClient]]


def key(ref: str) -> str:
    return ViewerKeys(SECRET.encode()).resolve(ref)


@pytest.fixture
def db_recommender(fixture_recommender: Any, catalog_db: Any) -> Any:
    """The fixture catalog's recommender, keeping viewers' data in the parametrized database."""
    from recommender.service import Recommender

    rec = fixture_recommender
    return Recommender(rec.snapshot, rec.vectors, rec.embedder, factory=catalog_db.factory)


def app_settings(tmp_path: Path, url: str, public: bool = True) -> Settings:
    return Settings(var_dir=tmp_path, database_url=url, rasa_url="http://127.0.0.1:9", rasa_timeout_s=1.0,
                    recommender_api_token=TOKEN, viewer_key_secret=SECRET, public_catalog_api=public)


@pytest.fixture
async def client(aiohttp_client: ClientFactory, db_recommender: Any, catalog_db: Any, tmp_path: Path) -> TestClient:
    return await aiohttp_client(create_app(app_settings(tmp_path, catalog_db.url), recommender=db_recommender,
                                           parts=PARTS))


async def call(client: TestClient, method: str, path: str, body: Any = None,
               headers: dict[str, str] | None = None, **params: str) -> tuple[int, Any]:
    resp = await client.request(method, path, json=body, headers=headers or {}, params=params or None)
    return resp.status, await resp.json()
