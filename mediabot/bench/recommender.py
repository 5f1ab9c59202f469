"""``mediabot bench recommender``: latency and memory of recommendation calls through the HTTP API.

Two catalogs: the bundled one (real embeddings from the cache) and a deterministic synthetic catalog
of N items (default 1,000,000) with clustered synthetic vectors, built in a child process so its peak
memory is measured on its own. Every call goes over real HTTP to an in-process gateway and includes
the query embedding with the real model. Prints p50/p95/p99, throughput, index build time and peak
RSS.
"""

from __future__ import annotations

import asyncio
import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import aiohttp
import numpy as np
from aiohttp import web

from bot.app import create_app
from contract import settings as settings_mod
from contract.settings import Settings
from contract.vocabulary import AUDIENCES, COUNTRY_LANGUAGES, GENRES, RATING_AUDIENCE, RATINGS
from mediabot.stack import free_port
from recommender import encoder, topic_view
from recommender.embeddings import Embedder
from recommender.index import VectorIndex, storage_dtype
from recommender.service import Recommender
from recommender.snapshot import TYPE_CODES, UNKNOWN, CatalogSnapshot, prior_from

WARMUP = 10


def bundled_requests(n: int) -> list[dict[str, Any]]:
    """A mixed, realistic set of constrained requests (cycled to ``n``; query texts vary per call)."""
    topics = ["office", "space", "family", "heist", "friendship", "war", "cooking", "music", "school",
              "detective", "love", "ghosts", "football", "robots", "island", "road trip"]
    shapes: list[dict[str, Any]] = [
        {"constraints": {"genres": ["comedy"], "max_minutes": 40}},
        {"query": "{t} adventure"},
        {"constraints": {"audience": "kids"}, "query": "{t} with animals"},
        {"constraints": {"genres": ["drama"], "languages": ["ko"]}},
        {"constraints": {"directors": ["Martin Scorsese"]}},
        {"constraints": {"similar_to": "Stranger Things", "exclude_genres": ["horror"]}},
        {"constraints": {"year_min": 1990, "year_max": 1999, "genres": ["action"]}, "query": "{t}"},
        {"constraints": {"media_type": "series", "genres": ["crime"], "mood": "dark"}},
        {},
        {"constraints": {"genres": ["comedy"], "exclude_genres": ["stand-up"], "countries": ["India"]},
         "query": "{t} family drama"},
        {"constraints": {"genres": ["documentary"], "max_minutes": 90}, "query": "{t}"},
        {"constraints": {"genres": ["horror"], "max_minutes": 5}},  # no match: exercises relaxations
    ]
    return _cycle(shapes, topics, n)


def synthetic_requests(n: int) -> list[dict[str, Any]]:
    topics = ["office", "space", "family", "heist", "friendship", "war", "cooking", "music"]
    shapes: list[dict[str, Any]] = [
        {"constraints": {"genres": ["comedy"], "max_minutes": 40}, "query": "{t}"},     # ~3%
        {"query": "{t} adventure"},                                                    # 100%
        {"constraints": {"audience": "teen"}, "query": "{t}"},                          # ~80%
        {"constraints": {"genres": ["drama"], "languages": ["ko"]}, "query": "{t}"},    # <1%
        {"constraints": {"directors": ["Director 17"]}},                                # a handful
        {"constraints": {"exclude_genres": ["horror"], "year_min": 1980}, "query": "{t}"},  # large
        {"constraints": {"media_type": "series", "genres": ["crime"]}},
        {},
    ]
    return _cycle(shapes, topics, n)


