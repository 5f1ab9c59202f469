"""Round 28: the word index behind ``exclude_topics`` is built while a catalog generation loads, before it serves,
so no viewer's request waits for it (about a minute at a million rows, docs/benchmarks.md); and a new title of the
refreshed catalog is ruled out by a topic its synopsis names."""

from __future__ import annotations

import dataclasses
from typing import Any

from recommender import live
from recommender.catalog.store import upsert
from recommender.constraints import RecommendationRequest


def test_a_refreshed_generation_serves_with_its_topic_index_already_built(
        editable_recommender: Any, netflix_small_records: list[Any]) -> None:
    rec = editable_recommender
    fresh = dataclasses.replace(netflix_small_records[0], source_id="kraken1", title="Harbour Nights",
                                description="A fisherman hunts the kraken that sank his brother's boat.")
    upsert(rec.factory, [fresh])
    live.bump_catalog(rec.factory)
    assert rec.refresh()
    assert "topic_index" in rec.snapshot.__dict__
    ids = [i["id"] for i in rec.recommend(RecommendationRequest(query="fisherman kraken", limit=20))["items"]]
    assert "kraken1" in ids
    kept = rec.recommend(RecommendationRequest.model_validate(
        {"constraints": {"query": "fisherman kraken", "exclude_topics": ["kraken"]}, "limit": 20}))["items"]
    assert "kraken1" not in [i["id"] for i in kept]
