"""``mediabot bench encoder``: is the ONNX query encoder the same retrieval as torch, and how fast is it?

500 queries built deterministically from the bundled catalog (``queries``): viewer phrasings around
genre labels and synopsis words ("a movie about a heist", "something set in space", "korean crime
series"), titles as typed ("something like Ozark"), synopsis fragments of 3–7 words, and mood phrasings.
Each encoder runs in a child process of its own (so its peak RSS is its own, and the ONNX process never
imports torch), encodes the queries one at a time after a warm-up, and returns the vectors and per-query
latencies. Against the torch vectors the bench reports, for every ONNX variant:

- ``top10_agreement``: mean share of the torch top-10 (exact cosine over the whole catalog) that the
  variant's top-10 also holds;
- ``min_cosine`` / ``mean_cosine`` between the two vectors of a query;
- ``p50_ms`` / ``p95_ms`` per query (tokenizer + model + pooling), ``cpu_p50_ms`` (the process's CPU time
  per query: on a machine shared with other jobs the wall clock also counts waiting for a core), and
  the child's ``peak_rss_mb`` (VmHWM).
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from contract.settings import Settings
from contract.vocabulary import GENRES, MOOD_TEXT

SEED = 20261129
WARMUP = 20
VARIANTS = ("onnx", "onnx-int8")
STOPWORDS = frozenset("""a an the and or but of to in on at for with from by as is are was were be been his her
their its this that these those who whom which when where while after before into about over under than then
they them he she it we you your our one two three four five all any some more most other such only own same
so too very can will just not no nor up down out off again once here there why how what each both few has have
had having do does did doing being through during between against because until above below further new find
must life lives young when must finds help years year must world story""".split())
TEMPLATES = (
    "a {kind} about {word}", "something about {word}", "{genre} {kind} about {word}", "a {genre} {kind}",
    "{word} {kind}", "I want a {genre} {kind} with {word}", "any good {genre} about {word}?",
    "something set in {word}", "show me {genre}", "{country} {genre} {kind}",
)
KINDS = ("movie", "film", "series", "show", "documentary")
COUNTRIES = ("korean", "indian", "japanese", "british", "spanish", "french", "mexican", "german", "american")
MOODS = tuple(MOOD_TEXT)


def queries(titles: list[str], descriptions: list[str], n: int = 500, seed: int = SEED) -> list[str]:
    """``n`` distinct viewer-like queries from the catalog's own words (fixed seed: the same set each run).

    Mix: 50 % template phrasings over genre labels and topic words (words of 5+ letters that occur in
    5 to 300 synopses: specific enough to be a topic, common enough to be asked for), 20 % titles
    ("like <title>" or the bare title), 20 % synopsis fragments, 10 % moods over a topic word.
    """
    rng = random.Random(seed)
    counts = Counter(w for d in descriptions for w in set(re.findall(r"[a-z]{5,}", d.lower())))
    topics = sorted(w for w, c in counts.items() if 5 <= c <= 300 and w not in STOPWORDS)
    genres = [g.label.lower() for g in GENRES if g.id not in ("international", "independent")]
    out: dict[str, None] = {}
    plan = [("template", n // 2), ("title", n // 5), ("fragment", n // 5), ("mood", n - n // 2 - 2 * (n // 5))]
    for kind, count in plan:
        target = len(out) + count
        while len(out) < target:
            out[_one(kind, rng, titles, descriptions, topics, genres)] = None
    return list(out)


def _one(kind: str, rng: random.Random, titles: list[str], descriptions: list[str], topics: list[str],
         genres: list[str]) -> str:
    if kind == "template":
        return rng.choice(TEMPLATES).format(kind=rng.choice(KINDS), word=rng.choice(topics),
                                            genre=rng.choice(genres), country=rng.choice(COUNTRIES))
    if kind == "title":
        title = rng.choice(titles)
        return rng.choice((f"something like {title}", title, f"more like {title} please"))
    if kind == "fragment":
        words = rng.choice([d for d in descriptions if len(d.split()) > 8]).rstrip(".").split()
        size = rng.randint(3, 7)
        start = rng.randrange(0, len(words) - size)
        return " ".join(words[start:start + size]).lower()
    mood = rng.choice(MOODS)
    return f"something {mood} about {rng.choice(topics)}"


# --- child process: one encoder, measured on its own ------------------------------------------------

def child(kind: str, model: str, cache_dir: str, queries_file: str, out_file: str) -> int:
    """Encode every query one at a time with ``kind``; save vectors, print latencies and peak RSS."""
    from recommender import encoder
    from recommender.embeddings import Embedder

    texts = json.loads(Path(queries_file).read_text())
    started = time.perf_counter()
    onnx = encoder.load(model, Path(cache_dir), kind)
    if kind != "torch" and onnx is None:
        print(json.dumps({"error": f"no ONNX file for {kind}; run `mediabot setup`"}))
        return 3
    embedder = Embedder(model, onnx=onnx)
    load_s = time.perf_counter() - started
    for text in texts[:WARMUP]:
        embedder.encode_query(text + " warm")
    vectors, latencies, cpu = [], [], []
    for text in texts:
        t0, c0 = time.perf_counter(), time.process_time()
        vectors.append(embedder.encode_query(text))
        latencies.append(1000 * (time.perf_counter() - t0))
        cpu.append(1000 * (time.process_time() - c0))
    np.save(out_file, np.stack(vectors))
    print(json.dumps({"latencies": latencies, "cpu": cpu, "load_s": round(load_s, 2),
                      "peak_rss_mb": peak_rss_mb(),
                      "torch_imported": "torch" in sys.modules}))
    return 0


def peak_rss_mb() -> int:
    """This process's own peak RSS (VmHWM). Not ``ru_maxrss``: Linux carries that over ``exec`` from the
    forked copy of the parent, so a child would report the parent's size."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024)
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def _run_child(kind: str, settings: Settings, queries_file: Path, work: Path) -> tuple[np.ndarray, dict[str, Any]]:
    out = work / f"{kind}.npy"
    proc = subprocess.run([sys.executable, "-m", "mediabot.bench.encoder", kind, settings.embedding_model,
                           str(settings.cache_dir), str(queries_file), str(out)],
                          capture_output=True, text=True, check=False)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode or not lines:
        raise RuntimeError(f"{kind} encoder child failed ({proc.returncode}): {proc.stdout[-500:]} {proc.stderr[-1500:]}")
    return np.load(out), json.loads(lines[-1])


