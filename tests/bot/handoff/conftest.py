"""Fixtures for the handoff tests: stores on SQLite and PostgreSQL, a fake Rasa, the real gateway app.

The PostgreSQL store lives in a schema of its own per test (from ``postgres_schemas`` in
tests/conftest.py, dropped at the end of the session), so these tests never collide with others.
"""

from __future__ import annotations

import socket
import sys
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from fake_rasa import FakeRasa  # noqa: E402

from bot.app import create_app  # noqa: E402
from bot.handoff import passwords  # noqa: E402
from bot.handoff.store import HandoffStore  # noqa: E402
from mediabot.settings import Settings  # noqa: E402



@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Cheap scrypt parameters for tests that are not about hashing (the format carries them)."""
    if request.node.get_closest_marker("real_scrypt") is None:
        monkeypatch.setattr(passwords, "N", 2**10)


def _sqlite_store(tmp_path: Path) -> HandoffStore:
    return HandoffStore.from_url(f"sqlite:///{tmp_path / 'handoff.db'}")


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HandoffStore]:
    """An empty handoff store on each backend."""
    if request.param == "sqlite":
        s = _sqlite_store(tmp_path)
    else:
        schemas = request.getfixturevalue("postgres_schemas")
        s = HandoffStore.from_url(schemas.url(schemas.create()))
    yield s
    s.engine.dispose()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[HandoffStore]:
    s = _sqlite_store(tmp_path)
    yield s
    s.engine.dispose()


@pytest.fixture
def fake_rasa() -> FakeRasa:
    return FakeRasa()


@pytest.fixture
async def rasa_url(fake_rasa: FakeRasa) -> Any:
    server = TestServer(fake_rasa.app(), host="127.0.0.1")
    await server.start_server()
    yield str(server.make_url("")).rstrip("/")
    await server.close()


class UnusedRecommender:
    """The handoff never calls the recommender; injecting this skips loading the catalog."""


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def settings(tmp_path: Path, rasa_url: str) -> Settings:
    return Settings(var_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'gateway.db'}",
                    rasa_url=rasa_url, rasa_timeout_s=2.0, session_secret="test-secret")


@pytest.fixture
def gateway_app(settings: Settings) -> web.Application:
    return create_app(settings, recommender=UnusedRecommender())


ClientFactory = Callable[..., Awaitable[TestClient]]


@pytest.fixture
async def client(aiohttp_client: ClientFactory, gateway_app: web.Application) -> TestClient:
    return await aiohttp_client(gateway_app)
