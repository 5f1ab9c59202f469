"""Experiments over the real API (SQLite and PostgreSQL): a channel identity is assigned by its viewer key, and a
variant without personalization ranks without the viewer's likes and never says "because you liked"."""

from __future__ import annotations

import itertools
from typing import Any

from aiohttp.test_utils import TestClient
from sqlalchemy import select

from api_testkit import SERVICE, call, client, db_recommender, key  # noqa: F401 - fixtures used by name
from recommender.experiments import parse
from recommender.ops_models import Impression

LIKED = ("s608", "s29")  # The Strangers, Dark Skies (horror)


def telegram_viewer_in(rec: Any, variant: str) -> str:
    """A Telegram identity whose viewer key (what the API hands the recommender) falls in ``variant``."""
    return next(ref for ref in (f"telegram:{i}" for i in itertools.count())
                if rec.experiments.assign(key(ref)).variant == variant)


async def test_a_variant_without_personalization_does_not_explain_by_likes(client: TestClient,
                                                                          db_recommender: Any) -> None:
    rec = db_recommender
    rec.experiments = parse({"experiments": [{"name": "pers", "running": True, "variants": [
        {"name": "on"}, {"name": "off", "personalization": False}]}]})
    reasons: dict[str, list[str]] = {}
    for variant in ("on", "off"):
        viewer = telegram_viewer_in(rec, variant)
        for item in LIKED:
            await call(client, "POST", "/api/feedback", {"user_id": viewer, "item_id": item, "kind": "like"}, SERVICE)
        status, body = await call(client, "POST", "/api/recommendations", {"user_id": viewer, "limit": 10}, SERVICE)
        assert status == 200
        reasons[variant] = [i["reason"] for i in body["items"]]
        with rec.factory() as session:
            label = session.scalar(select(Impression.variant).where(Impression.id == body["impression_id"]))
        assert label == f"pers:{variant}"
    assert any("because you liked" in r for r in reasons["on"]), reasons["on"]
    assert not any("because you liked" in r for r in reasons["off"]), reasons["off"]
