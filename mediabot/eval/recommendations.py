"""``mediabot eval recommendations``: how good the ranking is, judged from the raw catalog alone (issue 11).

Every mediabot answer comes over real HTTP from an in-process gateway (``POST /api/recommendations``,
no ``user_id``: the unpersonalized ranking). Beside it, baselines computed in-process on the same
catalog, vectors and hard filters: **embedding only** (the top cosine of the query or seed vector, no
prior, no structure, no diversity), for free text also **embedding only, one title per franchise** (the
same with the franchise rule of every mediabot list, so the difference to the API is what the prior and
the diversity pass do), and **chance / prior only** (random titles of the seed's type for similarity;
the constraints ranked by the catalog prior with no query for topics).

1. **Similarity** (``mediabot.bench.similarity``, reused): 500 random seeds, 5 ``similar_to`` results
   each; shares of results with a specific genre family of the seed and of the seed's type.
2. **Held-back topic phrases**: 300 titles drawn with a fixed seed (never used to tune anything); the query
   for each is the most distinctive 4-word window of its synopsis (highest summed IDF over all synopses,
   no capitalised word — names are matched by the filters, not the vector — and no stop word at its
   edges). recall@10 = share of queries whose title is among the 10 answers.
3. **Hand-written topics** (``mediabot.eval.topics``, the relevance rule is documented there): 32 asks
   such as "a movie about a heist", and a fresh set of 16 written after the ranking choices made on the
   first (a check that those choices did not overfit it); precision@10 = share of the 10 answers whose
   synopsis is about the topic, recall@10 = relevant answers / min(10, relevant titles in the catalog
   under the constraints).
4. **Intra-list diversity**: mean pairwise (1 − cosine) of the item vectors inside each list of 1 and 3.
"""

from __future__ import annotations

import asyncio
import csv
import json
import math
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import aiohttp
import numpy as np
from aiohttp import web

from bot.app import create_app
from contract.settings import Settings
from mediabot.bench import similarity
from mediabot.eval.judge import load_catalog
from mediabot.eval.topics import FRESH_TOPIC_CASES, TOPIC_CASES, TopicCase
from mediabot.stack import free_port
from recommender.constraints import RecommendationRequest
from recommender.filters import hard_mask
from recommender.ranking import same_franchise
from recommender.service import Recommender

SEED = 20261129
SIMILARITY_SEEDS = 500
HELD_BACK = 300
PHRASE_WORDS = 4
K = 10
EDGE_STOPWORDS = frozenset("""a an the and or but of to in on at for with from by as is are was were be his her
their its this that who when while after into about him them they he she it one""".split())


def synopses(path: Path) -> dict[str, str]:
    """``show_id`` → synopsis, read from the raw CSV (the judge never reads the database)."""
    with path.open(newline="", encoding="utf-8") as f:
        return {row["show_id"]: row.get("description") or "" for row in csv.DictReader(f)}


# --- held-back phrases -------------------------------------------------------------------------------

def idf(texts: list[str]) -> dict[str, float]:
    df = Counter(w for t in texts for w in set(re.findall(r"[a-z']+", t.lower())))
    return {w: math.log(len(texts) / c) for w, c in df.items()}


