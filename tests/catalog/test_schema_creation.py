"""Gateways (and a gateway's threads) starting at once on a fresh PostgreSQL schema all get their tables:
schema creation is serialised (``recommender.catalog.db.create_tables``), so no CREATE loses a race."""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import inspect

from bot.api.api_keys import ApiKeyBase
from bot.handoff.models import HandoffBase
from recommender.catalog.db import make_engine, session_factory
from recommender.catalog.models import Base
from recommender.ops_models import OpsBase, ensure_tables

STARTERS = 6


def _start(url: str, barrier: threading.Barrier, errors: list[BaseException]) -> None:
    """What one gateway does at start: open every store that creates tables."""
    try:
        barrier.wait()
        engines = [make_engine(url), make_engine(url, HandoffBase.metadata, immediate_transactions=True),
                   make_engine(url, ApiKeyBase.metadata)]
        ensure_tables(session_factory(engines[0]))
        for engine in engines:
            engine.dispose()
    except BaseException as exc:  # noqa: BLE001 - reported by the test
        errors.append(exc)


def test_concurrent_starts_on_a_fresh_postgres_schema_all_succeed(postgres_schemas: Any) -> None:
    url = postgres_schemas.url(postgres_schemas.create())
    barrier, errors = threading.Barrier(STARTERS), []
    threads = [threading.Thread(target=_start, args=(url, barrier, errors)) for _ in range(STARTERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    engine = make_engine(url)
    expected = {t.name for md in (Base.metadata, HandoffBase.metadata, ApiKeyBase.metadata, OpsBase.metadata)
                for t in md.sorted_tables}
    assert expected <= set(inspect(engine).get_table_names())
    engine.dispose()
