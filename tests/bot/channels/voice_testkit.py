"""Shared pieces of the voice endpoint tests: the real gateway app with a stand-in router.

The app comes from ``create_app`` (so routing, size limits and error handling are the real ones); only
the router behind ``VoiceTurns`` is replaced where a test must see what reaches Rasa, or control how
long the bot takes. The ``router`` and ``client`` fixtures (a recommendation turn of four comedies) are
imported by the endpoint test modules.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient

from alexa_testkit import SKILL_ID, StaticFetcher, CERT_URL, shared_ca, shared_signing_cert
from bot.app import Parts, create_app
from bot.channels.alexa import ALEXA_VERIFIER
from bot.channels.alexa_verify import AlexaVerifier
from bot.channels.voice_common import VOICE_TURNS, VoiceTurns
from bot.conversation import ConversationKey
from contract.payloads import Answer, Item, PlainText, Recommendations
from contract.settings import Settings
from contract.wording import recommendations_heading

SECRET = "s3cret-voice-token"
ClientFactory = Callable[..., Awaitable[TestClient]]


def closed_port() -> int:
    """A loopback port nothing listens on, so the real Rasa client fails fast."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def voice_settings(tmp_path: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "var_dir": tmp_path, "database_url": f"sqlite:///{tmp_path / 'test.db'}",
        "rasa_url": f"http://127.0.0.1:{closed_port()}", "rasa_timeout_s": 1.0,
        "alexa_skill_id": SKILL_ID, "alexa_verify_signatures": True, "voice_webhook_secret": SECRET,
        "alexa_cert_cache_dir": None, "alexa_trusted_roots_pem": None,
    }
    values.update(overrides)
    return Settings(**values)



class RecordingRouter:
    """Stands in for ConversationRouter: records what would reach Rasa, answers with fixed answers."""

    def __init__(self, reply: list[Answer] | None = None, *, delay_s: float = 0.0, fail: bool = False) -> None:
        self.calls: list[tuple[ConversationKey, str]] = []
        self.reply: list[Answer] = reply if reply is not None else [PlainText("Okay!")]
        self.delay_s = delay_s
        self.fail = fail

    async def handle(self, key: ConversationKey, text: str) -> list[Answer]:
        self.calls.append((key, text))
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        if self.fail:
            raise RuntimeError("boom")
        return self.reply


def voice_app(settings: Settings, router: RecordingRouter | None = None,
              verifier: AlexaVerifier | None = None) -> web.Application:
    """The gateway app; a recording router if given, and a verifier trusting the test CA."""
    app = create_app(settings, parts=Parts.channels_only())
    if router is not None:
        app[VOICE_TURNS] = VoiceTurns(router)  # type: ignore[arg-type]
    app[ALEXA_VERIFIER] = verifier or AlexaVerifier(
        [shared_ca().root], StaticFetcher({CERT_URL: shared_signing_cert().chain_pem()}))
    return app


def recommendations_reply(items: list[dict[str, Any]], constraints: dict[str, Any] | None = None) -> list[Answer]:
    """A recommendation turn as the router returns it: one ``Recommendations`` answer, nothing else."""
    parsed = tuple(i for i in (Item.from_dict(raw) for raw in items) if i is not None)
    heading = recommendations_heading(constraints or {}, len(parsed))
    return [Recommendations(heading, parsed, constraints or {})]


def sample_items() -> list[dict[str, Any]]:
    return [
        {"id": "s1", "title": "Laugh & Learn", "type": "movie", "year": 2019, "duration_minutes": 32,
         "seasons": None, "rating": "TV-14", "genres": ["comedy"], "reason": "comedy"},
        {"id": "s2", "title": "Office <Party>", "type": "movie", "year": 2021, "duration_minutes": 40,
         "seasons": None, "rating": "TV-MA", "genres": ["comedy"], "reason": "comedy"},
        {"id": "s3", "title": "Short \"Jokes\"", "type": "special", "year": 2018, "duration_minutes": 25,
         "seasons": None, "rating": "TV-MA", "genres": ["comedy", "stand-up"], "reason": "stand-up"},
        {"id": "s4", "title": "Fourth One", "type": "movie", "year": 2017, "duration_minutes": 30,
         "seasons": None, "rating": "PG", "genres": ["comedy"], "reason": "comedy"},
    ]


@pytest.fixture
def router() -> RecordingRouter:
    return RecordingRouter(recommendations_reply(sample_items(), {"genres": ["comedy"], "max_minutes": 40}))


@pytest.fixture
async def client(aiohttp_client: ClientFactory, tmp_path: Path, router: RecordingRouter) -> TestClient:
    return await aiohttp_client(voice_app(voice_settings(tmp_path), router))