def distinctive_phrase(synopsis: str, weights: dict[str, float], size: int = PHRASE_WORDS) -> str | None:
    """The window of ``size`` words with the highest summed IDF; no capitalised word past the first
    (names), no stop word at either edge, words only (no digits)."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", synopsis)
    best, best_score = None, -1.0
    for i in range(len(words) - size + 1):
        window = words[i:i + size]
        if any(w[0].isupper() and i + j > 0 for j, w in enumerate(window)):
            continue
        lower = [w.lower() for w in window]
        if lower[0] in EDGE_STOPWORDS or lower[-1] in EDGE_STOPWORDS:
            continue
        score = sum(weights.get(w, 0.0) for w in lower)
        if score > best_score:
            best, best_score = " ".join(lower), score
    return best


def held_back(ids: list[str], texts: dict[str, str], n: int = HELD_BACK, seed: int = SEED) -> dict[str, str]:
    """``n`` titles (fixed seed) → the distinctive phrase of each synopsis that has one."""
    weights = idf(list(texts.values()))
    pool = sorted(i for i in ids if texts.get(i))
    chosen = random.Random(seed + 1).sample(pool, min(n, len(pool)))
    phrases = {sid: distinctive_phrase(texts[sid], weights) for sid in chosen}
    return {sid: p for sid, p in phrases.items() if p}


# --- asking the API ----------------------------------------------------------------------------------

async def _ask_all(app: web.Application, bodies: list[dict[str, Any]]) -> tuple[list[list[str]], list[float]]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    url = f"http://127.0.0.1:{port}/api/recommendations"
    answers: list[list[str]] = []
    latencies: list[float] = []
    try:
        async with aiohttp.ClientSession() as http:
            for body in bodies:
                t0 = time.perf_counter()
                async with http.post(url, json=body) as resp:
                    answer = await resp.json()
                    if resp.status != 200:
                        raise RuntimeError(f"{body} failed: {resp.status} {answer}")
                latencies.append(1000 * (time.perf_counter() - t0))
                answers.append([it["id"] for it in answer["items"]])
    finally:
        await runner.cleanup()
    return answers, latencies


# --- baselines, in-process ----------------------------------------------------------------------------

def _mask(rec: Recommender, body: dict[str, Any], exclude: list[int]) -> np.ndarray:
    c = RecommendationRequest.model_validate(body).merged().with_absolute_years(rec.snapshot.newest_year)
    return hard_mask(rec.snapshot, c, exclude)


def embedding_only(rec: Recommender, body: dict[str, Any], k: int) -> list[str]:
    """Top cosine of the query vector inside the hard filter: no prior, no structure, no diversity."""
    hits = rec.index.search(rec.embedder.encode_query(body["query"]), _mask(rec, body, []), k)
    return [rec.snapshot.source_ids[r] for r in hits.rows]


def embedding_one_per_franchise(rec: Recommender, body: dict[str, Any], k: int, pool: int = 80) -> list[str]:
    """Embedding only, but a second title of one franchise after every other (the rule every mediabot list
    follows: "a movie about a shark attack" shows one "Jaws" film, not four), so the two differ only by
    what the ranking adds: prior and diversity."""
    ids = embedding_only(rec, body, pool)
    titles = {i: rec.snapshot.titles[rec.snapshot.row_of[i]] for i in ids}
    first: list[str] = []
    repeats: list[str] = []
    for i in ids:
        repeat = any(same_franchise(titles[i], titles[j]) for j in first)
        (repeats if repeat else first).append(i)
    return (first + repeats)[:k]


def prior_only(rec: Recommender, body: dict[str, Any], k: int) -> list[str]:
    """The constraints ranked by the catalog prior alone (what a request without a topic gets)."""
    rows = np.flatnonzero(_mask(rec, body, []))
    top = rows[np.argsort(-rec.snapshot.prior[rows], kind="stable")[:k]]
    return [rec.snapshot.source_ids[r] for r in top]


def similar_by_embedding(rec: Recommender, seed: str, k: int) -> list[str]:
    row = rec.snapshot.row_of[seed]
    mask = np.ones(len(rec.snapshot), bool)
    mask[row] = False
    hits = rec.index.search(rec.vectors[row].astype(np.float32), mask, k)
    return [rec.snapshot.source_ids[r] for r in hits.rows]


# --- measures -----------------------------------------------------------------------------------------

def recall_at(answers: list[list[str]], targets: list[str], k: int = K) -> float:
    return round(sum(t in a[:k] for a, t in zip(answers, targets)) / len(targets), 3) if targets else 0.0


def topic_scores(case: TopicCase, answer: list[str], texts: dict[str, str], relevant_total: int,
                 k: int = K) -> tuple[float, float]:
    """(precision@k, recall@k) of one answer under the synopsis rule."""
    hits = sum(case.is_about(texts.get(i, "")) for i in answer[:k])
    return hits / k, (hits / min(k, relevant_total) if relevant_total else 1.0)


def intra_list_diversity(rec: Recommender, lists: list[list[str]]) -> float:
    """Mean over lists of the mean pairwise (1 − cosine) of their items' vectors."""
    values = []
    for ids in lists:
        rows = [rec.snapshot.row_of[i] for i in ids if i in rec.snapshot.row_of]
        if len(rows) < 2:
            continue
        v = rec.vectors[rows].astype(np.float32)
        sims = v @ v.T
        n = len(rows)
        values.append(1 - (sims.sum() - np.trace(sims)) / (n * (n - 1)))
    return round(float(np.mean(values)), 3) if values else 0.0


def _relevant_total(rec: Recommender, case: TopicCase, texts: dict[str, str]) -> int:
    rows = np.flatnonzero(_mask(rec, case.body(K), []))
    return sum(case.is_about(texts.get(rec.snapshot.source_ids[r], "")) for r in rows)


# --- the run ------------------------------------------------------------------------------------------

