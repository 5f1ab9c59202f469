"""Opinions given for a child stay the child's, over HTTP on SQLite and PostgreSQL (recommender/cap_context.py):
a parent who dislikes titles of a list shown for the kids gets the same grown-up picks as a viewer who
only marked those titles seen, while the kids' searches still learn from the dislikes."""

from __future__ import annotations

from typing import Any

from aiohttp.test_utils import TestClient

from api_testkit import SERVICE, call, client, db_recommender  # noqa: F401 - fixtures used by name

PARENT, CONTROL = "telegram:8801", "telegram:8802"
KIDS = {"audience": "kids"}


async def search(client: TestClient, user: str, constraints: dict[str, Any] | None = None) -> dict[str, Any]:
    status, body = await call(client, "POST", "/api/recommendations",
                              {"user_id": user, "constraints": constraints or {}, "limit": 10}, SERVICE)
    assert status == 200, body
    return body


async def feedback(client: TestClient, user: str, item: str, kind: str) -> None:
    status, body = await call(client, "POST", "/api/feedback", {"user_id": user, "item_id": item, "kind": kind},
                              SERVICE)
    assert status == 200, body


def ranked(answer: dict[str, Any]) -> list[tuple[str, float]]:
    return [(i["id"], i["score"]) for i in answer["items"]]


async def test_dislikes_given_for_the_kids_do_not_shape_the_parents_own_searches(client: TestClient) -> None:
    disliked = [i["id"] for i in (await search(client, PARENT, KIDS))["items"][:3]]
    await search(client, CONTROL, KIDS)  # the same list, shown to a viewer who only marks the titles seen
    for item in disliked:
        await feedback(client, PARENT, item, "dislike")
        await feedback(client, CONTROL, item, "seen")
    for constraints in ({}, {"genres": ["comedy"]}):
        mine, theirs = await search(client, PARENT, constraints), await search(client, CONTROL, constraints)
        assert ranked(mine) == ranked(theirs), constraints
    kids_mine, kids_theirs = await search(client, PARENT, KIDS), await search(client, CONTROL, KIDS)
    assert ranked(kids_mine) != ranked(kids_theirs)  # a kids search still learns from what the child disliked
    assert not set(disliked) & {i["id"] for i in kids_mine["items"]}
