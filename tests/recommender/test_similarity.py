""""More like this" is really alike: the hybrid item-to-item similarity (recommender/similarity.py).

On the fixture catalog with the real embedding model: results share a specific genre with the seed,
keep its type, do not fill up with one franchise, lean on shared people, shift with a mood, and hard
constraints (an explicit media type, exclusions) still win over every preference.
"""

from __future__ import annotations

import random
from typing import Any

import numpy as np
import pytest

from recommender.constraints import Constraints, RecommendationRequest
from recommender.ranking import same_franchise
from recommender.similarity import BROAD_GENRES, ItemSimilarity
from recommender.snapshot import GENRE_BITS, CatalogSnapshot, genre_mask


def similar(rec: Any, ref: str, limit: int = 5, **constraints: Any) -> list[dict[str, Any]]:
    request = RecommendationRequest(constraints={"similar_to": ref, **constraints}, limit=limit)
    return rec.recommend(request)["items"]


def sample_seeds(rec: Any, n: int = 40) -> list[int]:
    rows = [r for r in range(len(rec.snapshot)) if rec.similarity.specific_genres(r)]
    return random.Random(11).sample(rows, n)


def test_similar_results_share_a_specific_genre_with_the_seed(fixture_recommender) -> None:
    rec = fixture_recommender
    shared = total = 0
    misses = []
    for row in sample_seeds(rec):
        specific = set(rec.similarity.specific_genres(row))
        for it in similar(rec, rec.snapshot.source_ids[row]):
            total += 1
            if specific & (set(it["genres"]) - BROAD_GENRES):
                shared += 1
            else:
                misses.append((rec.snapshot.titles[row], it["title"]))
    assert total >= 150
    assert shared == total, misses


def test_same_kind_narrows_to_titles_sharing_a_specific_genre(fixture_recommender) -> None:
    sim = fixture_recommender.similarity
    seed = sample_seeds(fixture_recommender, 1)[0]
    everything = np.ones(len(fixture_recommender.snapshot), bool)
    narrowed = sim.same_kind(seed, everything, Constraints())
    specific = set(sim.specific_genres(seed))
    assert 0 < narrowed.sum() < everything.sum()
    assert all(specific & set(sim.specific_genres(r)) for r in np.flatnonzero(narrowed))


def test_same_kind_keeps_the_filters_when_no_allowed_title_shares_a_genre(fixture_recommender) -> None:
    sim = fixture_recommender.similarity
    seed = sample_seeds(fixture_recommender, 1)[0]
    specific = set(sim.specific_genres(seed))
    others = np.array([not (specific & set(sim.specific_genres(r))) for r in range(len(fixture_recommender.snapshot))])
    assert others.any()
    assert (sim.same_kind(seed, others, Constraints()) == others).all()


def test_similar_results_keep_the_seed_type(fixture_recommender) -> None:
    rec = fixture_recommender
    same = total = 0
    for row in sample_seeds(rec):
        items = similar(rec, rec.snapshot.source_ids[row])
        same += sum(it["type"] == rec.snapshot.type_of(row) for it in items)
        total += len(items)
    assert same / total >= 0.97


def test_no_franchise_floods_a_more_like_answer(fixture_recommender) -> None:
    """Four "Little Singham" films are in the catalog: at most one comes back for one of them."""
    items = similar(fixture_recommender, "s3226", limit=10)  # Little Singham: Mahabali
    assert sum(it["title"].startswith("Little Singham") for it in items) <= 1, [it["title"] for it in items]
    for row in sample_seeds(fixture_recommender, 20):
        titles = [it["title"] for it in similar(fixture_recommender, fixture_recommender.snapshot.source_ids[row])]
        assert not any(same_franchise(a, b) for i, a in enumerate(titles) for b in titles[i + 1:]), titles


def test_a_shared_director_pulls_titles_up(fixture_recommender) -> None:
    items = similar(fixture_recommender, "The Irishman")
    scorsese = {"s1359", "s2861", "s6112", "s6827", "s6881", "s7432", "s7821", "s8273", "s8736", "s2633", "s3760"}
    assert sum(it["id"] in scorsese for it in items) >= 2, [it["title"] for it in items]


