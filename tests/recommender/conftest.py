"""Fixtures of the recommender tests: the snapshot of the fixture catalog, and a recommender whose rules and
catalog a test may change."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

TEST_CACHE_DIR = Path(os.environ.get("MEDIABOT_TEST_CACHE", Path(__file__).resolve().parents[2] / "var" / "test-cache"))


@pytest.fixture(scope="module")
def snapshot(fixture_catalog_url: str) -> Any:
    """The recommender's in-memory snapshot of the fixture catalog, as the service loads it."""
    from recommender.catalog.db import make_engine, session_factory
    from recommender.snapshot import load_snapshot

    return load_snapshot(session_factory(make_engine(fixture_catalog_url)))


@pytest.fixture
def editable_recommender(catalog_db: Any, netflix_small_records: list[Any], embedder: Any) -> Iterator[Any]:
    """A real Recommender over a private copy of the fixture catalog (SQLite and PostgreSQL), whose
    editorial rules and catalog a test may change; the operators' tables are emptied afterwards."""
    from sqlalchemy import delete

    from recommender.catalog.store import upsert
    from recommender.embeddings import item_vectors
    from recommender.ops_models import OpsBase, ensure_tables
    from recommender.service import Recommender
    from recommender.snapshot import load_snapshot

    upsert(catalog_db.factory, netflix_small_records)
    ensure_tables(catalog_db.factory)
    snapshot = load_snapshot(catalog_db.factory)
    vectors = item_vectors(embedder, snapshot.texts, TEST_CACHE_DIR)
    yield Recommender(snapshot, vectors, embedder, factory=catalog_db.factory, territory="GB")
    with catalog_db.factory.begin() as session:
        for table in OpsBase.metadata.sorted_tables:
            session.execute(delete(table))