# --- parent: compare ---------------------------------------------------------------------------------

def top_k(items: np.ndarray, queries_: np.ndarray, k: int = 10) -> np.ndarray:
    scores = queries_ @ items.T
    part = np.argpartition(-scores, k, axis=1)[:, :k]
    return np.take_along_axis(part, np.argsort(-np.take_along_axis(scores, part, axis=1), axis=1), axis=1)


def agreement(reference: np.ndarray, other: np.ndarray) -> float:
    """Mean share of the reference top-k found in the other top-k (order ignored)."""
    k = reference.shape[1]
    return float(np.mean([len(set(a) & set(b)) / k for a, b in zip(reference.tolist(), other.tolist())]))


def summary(info: dict[str, Any]) -> dict[str, float]:
    """Wall-clock percentiles, and the CPU time per query (what a busy shared machine distorts least)."""
    q = np.percentile(info["latencies"], [50, 95, 99])
    return {"p50_ms": round(float(q[0]), 2), "p95_ms": round(float(q[1]), 2), "p99_ms": round(float(q[2]), 2),
            "cpu_p50_ms": round(float(np.percentile(info["cpu"], 50)), 2)}


def run(settings: Settings, n: int = 500) -> int:
    from recommender import encoder
    from recommender.service import Recommender

    print(f"# encoder benchmark: {n} queries from the catalog's words, titles and synopses; "
          "top-10 over the whole catalog against the torch encoder")
    for kind in VARIANTS:
        if encoder.ensure(settings.embedding_model, settings.cache_dir, kind) is None:
            print(f"error: the model cannot be exported to ONNX ({kind})", file=sys.stderr)
            return 3
    rec = Recommender.load(settings.database_url, settings.embedding_model, settings.cache_dir,
                           settings.embedding_batch, query_encoder="onnx")
    if len(rec.snapshot) == 0:
        print("error: the catalog is empty; run `mediabot setup` first", file=sys.stderr)
        return 3
    items = rec.vectors.astype(np.float32)
    texts = queries(rec.snapshot.titles, rec.snapshot.descriptions, n)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        qfile = work / "queries.json"
        qfile.write_text(json.dumps(texts))
        reference, ref_info = _run_child("torch", settings, qfile, work)
        ref_top = top_k(items, reference)
        print(json.dumps({"encoder": "torch", "queries": len(texts), **summary(ref_info),
                          "load_s": ref_info["load_s"], "peak_rss_mb": ref_info["peak_rss_mb"]}))
        for kind in VARIANTS:
            vectors, info = _run_child(kind, settings, qfile, work)
            cosine = np.sum(vectors * reference, axis=1)
            print(json.dumps({"encoder": kind, "queries": len(texts),
                              "top10_agreement": round(agreement(ref_top, top_k(items, vectors)), 4),
                              "min_cosine": round(float(cosine.min()), 4),
                              "mean_cosine": round(float(cosine.mean()), 4), **summary(info),
                              "load_s": info["load_s"], "peak_rss_mb": info["peak_rss_mb"],
                              "torch_imported": info["torch_imported"]}))
    return 0


if __name__ == "__main__":
    sys.exit(child(*sys.argv[1:6]))
