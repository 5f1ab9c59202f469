"""Vector search restricted to the rows that passed the hard filters.

Two regimes, chosen per request by how many rows survive the filter (measured in
docs/benchmarks.md):
- few candidates (≤ ``exact_limit``): score exactly with one matrix-vector product over just those
  rows — the filter keeps 3 items or 10,000, the answer is exact and takes well under a millisecond
  to a few milliseconds;
- many candidates: ask FAISS with an ``IDSelectorBitmap`` so only allowed rows are scored. Up to
  ``ivf_threshold`` items the index is exact (``IndexFlatIP``); above it (a million items) it is an
  ``IndexIVFScalarQuantizer`` (8-bit codes, a quarter of the float matrix's memory) whose
  ``nprobe`` grows when the filter is selective, and whose hits are re-scored exactly.
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass

import faiss
import numpy as np

log = logging.getLogger(__name__)

EXACT_LIMIT = 20_000
IVF_THRESHOLD = 200_000
IVF_BASE_NPROBE = 16
IVF_TRAIN_SAMPLE = 64 * 1024


def storage_dtype(n_items: int) -> type:
    """float16 item vectors above the IVF threshold: half the memory, exact enough to re-rank."""
    return np.float16 if n_items > IVF_THRESHOLD else np.float32


@dataclass(frozen=True)
class Hits:
    rows: np.ndarray    # int64 row ids, best first
    scores: np.ndarray  # float32 cosine similarities


class VectorIndex:
    """Owns the item matrix (L2-normalised; float32, or float16 for large catalogs) and its FAISS index."""

    def __init__(self, vectors: np.ndarray, *, exact_limit: int = EXACT_LIMIT,
                 ivf_threshold: int = IVF_THRESHOLD) -> None:
        self.vectors = vectors
        self.exact_limit = exact_limit
        n, dim = vectors.shape
        started = time.perf_counter()
        if n > ivf_threshold:
            self.index = self._build_ivf(vectors)
        else:
            self.index = faiss.IndexFlatIP(dim)
            self.index.add(np.asarray(vectors, dtype=np.float32))
        self.build_seconds = time.perf_counter() - started
        log.info("index_built", extra={"kind": type(self.index).__name__, "items": n,
                                       "seconds": round(self.build_seconds, 2)})

    @staticmethod
    def _build_ivf(vectors: np.ndarray) -> faiss.Index:
        n, dim = vectors.shape
        nlist = int(4 * math.sqrt(n))
        quantizer = faiss.IndexFlatIP(dim)
        index = faiss.IndexIVFScalarQuantizer(quantizer, dim, nlist, faiss.ScalarQuantizer.QT_8bit,
                                              faiss.METRIC_INNER_PRODUCT)
        rng = np.random.default_rng(0)
        sample = vectors[np.sort(rng.choice(n, size=min(n, max(IVF_TRAIN_SAMPLE, 40 * nlist)), replace=False))]
        index.train(np.asarray(sample, dtype=np.float32))
        for start in range(0, n, 100_000):  # chunks: a float16 matrix is never copied whole to float32
            index.add(np.asarray(vectors[start:start + 100_000], dtype=np.float32))
        return index

    @property
    def kind(self) -> str:
        return type(self.index).__name__

    def search(self, query: np.ndarray, mask: np.ndarray, k: int) -> Hits:
        """Top-``k`` rows by cosine similarity among rows where ``mask`` is true."""
        allowed = int(mask.sum())
        if allowed == 0:
            return Hits(np.empty(0, np.int64), np.empty(0, np.float32))
        if allowed <= self.exact_limit:
            return self._exact(query, np.flatnonzero(mask), k)
        return self._faiss(query, mask, k, allowed)

    def _exact(self, query: np.ndarray, rows: np.ndarray, k: int) -> Hits:
        scores = self.vectors[rows].astype(np.float32, copy=False) @ query
        return _top(rows, scores, k)

    def _faiss(self, query: np.ndarray, mask: np.ndarray, k: int, allowed: int) -> Hits:
        bits = np.packbits(mask, bitorder="little")  # kept alive for the duration of the search
        selector = faiss.IDSelectorBitmap(bits)
        q = query.reshape(1, -1).astype(np.float32)
        if isinstance(self.index, faiss.IndexIVF):
            fraction = allowed / self.index.ntotal
            nprobe = min(self.index.nlist, max(IVF_BASE_NPROBE, math.ceil(IVF_BASE_NPROBE / fraction)))
            params = faiss.SearchParametersIVF(sel=selector, nprobe=nprobe)
            _, ids = self.index.search(q, 2 * k, params=params)
            rows = ids[0][ids[0] >= 0]
            return self._exact(query, rows, k)  # re-score the 8-bit hits with exact float vectors
        scores, ids = self.index.search(q, k, params=faiss.SearchParameters(sel=selector))
        keep = ids[0] >= 0
        return Hits(ids[0][keep].astype(np.int64), scores[0][keep])


def _top(rows: np.ndarray, scores: np.ndarray, k: int) -> Hits:
    if len(rows) > k:
        part = np.argpartition(-scores, k)[:k]
        rows, scores = rows[part], scores[part]
    order = np.argsort(-scores, kind="stable")
    return Hits(rows[order], scores[order].astype(np.float32))
