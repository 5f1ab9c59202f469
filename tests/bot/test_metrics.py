"""``/metrics`` on the real gateway app: protected by its token, parsed with Prometheus' own text parser
after real recommender calls and real router turns (Rasa is not running here, so those turns answer
"unavailable" and log the failure; tests/integration/test_operators_stack.py scrapes after real chat turns)."""

from __future__ import annotations

import socket
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from prometheus_client.parser import text_string_to_metric_families

from bot import keys
from bot.app import Parts, create_app
from bot.conversation import ConversationKey
from contract.settings import Settings

TOKEN = "metrics-token-for-the-gateway-tests"
SERVICE_TOKEN = "action-server-token-for-the-metrics-tests"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a scrape keyed by (name, sorted labels)."""
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


@pytest.fixture
async def client(aiohttp_client: Callable[..., Awaitable[TestClient]], fixture_recommender: Any,
                 tmp_path: Path) -> TestClient:
    settings = Settings(var_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'gateway.db'}", metrics_token=TOKEN,
                        rasa_url=f"http://127.0.0.1:{_closed_port()}", rasa_timeout_s=1.0, reload_poll_s=0,
                        recommender_api_token=SERVICE_TOKEN)
    parts = Parts(webchat=False, voice=False, telegram=False, handoff=False)
    return await aiohttp_client(create_app(settings, recommender=fixture_recommender, parts=parts))


async def scrape(client: TestClient) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    resp = await client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert resp.status == 200 and resp.content_type == "text/plain"
    return samples(await resp.text())


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer nope"}])
async def test_metrics_need_their_token(client: TestClient, headers: dict[str, str]) -> None:
    resp = await client.get("/metrics", headers=headers)
    assert resp.status == 401 and (await resp.json())["error"] == "unauthorized"


async def test_metrics_are_off_without_a_token(aiohttp_client: Callable[..., Awaitable[TestClient]],
                                               fixture_recommender: Any, tmp_path: Path) -> None:
    settings = Settings(var_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'gateway.db'}", reload_poll_s=0)
    client = await aiohttp_client(create_app(settings, recommender=fixture_recommender,
                                             parts=Parts(webchat=False, voice=False, telegram=False, handoff=False)))
    assert (await client.get("/metrics", headers={"Authorization": "Bearer "})).status == 404


async def test_recommender_latency_and_zero_results_are_counted(client: TestClient) -> None:
    for body in ({"constraints": {"genres": ["comedy"]}}, {"query": "heist"},
                 {"constraints": {"genres": ["horror"], "audience": "preschool"}}):
        assert (await client.post("/api/recommendations", json=body)).status == 200
    s = await scrape(client)
    assert s[("mediabot_recommender_seconds_count", ())] == 3
    assert s[("mediabot_recommendations_total", (("result", "results"),))] == 2
    assert s[("mediabot_recommendations_total", (("result", "zero_results"),))] == 1
    assert s[("mediabot_catalog_items", ())] == 596


async def test_relaxation_offers_made_and_taken_are_counted(client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {SERVICE_TOKEN}"}
    viewer = {"user_id": "web:relaxation-metrics-viewer"}
    resp = await client.post("/api/recommendations", headers=auth,
                             json={**viewer, "constraints": {"genres": ["horror"], "audience": "preschool"}})
    offered = (await resp.json())["relaxations"][0]["constraints"]  # "any audience instead?" ... "yes"
    assert (await client.post("/api/recommendations", headers=auth, json={**viewer, "constraints": offered})).status == 200
    s = await scrape(client)
    assert s[("mediabot_relaxation_offers_total", (("outcome", "offered"),))] == 1
    assert s[("mediabot_relaxation_offers_total", (("outcome", "taken"),))] == 1


async def test_router_turns_are_timed_per_channel_and_failures_counted_by_kind(client: TestClient) -> None:
    router = client.app[keys.ROUTER]
    for channel in ("web", "telegram", "web"):
        await router.handle(ConversationKey(channel, "viewer-1"), "comedies please")
    s = await scrape(client)
    assert s[("mediabot_turn_seconds_count", (("channel", "web"),))] == 2
    assert s[("mediabot_turn_seconds_count", (("channel", "telegram"),))] == 1
    assert s[("mediabot_turns_total", (("answer", "unavailable"), ("channel", "web")))] == 2
    assert s[("mediabot_errors_total", (("kind", "bot_unavailable"),))] == 3
    labels = {dict(k[1]).get(n) for k in s for n in ("channel", "kind", "answer", "result")} - {None}
    assert "viewer-1" not in labels and "comedies please" not in labels


async def test_a_claim_records_how_long_the_viewer_waited(aiohttp_client: Callable[..., Awaitable[TestClient]],
                                                          tmp_path: Path) -> None:
    """The real handoff service and store: a queued conversation claimed by an agent."""
    from bot.handoff import passwords
    from bot.handoff.console import HANDOFF_SERVICE

    settings = Settings(var_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'gateway.db'}", metrics_token=TOKEN,
                        rasa_url=f"http://127.0.0.1:{_closed_port()}", rasa_timeout_s=1.0, session_secret="s" * 32)
    client = await aiohttp_client(create_app(settings, parts=Parts.channels_only()))
    service = client.app[HANDOFF_SERVICE]
    service.store.agents.add("ana", "Ana", passwords.hash_password("correct horse battery staple"))
    agent = service.store.agents.by_username("ana")
    await service.start_handoff(ConversationKey("web", "viewer-9"), "requested")
    ref = (await service.queue(agent))[0].ref
    await service.claim(ref, agent)
    s = await scrape(client)
    assert s[("mediabot_handoff_wait_seconds_count", ())] == 1
    assert s[("mediabot_handoffs_claimed_total", (("channel", "web"),))] == 1


async def test_counting_info_events_leaves_a_warning_log_level_as_configured(
        aiohttp_client: Callable[..., Awaitable[TestClient]], fixture_recommender: Any, tmp_path: Path) -> None:
    import io
    import logging

    root = logging.getLogger()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.WARNING)  # MEDIABOT_LOG_LEVEL=WARNING
    try:
        settings = Settings(var_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'gateway.db'}", metrics_token=TOKEN,
                            rasa_url=f"http://127.0.0.1:{_closed_port()}", rasa_timeout_s=1.0, reload_poll_s=0)
        client = await aiohttp_client(create_app(settings, recommender=fixture_recommender,
                                                 parts=Parts(webchat=False, voice=False, telegram=False, handoff=False)))
        logging.getLogger("bot.handoff.service").info("handoff_started", extra={"channel": "web"})
        s = await scrape(client)
        assert s[("mediabot_handoffs_started_total", (("channel", "web"),))] == 1
        assert "handoff_started" not in stream.getvalue()
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
