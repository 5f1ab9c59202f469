"""A real stack on the scale path for integration tests: catalog and transcripts on PostgreSQL,
conversations and their locks in Redis, two Rasa workers.

Used by the persistence and fault tests as a module fixture; skips (saying why) only when Redis or
PostgreSQL does not answer. Redis keys of these stacks expire ten minutes after their last turn.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from servers import FIXTURE_CATALOG, Stack, prepare_catalog

from mediabot.rasa_model import ensure_model
from mediabot.stack import start_stack

REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379
REDIS_URL = os.environ.get("MEDIABOT_TEST_REDIS_URL", f"redis://{REDIS_HOST}:{REDIS_PORT}/0")


def redis_answers(host: str = REDIS_HOST, port: int = REDIS_PORT) -> bool:
    try:
        with socket.create_connection((host, port), timeout=2):
            return True
    except OSError:
        return False


def catalog_on_postgres(postgres_url: str) -> str:
    """Import the fixture catalog into the (empty) PostgreSQL schema of ``postgres_url``; return the URL."""
    from recommender.catalog.db import make_engine, session_factory
    from recommender.catalog.importers import parse_file
    from recommender.catalog.store import upsert

    engine = make_engine(postgres_url)
    try:
        upsert(session_factory(engine), parse_file(FIXTURE_CATALOG, "netflix").records)
    finally:
        engine.dispose()
    return postgres_url


@contextmanager
def scale_stack(tmp: Path, postgres_schemas: Any, env: dict[str, str] | None = None) -> Iterator[Stack]:
    """Gateway + 2 Rasa workers + action server over PostgreSQL and Redis, on free ports."""
    if not redis_answers():
        pytest.skip(f"Redis not reachable at {REDIS_HOST}:{REDIS_PORT}")
    stack_env = prepare_catalog(tmp, FIXTURE_CATALOG)  # the gazetteer, var and cache dirs
    stack_env["DATABASE_URL"] = catalog_on_postgres(postgres_schemas.url(postgres_schemas.create()))
    stack_env |= {"REDIS_URL": REDIS_URL, "MEDIABOT_RASA_WORKERS": "2", "MEDIABOT_CONVERSATION_TTL": "600"}
    with start_stack(ensure_model(), env=stack_env | dict(env or {}), log_dir=tmp / "logs") as stack:
        yield stack