def test_an_explicit_media_type_overrides_the_seed_type(fixture_recommender) -> None:
    items = similar(fixture_recommender, "Star Trek: Enterprise", media_type="movie")  # a series
    assert len(items) == 5 and all(it["type"] == "movie" for it in items)
    assert sum(bool({"sci-fi", "fantasy", "action"} & set(it["genres"])) for it in items) >= 4


def test_hard_constraints_win_over_shared_genres(fixture_recommender) -> None:
    items = similar(fixture_recommender, "American Horror Story", exclude_genres=["horror"], audience="teen")
    assert items and all("horror" not in it["genres"] for it in items)
    assert all(it["rating"] in {"TV-Y", "TV-Y7", "TV-Y7-FV", "TV-G", "G", "PG", "TV-PG", "PG-13", "TV-14"}
               for it in items)


def test_a_lighter_mood_shifts_away_from_the_seeds_scary_genres(fixture_recommender) -> None:
    plain = similar(fixture_recommender, "American Horror Story")
    light = similar(fixture_recommender, "American Horror Story", mood="light")
    horror = lambda items: sum("horror" in it["genres"] for it in items)  # noqa: E731
    assert horror(light) < horror(plain)
    assert horror(light) <= 1


def test_more_like_this_still_says_like_what(fixture_recommender) -> None:
    items = similar(fixture_recommender, "s5245")
    assert all(it["reason"].endswith("like Star Trek: Enterprise") for it in items)


# --- units ---------------------------------------------------------------------------------------------

def _snapshot(genres: list[list[str]], types: list[int] | None = None) -> CatalogSnapshot:
    n = len(genres)
    return CatalogSnapshot(
        source_ids=[f"t{i}" for i in range(n)], titles=[f"Title {i}" for i in range(n)],
        types=np.array(types or [0] * n, np.int8), years=np.full(n, 2020, np.int16),
        runtimes=np.full(n, 90, np.int32), seasons=np.full(n, -1, np.int16), ratings=["TV-14"] * n,
        audience=np.full(n, 3, np.int8), genre_bits=np.array([genre_mask(g) for g in genres], np.uint64),
        prior=np.full(n, 0.5, np.float32))


def test_genre_weights_follow_specificity_and_ignore_broad_genres() -> None:
    sim = ItemSimilarity(_snapshot([["drama", "international"]] * 8 + [["drama", "stand-up"], ["drama"]]))
    assert sim.idf[GENRE_BITS["international"]] == 0 and sim.idf[GENRE_BITS["independent"]] == 0
    assert sim.idf[GENRE_BITS["stand-up"]] > sim.idf[GENRE_BITS["drama"]] > 0
    assert sim.specific_genres(0) == ["drama"]


def test_structure_prefers_a_rare_shared_genre_and_the_same_type() -> None:
    genres = [["drama", "stand-up"], ["drama"], ["stand-up"], ["stand-up"]] + [["drama"]] * 6
    sim = ItemSimilarity(_snapshot(genres, types=[0, 0, 0, 1] + [0] * 6))
    c = RecommendationRequest(constraints={"similar_to": "t0"}).merged()
    score = sim.structure(0, np.array([1, 2, 3]), c)
    assert score[1] > score[0]  # sharing the rare "stand-up" beats sharing the common "drama"
    assert score[1] > score[2]  # same genres, same type beats another type


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Little Singham: Mahabali", "Little Singham Bandarpur Mein Hu Ha Hu", True),
    ("Pokémon: Indigo League", "Pokémon Journeys: The Series", True),
    ("Stranger Things", "Beyond Stranger Things", True),
    ("Naruto", "Naruto Shippuden: The Movie", True),
    ("Motu Patlu: Deep Sea Adventure", "Motu Patlu in Hong Kong: Kung Fu Kings 3", True),
    ("American Horror Story", "American Vandal", False),
    ("Into the Night", "Into the Forest", False),
    ("I'm Sorry", "I'm Thinking of Ending Things", False),
    ("Star Wars", "Star Trek", False),
    ("Cars", "Scars", False),
])
def test_same_franchise(a: str, b: str, same: bool) -> None:
    assert same_franchise(a, b) is same
    assert same_franchise(b, a) is same
