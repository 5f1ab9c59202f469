"""Encoding with ONNX Runtime: the same vectors as the sentence-transformers path, in a third of the time.

A free-text request spent about 14 ms encoding its query through torch. For the usual
Transformer → mean Pooling → Normalize stack (all-MiniLM-L6-v2 and its kin) the transformer is exported
once to ONNX, at setup time, into the cache directory under a name keyed by a hash of the model's files
(change the weights or the tokenizer and the file name changes). A query is then the fast ``tokenizers``
tokenizer, one ONNX Runtime call on one thread, and the same mean pooling and L2 normalisation that
sentence-transformers applies — cosine 1.0 with the torch vector for the float32 export. Catalog texts
take the same path in length-sorted batches on every core (about half the CPU time of torch), so a
process with an export never imports torch: the recommender loads in 2–3 s instead of 20–30 s and the
gateway peaks about 320 MB lower (docs/benchmarks.md, "Query encoder").

``onnx-int8`` is a dynamically quantized copy of that export (weights in 8 bits, per channel): about
twice as fast again but not the same vector — ``mediabot bench encoder`` measured 0.88 top-10 agreement
with torch over the bundled catalog, short of the 0.95 bar, so it is an option and not the default.

Nothing here downloads anything: the model directory is the packaged one (or a local path), and when
the ONNX file is missing the caller keeps the torch path (``load`` returns None).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import warnings
from dataclasses import dataclass
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

KINDS = ("onnx", "onnx-int8", "torch")  # values of MEDIABOT_QUERY_ENCODER
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
FINGERPRINT_SKIP = {"README.md", ".gitattributes"}
OPSET = 17


@dataclass(frozen=True)
class Stack:
    """What a model directory says about itself, read from its files without loading torch."""

    model_dir: Path
    max_seq_length: int
    dim: int


def plain_mean_stack(model_dir: Path) -> Stack | None:
    """The model's stack when it is Transformer → mean Pooling (→ Normalize), the only one exported;
    None for anything else (CLS pooling, a Dense layer, a remote name), which keeps the torch path."""
    try:
        modules = json.loads((model_dir / "modules.json").read_text())
        kinds = [m["type"].rsplit(".", 1)[-1] for m in modules]
        pooling = json.loads((model_dir / modules[1]["path"] / "config.json").read_text())
        bert = json.loads((model_dir / "sentence_bert_config.json").read_text())
        has_tokenizer = (model_dir / "tokenizer.json").is_file()
    except (OSError, ValueError, KeyError, IndexError):
        return None
    modes = [k for k, v in pooling.items() if k.startswith("pooling_mode") and v is True]
    if kinds not in (["Transformer", "Pooling"], ["Transformer", "Pooling", "Normalize"]) or not has_tokenizer:
        return None
    if modes != ["pooling_mode_mean_tokens"]:
        return None
    return Stack(model_dir, int(bert.get("max_seq_length", 256)), int(pooling["word_embedding_dimension"]))


def fingerprint(model_dir: Path) -> str:
    """A hash of every file that shapes the vectors (weights, configs, tokenizer), names included."""
    h = hashlib.sha256()
    for path in sorted(p for p in model_dir.rglob("*") if p.is_file() and p.name not in FINGERPRINT_SKIP):
        h.update(str(path.relative_to(model_dir)).encode() + b"\x00")
        with path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
    return h.hexdigest()[:20]


def onnx_path(model_dir: Path, cache_dir: Path, kind: str = "onnx") -> Path:
    suffix = "-int8" if kind == "onnx-int8" else ""
    return cache_dir / f"encoder-{fingerprint(model_dir)}{suffix}.onnx"


def export(model_dir: Path, cache_dir: Path, kind: str = "onnx") -> Path:
    """Write the ONNX file for ``kind`` (float32 export, or its int8 quantization) unless it exists."""
    target = onnx_path(model_dir, cache_dir, kind)
    if target.exists():
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    if kind == "onnx-int8":
        from onnxruntime.quantization import QuantType, quantize_dynamic

        source = export(model_dir, cache_dir, "onnx")
        tmp = target.with_suffix(f".{os.getpid()}.tmp.onnx")  # per process: two writers never share one
        quantize_dynamic(source, tmp, weight_type=QuantType.QInt8, per_channel=True,  # per channel: closer
                         extra_options={"DefaultTensorType": 1})  # 1 = FLOAT: the exported graph's type
    else:
        tmp = _export_float(model_dir, target)
    tmp.replace(target)  # atomic: a crash mid-export never leaves a half-written model behind
    log.info("query_encoder_exported", extra={"file": target.name, "bytes": target.stat().st_size})
    return target


def _export_float(model_dir: Path, target: Path) -> Path:
    """Trace the transformer with the eager attention and a padded two-row batch, so the graph keeps the
    attention mask as an input (an all-ones example would let the tracer fold it away)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from transformers import AutoModel

    base = AutoModel.from_pretrained(str(model_dir), attn_implementation="eager").eval()

    class LastHiddenState(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.base = base

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                    token_type_ids: torch.Tensor) -> torch.Tensor:
            return self.base(input_ids=input_ids, attention_mask=attention_mask,
                             token_type_ids=token_type_ids).last_hidden_state

    ids = torch.tensor([[101, 2023, 2003, 1037, 3231, 102], [101, 2023, 102, 0, 0, 0]])
    example = (ids, (ids > 0).long(), torch.zeros_like(ids))
    axes = {name: {0: "batch", 1: "tokens"} for name in (*INPUTS, "last_hidden_state")}
    tmp = target.with_suffix(f".{os.getpid()}.tmp.onnx")  # per process: two writers never share one
    with torch.inference_mode(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer notes about Python branches the padded example settles
        torch.onnx.export(LastHiddenState(), example, str(tmp), input_names=list(INPUTS),
                          output_names=["last_hidden_state"], dynamic_axes=axes, opset_version=OPSET,
                          dynamo=False)
    return tmp


class OnnxEncoder:
    """Texts → L2-normalised float32 vectors. A query runs on one thread (it gains nothing from two);
    catalog texts run in length-sorted batches on every core (``encode_bulk``)."""

    def __init__(self, onnx_file: Path, stack: Stack) -> None:
        from tokenizers import Tokenizer

        self.session = _session(onnx_file, threads=1)
        self.tokenizer = Tokenizer.from_file(str(stack.model_dir / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(stack.max_seq_length)
        self.dim = stack.dim
        self.file = onnx_file

    def encode(self, text: str) -> np.ndarray:
        return self.encode_many([text])[0]

    def encode_many(self, texts: Sequence[str]) -> np.ndarray:
        return self._run(self.session, texts)

    def encode_bulk(self, texts: Sequence[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
        """Catalog texts: sorted by length so a batch pads little, on a session using every core (made for
        this call and dropped after it). The same vectors as one at a time (padding is masked out)."""
        session = _session(self.file, threads=os.cpu_count() or 1)
        order = np.argsort([len(t) for t in texts], kind="stable")
        out = np.empty((len(texts), self.dim), np.float32)
        starts: Iterable[int] = range(0, len(texts), batch_size)
        if progress:
            from tqdm import tqdm

            starts = tqdm(starts, desc="encoding", unit="batch")
        for start in starts:
            rows = order[start:start + batch_size]
            out[rows] = self._run(session, [texts[i] for i in rows])
        return out

    def _run(self, session: Any, texts: Sequence[str]) -> np.ndarray:
        """Vectors of ``texts``, padded to the longest in the batch; padding is masked out of the mean."""
        if not texts:
            return np.empty((0, self.dim), np.float32)
        encodings = self.tokenizer.encode_batch(list(texts))
        width = max(len(e.ids) for e in encodings)
        feed = {name: np.zeros((len(texts), width), np.int64) for name in INPUTS}
        for i, e in enumerate(encodings):
            n = len(e.ids)
            feed["input_ids"][i, :n] = e.ids
            feed["attention_mask"][i, :n] = e.attention_mask
            feed["token_type_ids"][i, :n] = e.type_ids
        tokens = session.run(None, feed)[0]
        mask = feed["attention_mask"][..., None].astype(np.float32)
        mean = (tokens * mask).sum(axis=1) / np.maximum(mask.sum(axis=1), 1e-9)
        mean /= np.maximum(np.linalg.norm(mean, axis=1, keepdims=True), 1e-12)
        return np.ascontiguousarray(mean, dtype=np.float32)


def _session(onnx_file: Path, threads: int) -> Any:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    return ort.InferenceSession(str(onnx_file), options, providers=["CPUExecutionProvider"])


def _checked(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"MEDIABOT_QUERY_ENCODER must be one of {', '.join(KINDS)}, not {kind!r}")
    return kind


def model_dir_of(model_name: str) -> Path | None:
    from recommender.embeddings import resolve_model_path

    try:
        path = Path(resolve_model_path(model_name))
    except ImportError:
        return None
    return path if path.is_dir() else None


def ensure(model_name: str, cache_dir: Path, kind: str) -> Path | None:
    """Setup-time step: export the ONNX file ``kind`` asks for when the model's stack allows it."""
    if _checked(kind) == "torch":
        return None
    model_dir = model_dir_of(model_name)
    stack = plain_mean_stack(model_dir) if model_dir else None
    if stack is None:
        log.info("query_encoder_not_exportable", extra={"model": model_name})
        return None
    try:
        return export(model_dir, cache_dir, kind)
    except Exception as exc:  # any exporter failure leaves the torch path working; say why
        log.warning("query_encoder_export_failed", extra={"error": f"{type(exc).__name__}: {exc}"[:300]})
        return None


def load(model_name: str, cache_dir: Path, kind: str) -> OnnxEncoder | None:
    """The ONNX query encoder when its file exists; None (the torch path) otherwise — never exports."""
    if _checked(kind) == "torch":
        return None
    model_dir = model_dir_of(model_name)
    stack = plain_mean_stack(model_dir) if model_dir else None
    if stack is None:
        return None
    path = onnx_path(model_dir, cache_dir, kind)
    if not path.exists():
        log.warning("query_encoder_fallback", extra={"reason": "onnx file missing; run `mediabot setup`",
                                                     "file": path.name})
        return None
    try:
        return OnnxEncoder(path, stack)
    except ImportError:
        log.warning("query_encoder_fallback", extra={"reason": "onnxruntime not installed"})
        return None
