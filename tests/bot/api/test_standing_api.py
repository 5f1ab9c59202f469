"""Standing filters on SQLite and PostgreSQL: "only kids' stuff from now on" caps every later search of
the viewer (and of channels linked to them) until cleared; "never show me horror" excludes it unless a
request asks for horror itself; the summary and the export show them."""

from __future__ import annotations

from aiohttp.test_utils import TestClient

from api_testkit import SERVICE, call, client, db_recommender  # noqa: F401 - fixtures used by name
from contract.vocabulary import ratings_for_audience

ME = "telegram:777"
KIDS = set(ratings_for_audience("kids"))


async def search(client: TestClient, constraints: dict | None = None, user: str = ME) -> dict:
    status, body = await call(client, "POST", "/api/recommendations",
                              {"user_id": user, "constraints": constraints or {}, "limit": 20}, SERVICE)
    assert status == 200, body
    return body


async def test_a_standing_audience_caps_every_search_until_cleared(client: TestClient) -> None:
    assert any(i["rating"] not in KIDS for i in (await search(client))["items"])
    status, body = await call(client, "POST", "/api/profile/standing", {"user_id": ME, "audience": "kids"}, SERVICE)
    assert (status, body) == (200, {"audience": "kids", "exclude_genres": []})
    for constraints in ({}, {"genres": ["comedy"]}, {"audience": "teen"}):
        answer = await search(client, constraints)
        assert answer["constraints"]["audience"] == "kids" and all(i["rating"] in KIDS for i in answer["items"])
    assert (await search(client, {"audience": "preschool"}))["constraints"]["audience"] == "preschool"  # stricter
    _, profile = await call(client, "GET", "/api/profile", None, SERVICE, user_id=ME)
    assert profile["standing"]["audience"] == "kids"
    await call(client, "POST", "/api/profile/standing", {"user_id": ME, "clear": True}, SERVICE)
    assert "audience" not in (await search(client))["constraints"]


async def test_never_show_me_horror_unless_asked_for(client: TestClient) -> None:
    await call(client, "POST", "/api/profile/standing", {"user_id": ME, "exclude_genres": ["horror"]}, SERVICE)
    answer = await search(client, {"query": "scary"})
    assert not any("horror" in i["genres"] for i in answer["items"])
    assert answer["constraints"]["exclude_genres"] == ["horror"]
    asked = await search(client, {"genres": ["horror"]})
    assert asked["items"] and all("horror" in i["genres"] for i in asked["items"])
    status, body = await call(client, "POST", "/api/profile/standing",
                              {"user_id": ME, "exclude_genres": ["not-a-genre"]}, SERVICE)
    assert status == 400
    status, body = await call(client, "DELETE", "/api/profile", None, SERVICE, user_id=ME)
    assert body["deleted"]["settings"] == 1
    assert "exclude_genres" not in (await search(client, {"query": "scary"}))["constraints"]
