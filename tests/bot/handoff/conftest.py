"""Fixtures for the handoff tests: stores on SQLite and PostgreSQL, the real gateway app in process.

The gateway app runs in this process (aiohttp's test client) with a database of its own per test, in
front of the real Rasa server of the session-wide stack (``stack`` in tests/conftest.py) for tests
marked ``integration``; other tests get a Rasa URL on a closed port (they never need Rasa, and if
they reached for it they would get the honest "can't reach" answer, not a made-up one). The real Rasa
keeps trackers in memory for the whole session, so every test talks under sender ids of its own.

The PostgreSQL store lives in a schema of its own per test (from ``postgres_schemas`` in
tests/conftest.py, dropped at the end of the session), so these tests never collide with others.
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from real_rasa import closed_url

from bot.app import Parts, create_app
from bot.handoff import passwords
from bot.handoff.store import HandoffStore
from contract.settings import Settings


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Cheap scrypt parameters for tests that are not about hashing (the format carries them)."""
    if request.node.get_closest_marker("real_scrypt") is None:
        monkeypatch.setattr(passwords, "N", 2**10)


def _sqlite_store(tmp_path: Path) -> HandoffStore:
    return HandoffStore.open(f"sqlite:///{tmp_path / 'handoff.db'}")


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HandoffStore]:
    """An empty handoff store on each backend."""
    if request.param == "sqlite":
        s = _sqlite_store(tmp_path)
    else:
        schemas = request.getfixturevalue("postgres_schemas")
        s = HandoffStore.open(schemas.url(schemas.create()))
    yield s
    s.close()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[HandoffStore]:
    s = _sqlite_store(tmp_path)
    yield s
    s.close()



# The real Rasa runs custom actions that query the real recommender: allow for a slow first turn.
RASA_TIMEOUT_S = 30.0


@pytest.fixture
def rasa_url(request: pytest.FixtureRequest) -> str:
    """The stack's real Rasa for integration tests; a closed port for the rest (they must not need Rasa)."""
    if request.node.get_closest_marker("integration") is not None:
        return request.getfixturevalue("stack").rasa_url
    return closed_url()


@pytest.fixture
def settings(tmp_path: Path, rasa_url: str) -> Settings:
    return Settings(var_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'gateway.db'}",
                    rasa_url=rasa_url, rasa_timeout_s=RASA_TIMEOUT_S, session_secret="test-secret")


@pytest.fixture
def gateway_app(settings: Settings) -> web.Application:
    return create_app(settings, parts=Parts.channels_only())


ClientFactory = Callable[..., Awaitable[TestClient]]


@pytest.fixture
async def client(aiohttp_client: ClientFactory, gateway_app: web.Application) -> TestClient:
    return await aiohttp_client(gateway_app)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "real_scrypt: hash with the production scrypt cost (see fast_scrypt)")
