"""``mediabot bench personalization``: does the taste model pick better titles for a viewer?

Simulated viewers, each with a hidden taste drawn from the catalog: two genres (drawn by how common they
are) and, for half of them, a country. A title suits a viewer when it has one of their genres (and comes
from their country, when they have one). Each viewer asks ``ROUNDS`` times for "something to watch"
(no constraints, or a hard one: only movies / under two hours / only series), sees five titles, likes up
to two that suit them and dislikes up to two that do not; everything shown is excluded afterwards, as
the dialogue does. Measured from the second round on (after the first reactions):

- precision@5 against the hidden taste, three ways, each with fresh viewers: without personalisation
  (only the exclusions), with the taste model, and with dislikes ignored (they only hide their titles);
- hard-constraint satisfaction of the rounds that had one (must stay 1.0);
- diversity: 1 - mean pairwise cosine of the five titles' vectors, and distinct genres per list;
- latency of ``Recommender.recommend`` for these personal requests, p50/p95.

Viewers' data goes to a throw-away SQLite file, never to ``DATABASE_URL``. Fixed random seed.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from contract.settings import Settings
from recommender.catalog.db import make_engine, session_factory
from recommender.constraints import RecommendationRequest
from recommender.service import Recommender
from recommender.taste import TasteConfig

SEED = 20261129
ROUNDS = 6
LIMIT = 5
LIKES_PER_ROUND = 2
DISLIKES_PER_ROUND = 2
MIN_GENRE_TITLES = 150      # a hidden taste is drawn from genres at least this common
MIN_COUNTRY_TITLES = 300
HARD = [None, {"media_type": ["movie"]}, {"max_minutes": 120}, None, {"media_type": ["series"]}, None]


@dataclass(frozen=True)
class Viewer:
    genres: frozenset[str]
    country: str | None

    def likes(self, item: dict[str, Any]) -> bool:
        if not self.genres & set(item["genres"]):
            return False
        return self.country is None or self.country in item.get("countries", [])


def satisfies(item: dict[str, Any], hard: dict[str, Any] | None) -> bool:
    if not hard:
        return True
    if "media_type" in hard and item["type"] not in hard["media_type"]:
        return False
    if "max_minutes" in hard and (item["duration_minutes"] is None or item["duration_minutes"] > hard["max_minutes"]):
        return False
    return True


def draw_viewers(rec: Recommender, n: int, rng: random.Random) -> list[Viewer]:
    s = rec.snapshot
    genre_counts = Counter(g for r in range(len(s)) for g in s.genres_of(r))
    country_counts = Counter(c for r in range(len(s)) for c in (s.country_lists[r] if s.country_lists else []))
    genres = sorted(g for g, c in genre_counts.items() if c >= MIN_GENRE_TITLES)
    weights = [genre_counts[g] for g in genres]
    countries = sorted(c for c, k in country_counts.items() if k >= MIN_COUNTRY_TITLES)
    viewers = []
    for _ in range(n):
        picked: set[str] = set()
        while len(picked) < 2:
            picked.add(rng.choices(genres, weights)[0])
        country = rng.choice(countries) if countries and rng.random() < 0.5 else None
        viewers.append(Viewer(frozenset(picked), country))
    return viewers


def diversity(rec: Recommender, items: list[dict[str, Any]]) -> float:
    rows = [rec.snapshot.row_of[i["id"]] for i in items]
    if len(rows) < 2:
        return 0.0
    v = rec.vectors[rows].astype(np.float32)
    sims = v @ v.T
    n = len(rows)
    return float(1.0 - (sims.sum() - np.trace(sims)) / (n * (n - 1)))


def simulate(rec: Recommender, viewers: list[Viewer], config: TasteConfig, tag: str) -> dict[str, Any]:
    rec.taste_config = config
    hits = shown = hard_ok = hard_total = 0
    div: list[float] = []
    distinct: list[int] = []
    latencies: list[float] = []
    for n, viewer in enumerate(viewers):
        user = f"v1{tag}{n:030d}"[:34]
        seen: list[str] = []
        for round_no in range(ROUNDS):
            hard = HARD[round_no % len(HARD)]
            request = RecommendationRequest(user_id=user, constraints=hard or {}, exclude_ids=seen, limit=LIMIT)
            started = time.perf_counter()
            items = rec.recommend(request)["items"]
            latencies.append(1000 * (time.perf_counter() - started))
            seen += [i["id"] for i in items]
            if round_no > 0:
                hits += sum(viewer.likes(i) for i in items)
                shown += len(items)
                div.append(diversity(rec, items))
                distinct.append(len({g for i in items for g in i["genres"]}))
                if hard:
                    hard_ok += sum(satisfies(i, hard) for i in items)
                    hard_total += len(items)
            for item in [i for i in items if viewer.likes(i)][:LIKES_PER_ROUND]:
                rec.record_feedback(user, item["id"], "like")
            for item in [i for i in items if not viewer.likes(i)][:DISLIKES_PER_ROUND]:
                rec.record_feedback(user, item["id"], "dislike")
    q = np.percentile(latencies, [50, 95])
    return {
        "precision_at_5": round(hits / max(shown, 1), 3),
        "hard_constraints_satisfied": round(hard_ok / max(hard_total, 1), 3),
        "intra_list_diversity": round(float(np.mean(div)), 3),
        "distinct_genres_per_list": round(float(np.mean(distinct)), 2),
        "p50_ms": round(float(q[0]), 1),
        "p95_ms": round(float(q[1]), 1),
    }


def run(settings: Settings, viewers: int = 60) -> int:
    print(f"# personalization benchmark: {viewers} simulated viewers x {ROUNDS} rounds of {LIMIT} picks "
          f"(precision from round 2), seed {SEED}")
    loaded = Recommender.load(settings.database_url, settings.embedding_model, settings.cache_dir,
                              settings.embedding_batch)
    if len(loaded.snapshot) == 0:
        print("error: the catalog is empty; run `mediabot setup` first", file=sys.stderr)
        return 3
    with tempfile.TemporaryDirectory(prefix="mediabot-bench-taste-") as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'viewers.db'}")
        rec = Recommender(loaded.snapshot, loaded.vectors, loaded.embedder, index=loaded.index,
                          factory=session_factory(engine))
        population = draw_viewers(rec, viewers, random.Random(SEED))
        rec.recommend(RecommendationRequest(limit=LIMIT))  # warm-up
        results = {
            "without_personalization": simulate(rec, population, TasteConfig(personalize=False), "a"),
            "with_personalization": simulate(rec, population, TasteConfig(), "b"),
            "dislikes_ignored": simulate(rec, population, TasteConfig(use_dislikes=False), "c"),
        }
        engine.dispose()
    for name, figures in results.items():
        print(f"{name:26s} " + "  ".join(f"{k} {v}" for k, v in figures.items()))
    print(json.dumps(results))
    return 0
