"""``python -m mediabot.bench.operators``: what editorial rules and a live import cost the requests.

On a private copy of the bundled catalog (the SQLite file of ``DATABASE_URL`` copied with SQLite's
backup API, so the real database gets no rules), with the real embedding model and query encoder:

1. **Editorial rules**: p50/p95 of a mixed set of recommendation calls (``bench recommender``'s
   request shapes, called in-process) with no rules and with 1,000 active rules (boosts, buries,
   blocks, windows with territories, pins), measured in alternating rounds so a busy machine hurts
   both sides alike; plus the time to compile the rules and the memory they take: the RSS the rules
   generation adds once compiled, and the peak RSS while the requests run with and without them
   (sampled every 5 ms).
2. **Live import**: four threads keep asking while 50 new titles are imported, 10 removed, the catalog
   version bumped and the recommender refreshed (what ``mediabot import`` and the gateway's poller
   do). Prints the refresh time (built beside the serving generation), the swap itself (one
   assignment), request latency before / during / after the build, and the peak extra memory (RSS
   sampled every 5 ms during the refresh).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from contract.settings import Settings, load
from contract.vocabulary import GENRE_IDS
from mediabot.bench.recommender import bundled_requests
from recommender import editorial_store, live
from recommender.catalog.importers import parse_file
from recommender.catalog.store import upsert
from recommender.constraints import RecommendationRequest
from recommender.editorial import RuleSpec
from recommender.service import Recommender

SEED = 20261129
ROUNDS = 3
PAGE = os.sysconf("SC_PAGE_SIZE")


def copy_database(url: str, into: Path) -> str:
    """A private copy of the SQLite catalog (consistent even while a gateway writes the original)."""
    if not url.startswith("sqlite:///"):
        sys.exit("bench operators needs the SQLite catalog (DATABASE_URL=sqlite:///...)")
    target = into / "catalog.db"
    with sqlite3.connect(url[len("sqlite:///"):]) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return f"sqlite:///{target}"


def rule_specs(source_ids: list[str], n: int, seed: int = SEED) -> list[RuleSpec]:
    """``n`` rules in the proportions a busy editorial team might keep."""
    rng = random.Random(seed)
    ids = rng.sample(source_ids, min(len(source_ids), n))
    now = dt.datetime.now(dt.timezone.utc)
    genres = sorted(GENRE_IDS)
    specs: list[RuleSpec] = []
    for i, sid in enumerate(ids):
        slot = i % 20
        if slot < 6:
            specs.append(RuleSpec(kind="boost", title=sid, weight=rng.uniform(0.05, 0.3)))
        elif slot < 12:
            specs.append(RuleSpec(kind="bury", title=sid, weight=rng.uniform(0.05, 0.3)))
        elif slot < 15:
            specs.append(RuleSpec(kind="block", title=sid))
        elif slot < 18:
            shift = dt.timedelta(days=rng.randint(-30, 30))
            specs.append(RuleSpec(kind="window", title=sid, starts_at=now + shift, ends_at=now + shift + dt.timedelta(days=20),
                                  territories=["GB", "IE"] if slot == 17 else []))
        elif slot == 18:
            specs.append(RuleSpec(kind="pin", title=sid, for_genre=rng.choice(genres)))
        else:
            specs.append(RuleSpec(kind=rng.choice(["boost", "bury"]), genre=rng.choice(genres), weight=0.05))
    return specs


def percentiles(ms: list[float]) -> str:
    ordered = sorted(ms)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return f"p50 {statistics.median(ordered):.1f} ms, p95 {p95:.1f} ms, max {ordered[-1]:.1f} ms (n={len(ordered)})"


def timed(rec: Recommender, requests: list[RecommendationRequest]) -> list[float]:
    out = []
    for r in requests:
        started = time.perf_counter()
        rec.recommend(r)
        out.append(1000 * (time.perf_counter() - started))
    return out


def bench_rules(rec: Recommender, requests: list[RecommendationRequest], n_rules: int) -> None:
    plain = rec.generation
    timed(rec, requests[:20])  # warm-up: query cache, lazy imports
    started = time.perf_counter()
    for spec in rule_specs(plain.snapshot.source_ids, n_rules):
        editorial_store.add_rule(rec.factory, spec)
    stored = time.perf_counter() - started
    before_compile = rss_bytes()
    started = time.perf_counter()
    with PeakRss() as compiling:
        rec.refresh()
    compiled = time.perf_counter() - started
    ruled = rec.generation
    print(f"{n_rules} rules: stored in {stored:.1f} s, compiled into the serving generation in {1000 * compiled:.0f} ms")
    print(f"  memory: the rules generation (kept beside the plain one here) adds "
          f"{(rss_bytes() - before_compile) / 2**20:.0f} MiB; peak while compiling "
          f"{(compiling.peak - before_compile) / 2**20:+.0f} MiB over the RSS before it ({before_compile / 2**20:.0f} MiB)")
    names = ("no rules", f"{n_rules} rules")
    results: dict[str, list[float]] = {name: [] for name in names}
    peaks: dict[str, int] = {name: 0 for name in names}
    for _ in range(ROUNDS):
        for name, gen in zip(names, (plain, ruled)):
            rec._swap(gen)  # the bench alternates generations directly: same requests, same warm caches
            with PeakRss() as peak:
                results[name] += timed(rec, requests)
            peaks[name] = max(peaks[name], peak.peak)
    for name in names:
        print(f"  {name:>10}: {percentiles(results[name])}; peak RSS {peaks[name] / 2**20:.0f} MiB")
    base = p95(results[names[0]])
    print(f"  p95 change with rules: {100 * (p95(results[names[1]]) - base) / base:+.1f} %")
    rec._swap(ruled)


def p95(ms: list[float]) -> float:
    ordered = sorted(ms)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE


class PeakRss:
    """The highest RSS of this process while the ``with`` block runs, sampled every 5 ms by a thread."""

    def __init__(self) -> None:
        self.peak = rss_bytes()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._done.is_set():
            self.peak = max(self.peak, rss_bytes())
            time.sleep(0.005)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()
        self.peak = max(self.peak, rss_bytes())


def bench_swap(rec: Recommender, requests: list[RecommendationRequest], records: list[Any], label: str,
               seed: int) -> None:
    rng = random.Random(seed)
    fresh = [dataclasses.replace(r, source_id=f"bench-{seed}-{i}", title=f"{r.title} (bench {seed}-{i})",
                                 description=f"{r.description} Bench copy {seed}-{i}.")
             for i, r in enumerate(rng.sample(records, 50))]
    removed = [r.source_id for r in rng.sample(records, 10)]
    spans: list[tuple[float, float]] = []
    stop = threading.Event()

    def ask(offset: int) -> None:
        i = offset
        while not stop.is_set():
            started = time.perf_counter()
            rec.recommend(requests[i % len(requests)])
            spans.append((started, time.perf_counter()))
            i += 7

    threads = [threading.Thread(target=ask, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    time.sleep(3)
    upsert(rec.factory, fresh)
    live.remove_items(rec.factory, removed)
    live.bump_catalog(rec.factory)
    before_rss = rss_bytes()
    swap_time: list[float] = []
    inner_swap = rec._swap

    def timed_swap(gen: Any) -> None:
        started = time.perf_counter()
        inner_swap(gen)
        swap_time.append(time.perf_counter() - started)

    rec._swap = timed_swap  # type: ignore[method-assign]
    build_start = time.perf_counter()
    with PeakRss() as peak:
        rec.refresh()
    build_end = time.perf_counter()
    time.sleep(2)
    stop.set()
    for t in threads:
        t.join()
    rec._swap = inner_swap  # type: ignore[method-assign]
    print(f"{label}: 50 new and 10 removed titles ({len(rec.snapshot)} items now):")
    print(f"  refresh (snapshot, 50 new vectors, index, similarity, rules) built beside the serving generation "
          f"in {build_end - build_start:.2f} s; the swap itself took {1e6 * swap_time[0]:.0f} µs")
    print(f"  peak extra memory during the refresh: {(peak.peak - before_rss) / 2**20:.0f} MiB "
          f"(RSS {before_rss / 2**20:.0f} -> peak {peak.peak / 2**20:.0f} MiB)")
    before = [1000 * (e - s) for s, e in spans if e < build_start]
    during = [1000 * (e - s) for s, e in spans if s < build_end and e > build_start]
    after = [1000 * (e - s) for s, e in spans if s > build_end]
    for name, ms in (("before", before), ("during the build", during), ("after", after)):
        print(f"  requests {name:>16}: {percentiles(ms) if ms else 'none'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mediabot.bench.operators", description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=240)
    parser.add_argument("--rules", type=int, default=1000)
    parser.add_argument("--rules-only", action="store_true", help="skip the two live imports")
    args = parser.parse_args(argv)
    return run(load(), requests=args.requests, rules=args.rules, imports=not args.rules_only)


def run(settings: Settings, requests: int = 240, rules: int = 1000, imports: bool = True) -> int:
    """The whole benchmark on a private copy of the configured catalog (``mediabot bench operators``)."""
    with tempfile.TemporaryDirectory() as tmp:
        url = copy_database(settings.database_url, Path(tmp))
        rec = Recommender.load(url, settings.embedding_model, settings.cache_dir, settings.embedding_batch,
                               territory="GB")
        print(f"catalog: {len(rec.snapshot)} items (private copy); {os.cpu_count()} cores")
        bodies = [RecommendationRequest.model_validate(b) for b in bundled_requests(requests)]
        bench_rules(rec, bodies, rules)
        if not imports:
            return 0
        records = parse_file(settings.catalog_path, "netflix").records
        bench_swap(rec, bodies, records, "first live import (the gateway loads the bulk encoding model)", SEED)
        bench_swap(rec, bodies, records, "second live import", SEED + 1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
