"""The recommender HTTP API (docs/contracts.md §1) on the real gateway app with a real Recommender over
the fixture catalog. No Rasa runs: /healthz reports it down, which is real behaviour."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from bot.app import create_app
from contract.constraints import MAX_COUNTRIES
from contract.vocabulary import GENRE_IDS
from contract.settings import Settings

ITEM_FIELDS = {"id", "title", "type", "year", "duration_minutes", "seasons", "rating", "genres", "reason",
               "description", "countries", "score"}


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
async def client(aiohttp_client: Callable[..., Awaitable[TestClient]], fixture_recommender, tmp_path: Path) -> TestClient:
    settings = Settings(var_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'gateway.db'}",
                        rasa_url=f"http://127.0.0.1:{_closed_port()}", rasa_timeout_s=1.0, recommender_api_token=TOKEN)
    return await aiohttp_client(create_app(settings, recommender=fixture_recommender))


# The action server's credential: viewer-scoped calls need one (tests/bot/api/test_api_security.py).
TOKEN = "api-tests-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


async def post(client: TestClient, body: Any, path: str = "/api/recommendations") -> tuple[int, Any]:
    resp = await client.post(path, json=body, headers=AUTH)
    return resp.status, await resp.json()


# --- POST /api/recommendations: valid requests ------------------------------------------------------

async def test_comedies_under_40_minutes_with_reasons(client: TestClient) -> None:
    status, body = await post(client, {"constraints": {"genres": ["comedy"], "max_minutes": 40}, "limit": 10})
    assert status == 200
    assert {"items", "constraints", "total_matches", "relaxations", "message"} <= body.keys()
    assert body["total_matches"] == 32 and len(body["items"]) == 10
    for item in body["items"]:
        assert ITEM_FIELDS <= item.keys()
        assert "comedy" in item["genres"] and item["duration_minutes"] <= 40
        assert item["reason"].split(" · ")[0] == "comedy"
    assert body["constraints"] == {"genres": ["comedy"], "max_minutes": 40}
    assert body["relaxations"] == [] and body["message"] is None


async def test_empty_body_object_uses_the_defaults(client: TestClient) -> None:
    status, body = await post(client, {})
    assert status == 200 and len(body["items"]) == 5 and body["total_matches"] == 596


async def test_top_level_query_wins_and_is_echoed(client: TestClient) -> None:
    status, body = await post(client, {"query": "stand-up comedy special", "constraints": {"query": "dinosaurs"}})
    assert status == 200
    assert body["constraints"]["query"] == "stand-up comedy special"
    assert "stand-up" in body["items"][0]["genres"]


async def test_values_are_normalised(client: TestClient) -> None:
    status, body = await post(client, {"constraints": {"genres": [" Comedy "], "media_type": "movie",
                                                        "ratings": ["tv-14"], "languages": ["Korean"]}})
    assert status == 200
    assert body["constraints"] == {"genres": ["comedy"], "media_type": ["movie"], "ratings": ["TV-14"],
                                   "languages": ["ko"]}


@pytest.mark.parametrize("limit", [1, 50])
async def test_limit_bounds_are_inclusive(client: TestClient, limit: int) -> None:
    status, body = await post(client, {"limit": limit})
    assert status == 200 and len(body["items"]) == limit


async def test_no_match_answers_200_with_message_and_relaxations(client: TestClient) -> None:
    status, body = await post(client, {"constraints": {"genres": ["comedy"], "max_minutes": 5}})
    assert status == 200
    assert body["items"] == [] and body["total_matches"] == 0
    assert body["message"] and body["relaxations"]
    relaxed = body["relaxations"][0]
    status, again = await post(client, {"constraints": relaxed["constraints"]})
    assert status == 200 and again["total_matches"] == relaxed["count"]


async def test_exclude_ids_are_never_returned(client: TestClient) -> None:
    _, first = await post(client, {"constraints": {"genres": ["comedy"], "max_minutes": 40}})
    shown = [it["id"] for it in first["items"]]
    _, second = await post(client, {"constraints": {"genres": ["comedy"], "max_minutes": 40}, "exclude_ids": shown})
    assert not set(shown) & {it["id"] for it in second["items"]}
    assert second["total_matches"] == 32 - 5


async def test_two_regions_of_countries_are_one_valid_search(client: TestClient) -> None:
    """"european or asian" names about 40 countries: one search, never a 400 the viewer would read."""
    regions = ["United Kingdom", "France", "Spain", "Germany", "Italy", "Belgium", "Netherlands", "Denmark", "Sweden",
               "Norway", "Poland", "Ireland", "Finland", "Iceland", "Switzerland", "Austria", "Czech Republic",
               "Greece", "Hungary", "Romania", "Japan", "South Korea", "China", "Hong Kong", "Taiwan", "India",
               "Pakistan", "Indonesia", "Philippines", "Thailand"]
    status, body = await post(client, {"constraints": {"countries": regions, "exclude_countries": regions[:25]}})
    assert status == 200 and isinstance(body["items"], list)


async def test_more_countries_than_there_are_is_400(client: TestClient) -> None:
    status, body = await post(client, {"constraints": {"countries": [f"Land {n}" for n in range(MAX_COUNTRIES + 1)]}})
    assert status == 400
    assert body["error"] == "invalid_request" and "countries" in body["message"]


# --- POST /api/recommendations: bad input -------------------------------------------------------------

async def test_unknown_genre_is_400_listing_the_valid_ones(client: TestClient) -> None:
    status, body = await post(client, {"constraints": {"genres": ["comedy", "westerns"]}})
    assert status == 400
    assert body["error"] == "invalid_request"
    assert "westerns" in body["message"]
    assert set(body["details"]["valid"]) == GENRE_IDS
    assert body["details"]["invalid"] == ["westerns"] and body["details"]["field"] == "genres"


@pytest.mark.parametrize(("field", "value", "valid"), [
    ("exclude_genres", ["gore"], "horror"),
    ("media_type", "podcasts", "movie"),
    ("audience", "toddlers", "kids"),
    ("ratings", ["PG-14"], "PG-13"),
    ("languages", ["klingon"], "ko"),
])
async def test_unknown_vocabulary_values_are_400_listing_the_valid_ones(client, field, value, valid) -> None:
    status, body = await post(client, {"constraints": {field: value}})
    assert status == 400
    assert valid in body["details"]["valid"]


@pytest.mark.parametrize("limit", [0, 51, -1, 1000])
async def test_limit_out_of_bounds_is_400(client: TestClient, limit: int) -> None:
    status, body = await post(client, {"limit": limit})
    assert status == 400
    assert body["error"] == "invalid_request" and "limit" in body["message"]


@pytest.mark.parametrize(("body", "field"), [
    ({"limit": "five"}, "limit"),
    ({"limit": 2.5}, "limit"),
    ({"limit": None}, "limit"),
    ({"limit": True}, "limit"),
    ({"query": 42}, "query"),
    ({"user_id": ["a"]}, "user_id"),
    ({"exclude_ids": "s1"}, "exclude_ids"),
    ({"constraints": []}, "constraints"),
    ({"constraints": {"genres": "comedy"}}, "constraints.genres"),
    ({"constraints": {"max_minutes": "forty"}}, "constraints.max_minutes"),
    ({"constraints": {"max_minutes": True}}, "constraints.max_minutes"),
    ({"constraints": {"year_min": {"from": 1990}}}, "constraints.year_min"),
    ({"constraints": {"actors": [None]}}, "constraints.actors.0"),
], ids=lambda v: str(v) if isinstance(v, str) else None)
async def test_wrong_types_are_400_naming_the_field(client: TestClient, body: dict, field: str) -> None:
    status, answer = await post(client, body)
    assert status == 400, answer
    assert answer["error"] == "invalid_request"
    assert field in [e["field"] for e in answer["details"]["errors"]]


@pytest.mark.parametrize(("body", "field"), [
    ({"genre": ["comedy"]}, "genre"),
    ({"constraints": {"genre": ["comedy"]}}, "constraints.genre"),
    ({"constraints": {"maxMinutes": 40}}, "constraints.maxMinutes"),
])
async def test_unknown_fields_are_400(client: TestClient, body: dict, field: str) -> None:
    status, answer = await post(client, body)
    assert status == 400
    assert f"{field}: unknown field" in answer["message"]


@pytest.mark.parametrize(("constraints", "words"), [
    ({"min_minutes": 90, "max_minutes": 30}, "min_minutes must not exceed max_minutes"),
    ({"year_min": 2020, "year_max": 1990}, "year_min must not exceed year_max"),
    ({"genres": ["horror"], "exclude_genres": ["horror"]}, "both required and excluded: horror"),
    ({"max_minutes": 0}, "max_minutes"),
    ({"countries": [""]}, "countries"),
])
async def test_contradictory_or_empty_constraints_are_400(client: TestClient, constraints: dict, words: str) -> None:
    status, answer = await post(client, {"constraints": constraints})
    assert status == 400 and words in answer["message"]


async def test_non_json_body_is_rejected(client: TestClient) -> None:
    resp = await client.post("/api/recommendations", data="genres=comedy",
                             headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert resp.status == 415
    assert (await resp.json())["error"] == "unsupported_media_type"


@pytest.mark.parametrize("raw", [b"{not json", b"", b"\xff\xfe"])
async def test_malformed_json_is_400(client: TestClient, raw: bytes) -> None:
    resp = await client.post("/api/recommendations", data=raw, headers={"Content-Type": "application/json"})
    assert resp.status == 400
    assert (await resp.json())["error"] == "invalid_json"


@pytest.mark.parametrize("raw", [b"[]", b'"comedy"', b"5", b"null"])
async def test_json_that_is_not_an_object_is_400(client: TestClient, raw: bytes) -> None:
    resp = await client.post("/api/recommendations", data=raw, headers={"Content-Type": "application/json"})
    assert resp.status == 400
    assert (await resp.json())["message"] == "the body must be a JSON object"


async def test_oversized_body_is_refused(client: TestClient) -> None:
    resp = await client.post("/api/recommendations", data=b'{"query": "' + b"x" * (2 * 1024 * 1024) + b'"}',
                             headers={"Content-Type": "application/json"})
    assert resp.status == 413
    assert (await resp.json())["error"] == "payload_too_large"


# --- GET /api/items/{id} -------------------------------------------------------------------------------

async def test_item_details(client: TestClient) -> None:
    resp = await client.get("/api/items/s14")
    assert resp.status == 200
    item = await resp.json()
    assert item["id"] == "s14" and item["title"] == "Confessions of an Invisible Girl"
    assert item["directors"] == ["Bruno Garotti"] and item["cast"][0] == "Klara Castanho"
    assert item["date_added"] == "2021-09-22" and item["languages"] == [] and item["countries"] == []
    assert item["genres"] == ["comedy", "kids", "family"] or set(item["genres"]) == {"comedy", "kids", "family"}


async def test_item_details_of_a_misplaced_runtime_row(client: TestClient) -> None:
    item = await (await client.get("/api/items/s5542")).json()
    assert (item["duration_minutes"], item["rating"], item["seasons"]) == (74, None, None)


async def test_unknown_item_is_404(client: TestClient) -> None:
    resp = await client.get("/api/items/s999999")
    assert resp.status == 404
    assert (await resp.json())["error"] == "not_found"


async def test_overlong_item_id_is_400(client: TestClient) -> None:
    resp = await client.get("/api/items/" + "x" * 200)
    assert resp.status == 400


# --- POST /api/feedback --------------------------------------------------------------------------------

async def test_feedback_is_accepted_and_hides_seen_titles(client: TestClient) -> None:
    viewer = f"web:{uuid.uuid4().hex[:10]}"
    request = {"constraints": {"genres": ["comedy"], "max_minutes": 40}, "user_id": viewer}
    _, before = await post(client, request)
    first = before["items"][0]["id"]
    status, answer = await post(client, {"user_id": viewer, "item_id": first, "kind": "seen"}, "/api/feedback")
    assert (status, answer) == (200, {"ok": True})
    _, after = await post(client, request)
    assert first not in {it["id"] for it in after["items"]}
    assert after["total_matches"] == before["total_matches"] - 1


@pytest.mark.parametrize(("body", "status"), [
    ({"user_id": "web:u", "item_id": "s14", "kind": "love"}, 400),
    ({"user_id": "web:u", "item_id": "s14"}, 400),
    ({"item_id": "s14", "kind": "like"}, 400),
    ({"user_id": "", "item_id": "s14", "kind": "like"}, 400),
    ({"user_id": "u", "item_id": "s14", "kind": "like"}, 400),  # names no viewer: neither channel:id nor a key
    ({"user_id": "web:u", "item_id": "s14", "kind": "like", "stars": 5}, 400),
    ({"user_id": "web:u", "item_id": 14, "kind": "like"}, 400),
    ({"user_id": "web:u", "item_id": "s999999", "kind": "like"}, 404),
    (["u", "s14", "like"], 400),
])
async def test_feedback_validation(client: TestClient, body: Any, status: int) -> None:
    got, answer = await post(client, body, "/api/feedback")
    assert got == status and "error" in answer and answer["message"]


async def test_feedback_needs_a_json_body(client: TestClient) -> None:
    resp = await client.post("/api/feedback", data="kind=like", headers={"Content-Type": "text/plain", **AUTH})
    assert resp.status == 415


# --- vocabulary and health ----------------------------------------------------------------------------

async def test_vocabulary(client: TestClient) -> None:
    resp = await client.get("/api/vocabulary")
    assert resp.status == 200
    body = await resp.json()
    assert {g["id"] for g in body["genres"]} == GENRE_IDS
    assert all({"id", "label", "synonyms"} <= g.keys() for g in body["genres"])
    assert body["audiences"] == ["preschool", "kids", "family", "teen", "adult"]  # issue 10: "Age mapping"
    assert {"movie", "series", "special"} <= set(body["media_types"])


async def test_healthz(client: TestClient) -> None:
    resp = await client.get("/healthz")
    assert resp.status == 200
    assert await resp.json() == {"status": "ok", "items": 596, "rasa": "down"}


async def test_wrong_method_is_405(client: TestClient) -> None:
    resp = await client.get("/api/recommendations")
    assert resp.status == 405
    assert (await resp.json())["error"] == "method_not_allowed"
