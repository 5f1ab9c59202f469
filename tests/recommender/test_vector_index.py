"""VectorIndex: the exact path, the FAISS flat path (IndexFlatIP + IDSelectorBitmap) and the IVF path
return only rows the hard-filter mask allows; the exact and flat paths agree with brute force.

Small ``exact_limit`` / ``ivf_threshold`` values force each path on a few thousand synthetic vectors.
"""

from __future__ import annotations

from collections.abc import Iterator

import faiss
import numpy as np
import pytest

from recommender.index import Hits, VectorIndex

N, DIM = 4000, 32


def unit(rng: np.random.Generator, n: int, dim: int = DIM) -> np.ndarray:
    v = rng.normal(size=(n, dim)).astype(np.float32)
    return np.ascontiguousarray(v / np.linalg.norm(v, axis=1, keepdims=True))


@pytest.fixture(scope="module")
def vectors() -> np.ndarray:
    rng = np.random.default_rng(42)
    centers = unit(rng, 40)  # clustered, like real embeddings, so IVF has structure to learn
    v = centers[rng.integers(0, 40, N)] + 0.35 * rng.normal(size=(N, DIM)).astype(np.float32)
    return np.ascontiguousarray(v / np.linalg.norm(v, axis=1, keepdims=True), dtype=np.float32)


@pytest.fixture(scope="module")
def flat(vectors: np.ndarray) -> VectorIndex:
    return VectorIndex(vectors, exact_limit=0)  # every non-empty mask goes to FAISS


@pytest.fixture(scope="module")
def exact(vectors: np.ndarray) -> VectorIndex:
    return VectorIndex(vectors, exact_limit=N)  # every mask is scored exactly in numpy


@pytest.fixture(scope="module")
def ivf(vectors: np.ndarray) -> VectorIndex:
    return VectorIndex(vectors, exact_limit=0, ivf_threshold=1000)


