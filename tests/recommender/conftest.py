"""Fixtures of the recommender tests that check hard constraints against the parsed fixture records."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="module")
def snapshot(fixture_catalog_url: str) -> Any:
    """The recommender's in-memory snapshot of the fixture catalog, as the service loads it."""
    from recommender.catalog.db import make_engine, session_factory
    from recommender.snapshot import load_snapshot

    return load_snapshot(session_factory(make_engine(fixture_catalog_url)))
