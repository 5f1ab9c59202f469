"""The operators' API (/api/editorial/…) on the real gateway app with a real recommender over a private
catalog (SQLite and PostgreSQL): authentication, validation, and rules that apply to the very next
recommendation and item request."""

from __future__ import annotations

import socket
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from bot.app import Parts, create_app
from contract.settings import Settings

ADMIN = "operators-token-for-the-editorial-tests"
AUTH = {"Authorization": f"Bearer {ADMIN}"}
RULES = "/api/editorial/rules"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _settings(tmp_path: Path, admin_token: str) -> Settings:
    return Settings(var_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'gateway.db'}", admin_token=admin_token,
                    rasa_url=f"http://127.0.0.1:{_closed_port()}", rasa_timeout_s=1.0, reload_poll_s=0)


@pytest.fixture
async def client(aiohttp_client: Callable[..., Awaitable[TestClient]], editable_recommender: Any,
                 tmp_path: Path) -> TestClient:
    parts = Parts(webchat=False, voice=False, telegram=False, handoff=False)
    return await aiohttp_client(create_app(_settings(tmp_path, ADMIN), recommender=editable_recommender, parts=parts))


async def top_comedies(client: TestClient, limit: int = 3) -> list[str]:
    resp = await client.post("/api/recommendations", json={"constraints": {"genres": ["comedy"]}, "limit": limit})
    assert resp.status == 200
    return [it["id"] for it in (await resp.json())["items"]]


async def test_without_a_configured_token_the_api_does_not_exist(
        aiohttp_client: Callable[..., Awaitable[TestClient]], fixture_recommender: Any, tmp_path: Path) -> None:
    parts = Parts(webchat=False, voice=False, telegram=False, handoff=False)
    client = await aiohttp_client(create_app(_settings(tmp_path, ""), recommender=fixture_recommender, parts=parts))
    resp = await client.get(RULES, headers={"Authorization": "Bearer "})
    assert resp.status == 404 and (await resp.json())["error"] == "not_found"


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {ADMIN}"}])
async def test_a_missing_or_wrong_token_is_refused_before_anything_changes(
        client: TestClient, headers: dict[str, str]) -> None:
    resp = await client.post(RULES, json={"kind": "block", "title": "s29"}, headers=headers)
    assert resp.status == 401 and resp.headers["WWW-Authenticate"].startswith("Bearer")
    listing = await client.get(RULES, headers=AUTH)
    assert (await listing.json())["rules"] == []


async def test_a_block_applies_to_the_next_request_and_removing_it_restores_the_title(client: TestClient) -> None:
    top = (await top_comedies(client))[0]
    resp = await client.post(RULES, json={"kind": "block", "title": top, "note": "rights"}, headers=AUTH)
    assert resp.status == 201
    rule = (await resp.json())["rule"]
    assert rule["kind"] == "block" and rule["title"] == top
    assert top not in await top_comedies(client, limit=50)
    assert (await client.get(f"/api/items/{top}")).status == 404
    assert [r["id"] for r in (await (await client.get(RULES, headers=AUTH)).json())["rules"]] == [rule["id"]]
    gone = await client.delete(f"{RULES}/{rule['id']}", headers=AUTH)
    assert gone.status == 200
    assert (await top_comedies(client))[0] == top


async def test_a_pin_leads_the_list_as_featured(client: TestClient) -> None:
    last = (await top_comedies(client, limit=50))[-1]
    resp = await client.post(RULES, json={"kind": "pin", "title": last, "for_genre": "comedy"}, headers=AUTH)
    assert resp.status == 201
    answer = await (await client.post("/api/recommendations", json={"constraints": {"genres": ["comedy"]}})).json()
    assert answer["items"][0]["id"] == last and answer["items"][0]["reason"].startswith("featured")


async def test_the_personalization_switch_reads_back(client: TestClient) -> None:
    assert (await (await client.get("/api/editorial/personalization", headers=AUTH)).json()) == {"enabled": True}
    resp = await client.put("/api/editorial/personalization", json={"enabled": False}, headers=AUTH)
    assert resp.status == 200
    assert (await (await client.get("/api/editorial/personalization", headers=AUTH)).json()) == {"enabled": False}


@pytest.mark.parametrize("body, status, code", [
    ({"kind": "block", "genre": "comedy"}, 400, "invalid_request"),
    ({"kind": "boost", "genre": "sitcom"}, 400, "invalid_request"),
    ({"kind": "block", "title": "s29", "colour": "red"}, 400, "invalid_request"),
    ({"kind": "block", "title": "No Such Film"}, 404, "not_found"),
])
async def test_bad_rules_get_a_precise_error(client: TestClient, body: dict[str, Any], status: int, code: str) -> None:
    resp = await client.post(RULES, json=body, headers=AUTH)
    assert resp.status == status and (await resp.json())["error"] == code


@pytest.mark.parametrize("rule_id, status", [("12345", 404), ("abc", 400)])
async def test_removing_an_unknown_rule_is_an_error(client: TestClient, rule_id: str, status: int) -> None:
    assert (await client.delete(f"{RULES}/{rule_id}", headers=AUTH)).status == status