def brute_force(vectors: np.ndarray, query: np.ndarray, mask: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    rows = np.flatnonzero(mask)
    scores = vectors[rows] @ query
    order = np.argsort(-scores, kind="stable")[:k]
    return rows[order], scores[order]


def masks(seed: int) -> list[np.ndarray]:
    """Masks from 3 rows to nearly everything, random and contiguous."""
    rng = np.random.default_rng(seed)
    out = []
    for fraction in (0.001, 0.01, 0.05, 0.2, 0.5, 0.8, 0.99):
        out.append(rng.random(N) < fraction)
    block = np.zeros(N, bool)
    block[1000:1003] = True
    out.append(block)
    tail = np.zeros(N, bool)
    tail[-700:] = True
    out.append(tail)
    return [m for m in out if m.any()]


def searches(index: VectorIndex, k: int, *, query_seed: int, mask_seed: int,
             queries: int = 3) -> Iterator[tuple[np.ndarray, np.ndarray, Hits]]:
    """``(mask, query, hits)`` for every mask of ``masks(mask_seed)``, each searched with a few random queries."""
    rng = np.random.default_rng(query_seed)
    for mask in masks(mask_seed):
        for query in unit(rng, queries):
            yield mask, query, index.search(query, mask, k)


def test_each_configuration_builds_the_intended_index(flat, exact, ivf) -> None:
    assert flat.kind == exact.kind == "IndexFlatIP"
    assert ivf.kind == "IndexIVFScalarQuantizer"
    assert ivf.index.ntotal == N and ivf.index.is_trained
    assert min(flat.build_seconds, ivf.build_seconds) >= 0


@pytest.mark.parametrize("which", ["exact", "flat", "ivf"])
def test_only_masked_rows_are_returned(request, vectors, which: str) -> None:
    index: VectorIndex = request.getfixturevalue(which)
    for mask, _query, hits in searches(index, 25, query_seed=1, mask_seed=2):
        assert len(hits.rows) > 0
        assert mask[hits.rows].all()
        assert len(set(hits.rows.tolist())) == len(hits.rows)
        assert len(hits.rows) <= min(25, int(mask.sum()))


@pytest.mark.parametrize("which", ["exact", "flat"])
def test_exact_and_flat_paths_agree_with_brute_force(request, vectors, which: str) -> None:
    index: VectorIndex = request.getfixturevalue(which)
    for mask, query, hits in searches(index, 10, query_seed=3, mask_seed=4):
        rows, scores = brute_force(vectors, query, mask, 10)
        np.testing.assert_allclose(hits.scores, scores, rtol=0, atol=1e-5)
        # ids agree except where two scores tie to float precision
        same = hits.rows == rows
        assert same.all() or np.allclose(hits.scores[~same], scores[~same], atol=1e-5)


def test_flat_path_really_goes_through_faiss(flat, vectors, monkeypatch) -> None:
    def no_numpy_path(*_a, **_k):
        raise AssertionError("the exact numpy path must not be used when exact_limit=0")

    monkeypatch.setattr(flat, "_exact", no_numpy_path)
    mask = np.zeros(N, bool)
    mask[::7] = True
    hits = flat.search(vectors[14], mask, 5)
    assert hits.rows[0] == 14 and mask[hits.rows].all()


def test_small_candidate_sets_are_scored_exactly_without_faiss(vectors, monkeypatch) -> None:
    index = VectorIndex(vectors, exact_limit=100)
    monkeypatch.setattr(index, "_faiss", lambda *a, **k: (_ for _ in ()).throw(AssertionError("faiss used")))
    mask = np.zeros(N, bool)
    mask[[5, 50, 500]] = True
    hits = index.search(vectors[50], mask, 10)
    assert hits.rows[0] == 50 and set(hits.rows.tolist()) == {5, 50, 500}


@pytest.mark.parametrize("which", ["exact", "flat", "ivf"])
def test_empty_mask_returns_nothing(request, vectors, which: str) -> None:
    index: VectorIndex = request.getfixturevalue(which)
    hits = index.search(vectors[0], np.zeros(N, bool), 10)
    assert len(hits.rows) == len(hits.scores) == 0


@pytest.mark.parametrize("which", ["exact", "flat"])
def test_asking_for_more_than_allowed_returns_every_allowed_row(request, vectors, which: str) -> None:
    index: VectorIndex = request.getfixturevalue(which)
    mask = np.zeros(N, bool)
    mask[[3, 30, 300, 3000]] = True
    hits = index.search(vectors[300], mask, 50)
    assert sorted(hits.rows.tolist()) == [3, 30, 300, 3000]
    assert hits.rows[0] == 300
    assert np.all(np.diff(hits.scores) <= 1e-6)


def test_ivf_hits_are_rescored_exactly_and_sorted(ivf, vectors) -> None:
    for _mask, query, hits in searches(ivf, 20, query_seed=5, mask_seed=6, queries=1):
        np.testing.assert_allclose(hits.scores, vectors[hits.rows] @ query, atol=1e-6)
        assert np.all(np.diff(hits.scores) <= 1e-6)


def test_ivf_recall_against_brute_force(ivf, vectors) -> None:
    """Approximate, but with nprobe raised for selective filters it finds most true neighbours."""
    rng = np.random.default_rng(8)
    recalls = []
    for mask in masks(9):
        for query in vectors[rng.integers(0, N, 4)]:
            k = min(10, int(mask.sum()))
            hits = ivf.search(query, mask, k)
            truth, _ = brute_force(vectors, query, mask, k)
            recalls.append(len(set(hits.rows.tolist()) & set(truth.tolist())) / k)
    assert np.mean(recalls) >= 0.9, np.mean(recalls)


def test_ivf_finds_an_allowed_exact_duplicate_first(ivf, vectors) -> None:
    mask = np.zeros(N, bool)
    mask[::3] = True
    for row in (0, 999, 3999 - 3999 % 3):
        assert ivf.search(vectors[row], mask, 5).rows[0] == row


def test_real_item_vectors_flat_path_matches_exact_path(fixture_recommender) -> None:
    vectors = fixture_recommender.vectors
    exact_index, faiss_index = VectorIndex(vectors), VectorIndex(vectors, exact_limit=0)
    rng = np.random.default_rng(11)
    for fraction in (0.01, 0.3, 0.9):
        mask = rng.random(len(vectors)) < fraction
        query = fixture_recommender.embedder.encode_query("a detective solves a murder in a small town")
        a, b = exact_index.search(query, mask, 10), faiss_index.search(query, mask, 10)
        np.testing.assert_allclose(a.scores, b.scores, atol=1e-5)
        assert mask[b.rows].all()


def test_faiss_bitmap_selector_uses_little_endian_bit_order() -> None:
    """The index packs the mask with bitorder='little'; FAISS reads bit i of byte i // 8 that way."""
    rng = np.random.default_rng(0)
    base = unit(rng, 16, 8)
    index = faiss.IndexFlatIP(8)
    index.add(base)
    mask = np.zeros(16, bool)
    mask[[1, 9, 14]] = True
    bits = np.packbits(mask, bitorder="little")
    _, ids = index.search(base[:1], 16, params=faiss.SearchParameters(sel=faiss.IDSelectorBitmap(bits)))
    assert sorted(i for i in ids[0].tolist() if i >= 0) == [1, 9, 14]