def _topic_set(settings: Settings, rec: Recommender, texts: dict[str, str], cases: tuple[TopicCase, ...]
               ) -> tuple[dict[str, Any], dict[str, dict[str, float]], list[list[str]], list[list[str]], list[float]]:
    """One set of hand-written topics through the API and both baselines: (figures, precision per case,
    the API's answers, embedding-only answers, API latencies)."""
    app = create_app(settings, recommender=rec)
    api, latencies = asyncio.run(_ask_all(app, [case.body(K) for case in cases]))
    rankings = {"api": api,
                "embedding_only": [embedding_only(rec, c.body(K), K) for c in cases],
                "embedding_one_per_franchise": [embedding_one_per_franchise(rec, c.body(K), K) for c in cases],
                "prior_only": [prior_only(rec, c.body(K), K) for c in cases]}
    totals = [_relevant_total(rec, c, texts) for c in cases]
    figures: dict[str, Any] = {"queries": len(cases)}
    per_case: dict[str, dict[str, float]] = {}
    for name, answers in rankings.items():
        scores = [topic_scores(c, a, texts, t) for c, a, t in zip(cases, answers, totals)]
        figures[name] = {"precision@10": round(float(np.mean([p for p, _ in scores])), 3),
                         "recall@10": round(float(np.mean([r for _, r in scores])), 3)}
        per_case[name] = {c.ask: round(p, 2) for c, (p, _) in zip(cases, scores)}
    return figures, per_case, api, rankings["embedding_only"], latencies


def evaluate(settings: Settings, rec: Recommender, catalog_path: Path) -> dict[str, Any]:
    catalog = load_catalog(catalog_path)
    texts = synopses(catalog_path)
    known = [sid for sid in rec.snapshot.source_ids if sid in catalog]
    app = create_app(settings, recommender=rec)

    seeds = similarity.seed_ids(known, SIMILARITY_SEEDS)
    sim_api, sim_lat = asyncio.run(_ask_all(app, [{"constraints": {"similar_to": s}, "limit": 5} for s in seeds]))
    sim_api_by = dict(zip(seeds, sim_api))
    sim_emb_by = {s: similar_by_embedding(rec, s, 5) for s in seeds}
    sim = {"api": similarity.judge(catalog, sim_api_by), "embedding_only": similarity.judge(catalog, sim_emb_by)}

    phrases = held_back(known, texts)
    targets = list(phrases)
    bodies = [{"query": phrases[t], "limit": K} for t in targets]
    app = create_app(settings, recommender=rec)
    held_api, held_lat = asyncio.run(_ask_all(app, bodies))
    held = {"queries": len(targets), "api": recall_at(held_api, targets),
            "embedding_only": recall_at([embedding_only(rec, b, K) for b in bodies], targets),
            "embedding_one_per_franchise": recall_at([embedding_one_per_franchise(rec, b, K) for b in bodies],
                                                     targets),
            "prior_only": recall_at([prior_only(rec, b, K) for b in bodies], targets)}

    topics, per_case, topic_api, topic_emb, topic_lat = _topic_set(settings, rec, texts, TOPIC_CASES)
    fresh, fresh_case, _, _, fresh_lat = _topic_set(settings, rec, texts, FRESH_TOPIC_CASES)
    per_case = {name: {**per_case[name], **fresh_case[name]} for name in per_case}

    diversity = {"api": {"similar": intra_list_diversity(rec, sim_api), "topics": intra_list_diversity(rec, topic_api)},
                 "embedding_only": {"similar": intra_list_diversity(rec, list(sim_emb_by.values())),
                                    "topics": intra_list_diversity(rec, topic_emb)}}
    latencies = sim_lat + held_lat + topic_lat + fresh_lat
    q = np.percentile(latencies, [50, 95])
    return {"similarity": sim, "held_back_topics": held, "topics": topics, "fresh_topics": fresh,
            "diversity": diversity,
            "api_p50_ms": round(float(q[0]), 1), "api_p95_ms": round(float(q[1]), 1),
            "topic_precision_by_case": per_case,
            "held_back_examples": dict(list(phrases.items())[:5])}


def run(settings: Settings, out: str | None = None, catalog_path: str | None = None) -> int:
    path = Path(catalog_path) if catalog_path else settings.catalog_path
    print("# recommendation quality from the raw catalog: mediabot API (no user) vs embedding-only and "
          "chance/prior-only baselines")
    rec = Recommender.load(settings.database_url, settings.embedding_model, settings.cache_dir,
                           settings.embedding_batch, query_encoder=settings.query_encoder)
    if len(rec.snapshot) == 0:
        print("error: the catalog is empty; run `mediabot setup` first", file=sys.stderr)
        return 3
    report = evaluate(settings, rec, path)
    for key in ("similarity", "held_back_topics", "topics", "fresh_topics", "diversity"):
        print(json.dumps({key: report[key]}))
    print(json.dumps({"api_p50_ms": report["api_p50_ms"], "api_p95_ms": report["api_p95_ms"]}))
    if out:
        Path(out).write_text(json.dumps(report, indent=1))
    return 0
