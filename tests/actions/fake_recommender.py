"""An in-process stand-in for the recommender API (contract §1), for action tests.

It filters a small fixed catalog by the hard constraints the actions send, records every request so
tests can assert on what the dialogue asked for, and can answer with empty results plus a relaxation.
The real API is exercised by tests/integration; this one keeps the action tests fast and exact.
"""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, AsyncIterator

from aiohttp import web


def _item(i: int, title: str, type_: str, minutes: int | None, genres: list[str], rating: str = "TV-14",
          seasons: int | None = None) -> dict[str, Any]:
    return {"id": f"s{i}", "title": title, "type": type_, "year": 2000 + i, "duration_minutes": minutes,
            "seasons": seasons, "rating": rating, "genres": genres, "reason": f"{genres[0]} pick",
            "description": f"About {title}.", "countries": ["United States"], "score": 1.0 / i}


CATALOG: list[dict[str, Any]] = [
    _item(1, "Office Laughs", "movie", 28, ["comedy"]),
    _item(2, "Midnight Chase", "movie", 110, ["thriller", "action"], "R"),
    _item(3, "Tiny Jokes", "movie", 22, ["comedy", "stand-up"]),
    _item(4, "Family Road Trip", "movie", 95, ["comedy", "family"], "PG"),
    _item(5, "Deep Ocean", "series", None, ["documentary", "science-nature"], "TV-G", seasons=2),
    _item(6, "Long Laughs", "movie", 38, ["comedy"]),
    _item(7, "Haunted Hall", "movie", 90, ["horror"], "R"),
    _item(8, "Seoul Hearts", "series", None, ["drama", "romance"], "TV-14", seasons=1),
    _item(9, "Quick Giggles", "movie", 25, ["comedy"]),
    _item(10, "Chuckle Hour", "movie", 35, ["comedy"]),
    _item(11, "Spy Story", "movie", 120, ["thriller"], "PG-13"),
]


def _matches(item: dict[str, Any], c: dict[str, Any]) -> bool:
    if any(g not in item["genres"] for g in c.get("genres", [])):
        return False
    if any(g in item["genres"] for g in c.get("exclude_genres", [])):
        return False
    media = c.get("media_type")
    if media and item["type"] not in (media if isinstance(media, list) else [media]):
        return False
    minutes = item["duration_minutes"]
    if c.get("max_minutes") is not None and (minutes is None or minutes > c["max_minutes"]):
        return False
    if c.get("min_minutes") is not None and (minutes is None or minutes < c["min_minutes"]):
        return False
    return True


@dataclass
class FakeRecommender:
    """Records requests; ``url`` is set once the server is listening."""

    url: str = ""
    delay_s: float = 0.0  # answer slowly, to exercise the client's timeout
    requests: list[dict[str, Any]] = field(default_factory=list)
    feedback: list[dict[str, Any]] = field(default_factory=list)

    async def recommend(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.requests.append(body)
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        c = body.get("constraints") or {}
        if c.get("genres") == ["unknown"]:
            return web.json_response({"error": "unknown_genre", "message": "I don't know the genre 'unknown'.",
                                      "details": {"valid": ["comedy"]}}, status=400)
        excluded = set(body.get("exclude_ids") or [])
        hits = [i for i in CATALOG if _matches(i, c) and i["id"] not in excluded]
        limit = int(body.get("limit") or 5)
        result: dict[str, Any] = {"items": hits[:limit], "constraints": c, "total_matches": len(hits),
                                  "relaxations": [], "message": None}
        if not hits and "max_minutes" in c:
            relaxed = {k: v for k, v in c.items() if k != "max_minutes"} | {"max_minutes": 60}
            result["relaxations"] = [{"drop": "max_minutes", "label": "allow up to 60 minutes", "count": 2,
                                      "constraints": relaxed}]
            result["message"] = "Nothing is that short."
        return web.json_response(result)

    async def item(self, request: web.Request) -> web.Response:
        item_id = request.match_info["item_id"]
        for item in CATALOG:
            if item["id"] == item_id:
                return web.json_response(dict(item, cast=["Ann Actor", "Bob Actor"], directors=["Dee Rector"],
                                              languages=["en"], date_added="2020-01-01"))
        return web.json_response({"error": "not_found", "message": "No such title."}, status=404)

    async def post_feedback(self, request: web.Request) -> web.Response:
        self.feedback.append(await request.json())
        return web.json_response({"ok": True})


@asynccontextmanager
async def running_fake() -> AsyncIterator[FakeRecommender]:
    """Serve a FakeRecommender on a free loopback port for the duration of the block."""
    fake = FakeRecommender()
    app = web.Application()
    app.router.add_post("/api/recommendations", fake.recommend)
    app.router.add_get("/api/items/{item_id}", fake.item)
    app.router.add_post("/api/feedback", fake.post_feedback)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    fake.url = f"http://127.0.0.1:{port}"
    try:
        yield fake
    finally:
        await runner.cleanup()
