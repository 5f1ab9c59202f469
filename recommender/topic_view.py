"""A second relevance signal for subject requests: each item's synopsis alone, as a vector.

The index ranks by one view of an item: its kind, its kind tags and its synopsis ("Movie. Horror
Movies. A family moves into a house …"). That view is right for kind words — "a funny family movie"
must find comedies for families, not horror about a family's house — but for a *subject* ("heist",
"dinosaurs", "a shark attack") the kind prefix dilutes what the synopsis is about, and a title whose
synopsis merely mentions the word can outrank one that is about it. So a second view, the synopsis
alone, is encoded at index time (cached by input hash like the first, ``recommender.embeddings``) and
blended into the relevance of a request's candidates in proportion to how much of its query is subject:
its content words (``contract.words``) that are not kind words (genres, their synonyms, moods and tone
words, ``contract.vocabulary``). A query of kind words only keeps the kind view alone.

The view only re-scores the candidates the index retrieved (``POOL_FACTOR`` times the usual pool), so it
needs no second search structure; it is stored as 8-bit codes with one scale per item (a quarter of a
float32 matrix: 384 MB at a million items). Measured by ``mediabot eval recommendations``
(docs/benchmarks.md, "Recommendation quality").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from contract.stems import singular
from contract.vocabulary import GENRES, MEDIA_TYPES, MOODS
from contract.words import TONE_WORDS, is_content_word, is_filler
from recommender import live
from recommender.embeddings import cache_path, item_vectors
from recommender.snapshot import CatalogSnapshot

WEIGHT = 0.5       # share of the synopsis view in the relevance of a query made of subject words only
POOL_FACTOR = 3    # candidates retrieved by the kind view before the blend picks the pool
CHUNK = 100_000    # rows quantized at a time (a million float32 rows are never copied whole)
_WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*")


@dataclass(frozen=True)
class TopicView:
    """Synopsis-only item vectors as int8 codes; row ``i`` ≈ ``codes[i] * scales[i]`` (unit length)."""

    codes: np.ndarray   # int8 (n, dim)
    scales: np.ndarray  # float32 (n,)

    @classmethod
    def quantize(cls, vectors: np.ndarray) -> TopicView:
        codes = np.empty(vectors.shape, np.int8)
        scales = np.empty(len(vectors), np.float32)
        for start in range(0, len(vectors), CHUNK):
            block = np.asarray(vectors[start:start + CHUNK], dtype=np.float32)
            peak = np.maximum(np.abs(block).max(axis=1), 1e-12) if len(block) else np.empty(0, np.float32)
            codes[start:start + CHUNK] = np.rint(block / peak[:, None] * 127)
            scales[start:start + CHUNK] = peak / 127
        return cls(codes, scales)

    def scores(self, rows: np.ndarray, query: np.ndarray) -> np.ndarray:
        """Cosine of ``query`` with the synopsis view of ``rows``."""
        return (self.codes[rows].astype(np.float32) @ query) * self.scales[rows]


def texts(snapshot: CatalogSnapshot) -> list[str]:
    """What the view reads: the synopsis; an item without one keeps its kind text (the same vector)."""
    return [d.strip() or t for d, t in zip(snapshot.descriptions, snapshot.texts)]


def build(embedder: Any, snapshot: CatalogSnapshot, cache_dir: Path | None,
          previous: tuple[CatalogSnapshot, TopicView] | None = None, progress: bool = False) -> TopicView:
    """The view of ``snapshot``, from the embedding cache when model and synopses are unchanged (a cached
    file is read through a memory map, so a large catalog is quantized without a float32 copy). With
    ``previous`` (a live catalog change) unchanged synopses reuse their vectors and only new ones are
    encoded, as the kind view does (``recommender.live``)."""
    inputs = texts(snapshot)
    if cache_dir is not None:
        path = cache_path(embedder.model_name, inputs, cache_dir)
        if path.exists():
            cached = np.load(path, mmap_mode="r")
            if cached.shape == (len(inputs), embedder.dim):
                return TopicView.quantize(cached)
    if previous is not None:
        old_snapshot, old_view = previous
        old = old_view.codes.astype(np.float32) * old_view.scales[:, None]
        return TopicView.quantize(live.reuse_vectors(embedder, inputs, texts(old_snapshot), old, cache_dir))
    if cache_dir is None:
        return TopicView.quantize(embedder.encode(inputs, progress=progress))
    return TopicView.quantize(item_vectors(embedder, inputs, cache_dir, progress=progress))


@lru_cache(maxsize=1)
def kind_phrases() -> frozenset[tuple[str, ...]]:
    """Phrases that name a kind of title rather than a subject, as word tuples: genre ids, labels and
    synonyms ("true crime", "high school"), moods and tone words, media types ("a funny family movie" is
    all kind). A phrase counts whole: "world" alone is not a kind word although "world cinema" is."""
    phrases = [g.id for g in GENRES] + [g.label for g in GENRES] + [s for g in GENRES for s in g.synonyms]
    phrases += [*MOODS, *TONE_WORDS, *MEDIA_TYPES, "movies", "film", "films", "show", "shows", "tv"]
    return frozenset(tuple(_WORD.findall(p.lower())) for p in phrases) - {()}


def subject_share(query: str) -> float:
    """The share of subject words (content words, ``contract.words``, outside any kind phrase) among the
    query's subject and kind words; 0 when it has no subject word."""
    words = _WORD.findall(query.lower())
    plain = [singular(w) for w in words]
    phrases = kind_phrases()
    kind = [(w,) in phrases or (p,) in phrases for w, p in zip(words, plain)]
    for phrase in _longer(phrases):
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if tuple(words[i:i + n]) == phrase or tuple(plain[i:i + n]) == phrase:
                kind[i:i + n] = [True] * n
    subjects = sum(not k and is_content_word(w) for w, k in zip(words, kind))
    kinds = sum(k and not is_filler(w) for w, k in zip(words, kind))
    return subjects / (subjects + kinds) if subjects else 0.0


@lru_cache(maxsize=1)
def _longer(phrases: frozenset[tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    return tuple(p for p in phrases if len(p) > 1)


def blend(kind_scores: np.ndarray, topic_scores: np.ndarray, share: float) -> np.ndarray:
    """Relevance of candidates: the kind view's cosine, moved towards the synopsis view's by the query's
    subject share."""
    w = WEIGHT * share
    return ((1 - w) * kind_scores + w * topic_scores).astype(np.float32)


def rescore(view: TopicView, rows: np.ndarray, kind_scores: np.ndarray, query: np.ndarray, share: float,
            pool: int) -> tuple[np.ndarray, np.ndarray]:
    """The best ``pool`` of the retrieved ``rows`` by the blended relevance, best first."""
    relevance = blend(kind_scores, view.scores(rows, query), share)
    order = np.argsort(-relevance, kind="stable")[:pool]
    return rows[order], relevance[order]
