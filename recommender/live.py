"""The live catalog: data versions in SQL, removals, and the next generation built beside the current one.

An import (``mediabot import``) or a rule change bumps a version row in the same database the gateway
reads. The gateway polls the versions (``Recommender.refresh``, a few milliseconds every few seconds)
and, when one moved, builds the next *generation* (snapshot, item vectors, vector index, similarity
tables, compiled rules) in a worker thread while requests keep being answered from the current one;
then it swaps one reference. A request reads that reference once, so it runs start to finish on one
generation: it never sees new rows with old vectors or a half-built index, and never waits for a build.

Vectors of titles whose embedded text did not change are reused from the current generation, so an
import of a few new titles encodes only those (not the whole catalog); the full matrix is written to
the embedding cache too, so a restart afterwards pays nothing either.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from recommender.catalog.models import Item
from recommender.embeddings import cache_path
from recommender.ops_models import DataVersion, ensure_tables

log = logging.getLogger(__name__)

CATALOG = "catalog"
RULES = "rules"
CHUNK = 500


@dataclass(frozen=True)
class Versions:
    catalog: int = 0
    rules: int = 0


def bump(session: Session, name: str) -> None:
    """Advance ``name``'s version inside the caller's transaction (created at 1 the first time)."""
    updated = session.execute(update(DataVersion).where(DataVersion.name == name)
                              .values(version=DataVersion.version + 1)).rowcount
    if not updated:
        session.add(DataVersion(name=name, version=1))


def bump_catalog(factory: sessionmaker[Session]) -> None:
    """Tell running gateways the catalog changed (``mediabot import`` calls it after its commit)."""
    ensure_tables(factory)
    with factory.begin() as session:
        bump(session, CATALOG)


def versions(factory: sessionmaker[Session]) -> Versions:
    ensure_tables(factory)
    with factory() as session:
        found = {name: version for name, version in session.execute(select(DataVersion.name, DataVersion.version))}
    return Versions(catalog=found.get(CATALOG, 0), rules=found.get(RULES, 0))


def remove_items(factory: sessionmaker[Session], source_ids: Sequence[str]) -> int:
    """Delete titles (and, by cascade, their genres, credits...) from the catalog; returns how many.

    Viewers' feedback rows name titles by source id and stay: a title imported again gets them back.
    """
    removed = 0
    with factory.begin() as session:
        for i in range(0, len(source_ids), CHUNK):
            removed += session.execute(delete(Item).where(Item.source_id.in_(source_ids[i:i + CHUNK]))).rowcount
    return removed


def missing_ids(factory: sessionmaker[Session], present: set[str]) -> list[str]:
    """Source ids in the catalog that are not in ``present`` (``--remove-missing``)."""
    with factory() as session:
        return [sid for sid in session.scalars(select(Item.source_id)) if sid not in present]


def reuse_vectors(embedder, texts: Sequence[str], old_texts: Sequence[str], old_vectors: np.ndarray,
                  cache_dir: Path | None) -> np.ndarray:
    """Vectors for ``texts``: copied from the previous generation where the text is the same, encoded
    otherwise; the result is stored in the embedding cache (when there is one) under the new texts' key."""
    path = cache_path(embedder.model_name, texts, cache_dir) if cache_dir is not None else None
    if path is not None and path.exists():
        cached = np.load(path)
        if cached.shape == (len(texts), embedder.dim):
            return cached
    known = {t: i for i, t in enumerate(old_texts)}
    vectors = np.empty((len(texts), old_vectors.shape[1] if len(old_vectors) else embedder.dim), np.float32)
    fresh = [i for i, t in enumerate(texts) if t not in known]
    reused = [i for i, t in enumerate(texts) if t in known]
    if reused:
        vectors[reused] = old_vectors[[known[texts[i]] for i in reused]].astype(np.float32)
    if fresh:
        vectors[fresh] = embedder.encode([texts[i] for i in fresh])
    log.info("vectors_reused", extra={"reused": len(reused), "encoded": len(fresh)})
    if path is None:
        return vectors
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp.npy")  # per process: two writers never share one
    np.save(tmp, vectors)
    tmp.replace(path)
    return vectors
