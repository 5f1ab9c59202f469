"""``mediabot bench similarity``: how alike "more like this" answers are, judged from the raw catalog.

For 200 seed titles drawn with a fixed random seed from the bundled catalog, one
``POST /api/recommendations {"constraints": {"similar_to": id}, "limit": 5}`` each, over real HTTP to
an in-process gateway. Every result is judged against the raw CSV (``mediabot.eval.judge``), never
against the bot's own echo:

- ``shares_specific_genre``: results sharing a specific genre family with the seed (Netflix tags that
  say nothing about the genre — "International …", "Independent Movies", "Korean TV Shows" — belong to
  no family); seeds without any specific genre are left out;
- ``same_type``: results of the seed's type (Movie / TV Show);
- ``franchise_lists``: answers with two titles of one franchise (a long shared title prefix);
- the same two figures for random titles of the seed's type (what chance gives);
- p50/p95 latency of the calls.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time
from typing import Any

import aiohttp
import numpy as np
from aiohttp import web

from bot.app import create_app
from contract.settings import Settings
from mediabot.bench.recommender import WARMUP
from mediabot.eval.judge import load_catalog
from mediabot.stack import free_port
from recommender.ranking import same_franchise
from recommender.service import Recommender

SEED = 20261129


def seed_ids(ids: list[str], n: int, seed: int = SEED) -> list[str]:
    return random.Random(seed).sample(sorted(ids), min(n, len(ids)))


async def _ask(app: web.Application, seeds: list[str], limit: int) -> tuple[dict[str, list[str]], list[float]]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    url = f"http://127.0.0.1:{port}/api/recommendations"
    answers: dict[str, list[str]] = {}
    latencies: list[float] = []
    try:
        async with aiohttp.ClientSession() as http:
            for sid in seeds[:WARMUP]:
                async with http.post(url, json={"constraints": {"similar_to": sid}, "limit": limit}) as resp:
                    await resp.read()
            for sid in seeds:
                t0 = time.perf_counter()
                async with http.post(url, json={"constraints": {"similar_to": sid}, "limit": limit}) as resp:
                    body = await resp.json()
                    if resp.status != 200:
                        raise RuntimeError(f"similar_to {sid} failed: {resp.status} {body}")
                latencies.append(1000 * (time.perf_counter() - t0))
                answers[sid] = [it["id"] for it in body["items"]]
    finally:
        await runner.cleanup()
    return answers, latencies


def judge(catalog: dict[str, Any], answers: dict[str, list[str]], rng_seed: int = SEED) -> dict[str, Any]:
    """The figures of one run: shares over all judged results (seeds without a specific genre skipped
    for the genre figure), plus what random titles of the seed's type score."""
    rng = random.Random(rng_seed)
    by_type: dict[str, list[str]] = {}
    for row in catalog.values():
        by_type.setdefault(row.type, []).append(row.id)
    genre_hits = genre_n = type_hits = type_n = flooded = 0
    rand_genre_hits = rand_genre_n = rand_type_hits = 0
    for sid, result in answers.items():
        seed = catalog[sid]
        rows = [catalog[i] for i in result]
        type_hits += sum(r.type == seed.type for r in rows)
        type_n += len(rows)
        flooded += any(same_franchise(a.title, b.title) for i, a in enumerate(rows) for b in rows[i + 1:])
        randoms = [catalog[i] for i in rng.sample(by_type[seed.type], 5)]
        rand_type_hits += sum(r.type == seed.type for r in randoms)  # 1 by construction
        if seed.families:
            genre_hits += sum(bool(r.families & seed.families) for r in rows)
            genre_n += len(rows)
            rand_genre_hits += sum(bool(r.families & seed.families) for r in randoms if r.id != sid)
            rand_genre_n += sum(r.id != sid for r in randoms)
    return {
        "seeds": len(answers),
        "results": type_n,
        "shares_specific_genre": round(genre_hits / genre_n, 3) if genre_n else None,
        "same_type": round(type_hits / type_n, 3) if type_n else None,
        "franchise_lists": flooded,
        "random_same_type_shares_genre": round(rand_genre_hits / rand_genre_n, 3) if rand_genre_n else None,
    }


def run(settings: Settings, seeds: int = 200, limit: int = 5) -> int:
    print(f"# similarity benchmark: {seeds} seed titles, {limit} 'similar_to' results each, judged from the raw CSV")
    rec = Recommender.load(settings.database_url, settings.embedding_model, settings.cache_dir,
                           settings.embedding_batch, query_encoder=settings.query_encoder)
    if len(rec.snapshot) == 0:
        print("error: the catalog is empty; run `mediabot setup` first", file=sys.stderr)
        return 3
    catalog = load_catalog(settings.catalog_path)
    known = [sid for sid in rec.snapshot.source_ids if sid in catalog]
    chosen = seed_ids(known, seeds)
    answers, latencies = asyncio.run(_ask(create_app(settings, recommender=rec), chosen, limit))
    figures = judge(catalog, answers)
    q = np.percentile(latencies, [50, 95])
    figures.update({"p50_ms": round(float(q[0]), 1), "p95_ms": round(float(q[1]), 1)})
    print(json.dumps(figures))
    return 0