def _cycle(shapes: list[dict[str, Any]], topics: list[str], n: int) -> list[dict[str, Any]]:
    out = []
    for i in range(n):
        body = json.loads(json.dumps(shapes[i % len(shapes)]))
        if "query" in body:
            body["query"] = body["query"].format(t=topics[(i // len(shapes)) % len(topics)]) + f" {i}"
        body["limit"] = 5
        out.append(body)
    return out


async def _measure(app: web.Application, bodies: list[dict[str, Any]]) -> tuple[list[float], float]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    port = free_port()
    site = web.TCPSite(runner, "127.0.0.1", port)
    await site.start()
    url = f"http://127.0.0.1:{port}/api/recommendations"
    latencies: list[float] = []
    try:
        async with aiohttp.ClientSession() as http:
            for body in bodies[:WARMUP]:
                async with http.post(url, json=body) as resp:
                    await resp.read()
            started = time.perf_counter()
            for body in bodies:
                t0 = time.perf_counter()
                async with http.post(url, json=body) as resp:
                    await resp.read()
                    if resp.status != 200:
                        raise RuntimeError(f"benchmark request failed: {resp.status} {await resp.text()}")
                latencies.append(1000 * (time.perf_counter() - t0))
            wall = time.perf_counter() - started
    finally:
        await runner.cleanup()
    return latencies, wall


def _report(name: str, latencies: list[float], wall: float, extra: dict[str, Any]) -> dict[str, Any]:
    q = np.percentile(latencies, [50, 95, 99])
    row = {"catalog": name, "requests": len(latencies), "p50_ms": round(float(q[0]), 1),
           "p95_ms": round(float(q[1]), 1), "p99_ms": round(float(q[2]), 1),
           "mean_ms": round(statistics.fmean(latencies), 1),
           "throughput_rps": round(len(latencies) / wall, 1), **extra}
    print(json.dumps(row))
    return row


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(settings: Settings, items: int, requests: int, synthetic: bool) -> int:
    print(f"# recommender benchmark: {requests} API calls per catalog (query embedding included)")
    t0 = time.perf_counter()
    rec = Recommender.load(settings.database_url, settings.embedding_model, settings.cache_dir, settings.embedding_batch,
                           query_encoder=settings.query_encoder)
    if len(rec.snapshot) == 0:
        print("error: the catalog is empty; run `mediabot setup` first", file=sys.stderr)
        return 3
    load_s = time.perf_counter() - t0
    latencies, wall = asyncio.run(_measure(create_app(settings, recommender=rec), bundled_requests(requests)))
    _report("bundled", latencies, wall, {"items": len(rec.snapshot), "index": rec.index.kind,
                                         "index_build_s": round(rec.index.build_seconds, 3),
                                         "load_s": round(load_s, 1), "peak_rss_mb": round(peak_rss_mb())})
    if synthetic:
        child = subprocess.run([sys.executable, "-m", "mediabot.bench.recommender", str(items), str(requests)])
        return child.returncode
    return 0


# --- synthetic catalog (child process) -------------------------------------------------------------

def synthetic_snapshot(n: int, seed: int = 42) -> CatalogSnapshot:
    """A deterministic catalog with the bundled catalog's shape: types, runtimes, ratings, genres, people."""
    rng = np.random.default_rng(seed)
    is_series = rng.random(n) < 0.3
    types = np.where(is_series, TYPE_CODES["series"], TYPE_CODES["movie"]).astype(np.int8)
    runtimes = np.where(is_series, UNKNOWN, rng.integers(5, 200, n)).astype(np.int32)
    seasons = np.where(is_series, rng.integers(1, 8, n), UNKNOWN).astype(np.int16)
    years = rng.integers(1950, 2025, n).astype(np.int16)
    rating_idx = rng.integers(0, len(RATINGS), n)
    genre_bits = np.zeros(n, np.uint64)
    for _ in range(2):
        genre_bits |= np.left_shift(np.uint64(1), rng.integers(0, len(GENRES), n).astype(np.uint64))
    countries = list(COUNTRY_LANGUAGES)
    country_idx = rng.integers(0, len(countries), n)
    directors = rng.integers(0, n // 20, n)
    audience_of = np.array([AUDIENCES.index(RATING_AUDIENCE[r]) if r in RATING_AUDIENCE else UNKNOWN
                            for r in RATINGS], np.int8)
    return CatalogSnapshot(
        source_ids=[f"syn{i}" for i in range(n)],
        titles=[f"Synthetic title {i}" for i in range(n)],
        types=types, years=years, runtimes=runtimes, seasons=seasons,
        ratings=[RATINGS[i] for i in rating_idx],
        audience=audience_of[rating_idx], genre_bits=genre_bits,
        prior=prior_from(years, None, 2026),
        countries=_invert(country_idx, [c.lower() for c in countries]),
        languages=_invert(country_idx, [COUNTRY_LANGUAGES[c] for c in countries]),
        actors={}, directors=_invert(directors, [f"director {i}" for i in range(n // 20)]),
        rating_codes=rating_idx.astype(np.int8),
    )


def _invert(codes: np.ndarray, names: list[str]) -> dict[str, np.ndarray]:
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(len(names) + 1))
    out: dict[str, np.ndarray] = {}
    for i, name in enumerate(names):
        rows = order[bounds[i]:bounds[i + 1]]
        if len(rows):
            out[name] = np.concatenate([out[name], rows]) if name in out else rows
    return out


def synthetic_vectors(n: int, dim: int, seed: int = 42, clusters: int = 2000) -> np.ndarray:
    """Clustered unit vectors (like real embeddings, items form topical groups), built in chunks
    and stored as the service stores vectors of a catalog this size (``storage_dtype``)."""
    out: np.ndarray = np.empty((n, dim), storage_dtype(n))
    for start, block in _synthetic_blocks(n, dim, seed, clusters):
        out[start:start + len(block)] = block
    return out


def synthetic_topic_view(n: int, dim: int, seed: int = 43, clusters: int = 2000) -> topic_view.TopicView:
    """The synopsis view (``recommender.topic_view``) of the synthetic catalog, quantized chunk by chunk
    as the service stores it (no float copy of the whole matrix)."""
    codes = np.empty((n, dim), np.int8)
    scales = np.empty(n, np.float32)
    for start, block in _synthetic_blocks(n, dim, seed, clusters):
        part = topic_view.TopicView.quantize(block)
        codes[start:start + len(block)], scales[start:start + len(block)] = part.codes, part.scales
    return topic_view.TopicView(codes, scales)


def _synthetic_blocks(n: int, dim: int, seed: int, clusters: int) -> Iterator[tuple[int, np.ndarray]]:
    rng = np.random.default_rng(seed)
    centers = rng.standard_normal((clusters, dim)).astype(np.float32)
    for start in range(0, n, 100_000):
        stop = min(n, start + 100_000)
        block = centers[rng.integers(0, clusters, stop - start)]
        block += 0.6 * rng.standard_normal(block.shape, dtype=np.float32)
        block /= np.linalg.norm(block, axis=1, keepdims=True)
        yield start, block


def run_synthetic(n: int, requests: int) -> int:
    settings = settings_mod.load()
    embedder = Embedder(settings.embedding_model, settings.embedding_batch,
                        encoder.load(settings.embedding_model, settings.cache_dir, settings.query_encoder))
    t0 = time.perf_counter()
    snapshot = synthetic_snapshot(n)
    vectors = synthetic_vectors(n, embedder.dim)
    topic = synthetic_topic_view(n, embedder.dim)
    gen_s = time.perf_counter() - t0
    index = VectorIndex(vectors)
    rec = Recommender(snapshot, vectors, embedder, index=index, topic=topic)
    latencies, wall = asyncio.run(_measure(create_app(settings, recommender=rec), synthetic_requests(requests)))
    _report("synthetic", latencies, wall, {"items": n, "index": index.kind,
                                           "index_build_s": round(index.build_seconds, 1),
                                           "generate_s": round(gen_s, 1), "peak_rss_mb": round(peak_rss_mb())})
    return 0


if __name__ == "__main__":
    sys.exit(run_synthetic(int(sys.argv[1]), int(sys.argv[2])))
