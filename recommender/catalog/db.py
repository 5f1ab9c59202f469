"""The one database engine factory (SQLite by default, PostgreSQL via ``DATABASE_URL``).

The catalog and the gateway's handoff store share ``DATABASE_URL``, so they open it the same way: the
SQLite connection settings below are a property of the file, not of whoever opens it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, MetaData, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from recommender.catalog.models import Base

SQLITE_BUSY_TIMEOUT_S = 30
SQLITE_POOL_SIZE = 16
SCHEMA_LOCK_KEY = 0x6D6564696162  # PostgreSQL advisory lock held while tables are created ("mediab")


def make_engine(url: str, metadata: MetaData = Base.metadata, *, immediate_transactions: bool = False) -> Engine:
    """An engine for ``url`` with ``metadata``'s tables created (the catalog's unless told otherwise).

    SQLite: WAL (readers never block the writer), ``synchronous=NORMAL`` (commits survive a crash of the
    process without an fsync per write, which a chat turn would otherwise wait for), foreign keys, a
    busy timeout so a second writer waits its turn instead of failing, and connections usable from
    worker threads. ``immediate_transactions``: every transaction starts with ``BEGIN IMMEDIATE``, for
    stores whose transactions read and then write (a deferred one fails at once with "database is
    locked" when another writer got in between); read-mostly users such as the catalog leave it off so
    a long import never holds their readers up.
    PostgreSQL: the default connection pool, with connections checked before use (a restarted server
    costs one retry, not an error).
    """
    if url.startswith("sqlite"):
        engine = _sqlite_engine(url, immediate_transactions)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    create_tables(engine, metadata)
    return engine


def create_tables(engine: Engine, metadata: MetaData) -> None:
    """Create ``metadata``'s missing tables; on PostgreSQL one process (or thread) at a time.

    ``create_all`` checks which tables exist and then creates the others; two gateways (or a gateway's
    poller and an import) starting on a fresh PostgreSQL schema at once both see a table missing and the
    second CREATE fails on the catalog's unique type name. A transaction-scoped advisory lock makes the
    check and the creation one step; PostgreSQL DDL is transactional, so the lock is released with the
    commit that makes the tables visible to the next holder.
    """
    if engine.dialect.name != "postgresql":
        metadata.create_all(engine)
        return
    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK_KEY})
        metadata.create_all(conn)


def _sqlite_engine(url: str, immediate: bool) -> Engine:
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        Path(url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
    # Enough pooled connections for every thread that may hold one (the gateway's default executor, the
    # recommender and hashing pools): beyond SQLAlchemy's default 5 each extra connection was opened (and
    # its pragmas run) and closed again for a single transaction, a few percent of the gateway's CPU.
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S, "check_same_thread": False},
                           pool_size=SQLITE_POOL_SIZE, max_overflow=SQLITE_POOL_SIZE)
    event.listen(engine, "connect", _sqlite_pragmas)
    if immediate:
        event.listen(engine, "connect", _driver_leaves_transactions_to_us)
        event.listen(engine, "begin", _begin_immediate)
    return engine


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _driver_leaves_transactions_to_us(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # pysqlite must not emit its own BEGIN: ``_begin_immediate`` does


def _begin_immediate(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
