"""Round 30B: "films like <a title of several genre families>" answers titles sharing at least one of them, with the
format narrowed too (``ItemSimilarity.same_kind``: the candidates share a specific genre with the anchor whenever an
allowed title does), and a genre the viewer asked for still holds. Fixture catalog with the real embedding model."""

from __future__ import annotations

from typing import Any

from recommender.constraints import RecommendationRequest
from recommender.similarity import BROAD_GENRES


def _similar(rec: Any, ref: str, **constraints: Any) -> list[dict[str, Any]]:
    return rec.recommend(RecommendationRequest(constraints={"similar_to": ref, **constraints}, limit=5))["items"]


def _seeds_of_two_families(rec: Any, media_type: str) -> list[int]:
    """Rows of ``media_type`` with two specific genres or more and no form genre (a plain drama-thriller film)."""
    s, sim = rec.snapshot, rec.similarity
    return [r for r in range(len(s)) if s.type_of(r) == media_type and len(sim.specific_genres(r)) >= 2
            and not {"kids", "anime", "documentary", "stand-up"} & set(sim.specific_genres(r))]


def test_films_like_a_film_of_two_families_share_one(fixture_recommender: Any) -> None:
    rec = fixture_recommender
    seeds = _seeds_of_two_families(rec, "movie")[::2]
    assert len(seeds) >= 10
    misses, total = [], 0
    for row in seeds:
        families = set(rec.similarity.specific_genres(row))
        for item in _similar(rec, rec.snapshot.source_ids[row], media_type=["movie"]):
            total += 1
            assert item["type"] == "movie", item
            if not families & (set(item["genres"]) - BROAD_GENRES):
                misses.append((rec.snapshot.titles[row], item["title"], item["genres"]))
    assert total >= 50
    assert not misses, misses[:5]


def test_a_genre_asked_for_beside_the_anchor_holds(fixture_recommender: Any) -> None:
    rec = fixture_recommender
    row = _seeds_of_two_families(rec, "movie")[0]
    asked = rec.similarity.specific_genres(row)[-1]
    items = _similar(rec, rec.snapshot.source_ids[row], genres=[asked])
    assert items and all(asked in item["genres"] for item in items), items
