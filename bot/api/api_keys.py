"""API keys of host apps (``mediabot apikey create|list|revoke``), stored hashed in SQL.

A host app (the streaming service's own backend) calls the viewer-scoped API — events, feedback,
profile, export, deletion — with ``Authorization: Bearer <key>``. The key is shown once, at creation;
the database keeps only its SHA-256 (the key is 256 random bits, so a fast hash is enough: nothing to
brute-force) and an 8-character public prefix to find the row and name the key in listings. Revoking
keeps the row (who had access, until when) and refuses the key from then on.

The table has its own metadata (``api_keys``) so it shares ``DATABASE_URL`` with the catalog and the
handoff store without sharing their schemas.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import DateTime, Integer, String, select, update
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from recommender.catalog.db import make_engine, session_factory

KEY_PREFIX = "mbk_"
PREFIX_CHARS = 8
MAX_NAME_CHARS = 64


class ApiKeyBase(DeclarativeBase):
    pass


class ApiKeyRow(ApiKeyBase):
    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(MAX_NAME_CHARS), unique=True)
    prefix: Mapped[str] = mapped_column(String(PREFIX_CHARS), unique=True, index=True)
    key_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


@dataclass(frozen=True)
class ApiKeyInfo:
    """What a listing shows: never the key, only its public prefix."""

    name: str
    prefix: str
    created_at: dt.datetime
    revoked_at: dt.datetime | None


class DuplicateName(ValueError):
    pass


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class ApiKeys:
    """The repository of API keys (thread-safe: every call opens its own session)."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self.factory = factory

    @classmethod
    def open(cls, url: str) -> ApiKeys:
        return cls(session_factory(make_engine(url, ApiKeyBase.metadata)))

    def close(self) -> None:
        self.factory.kw["bind"].dispose()

    def create(self, name: str) -> str:
        """A new key for ``name``; returns the key itself, which is never stored or shown again."""
        name = name.strip()
        if not name or len(name) > MAX_NAME_CHARS:
            raise ValueError(f"an API key name has 1-{MAX_NAME_CHARS} characters")
        with self.factory.begin() as s:
            if s.scalar(select(ApiKeyRow.id).where(ApiKeyRow.name == name)) is not None:
                raise DuplicateName(f"an API key named {name!r} exists already")
            while True:
                prefix = secrets.token_hex(PREFIX_CHARS // 2)
                if s.scalar(select(ApiKeyRow.id).where(ApiKeyRow.prefix == prefix)) is None:
                    break
            key = f"{KEY_PREFIX}{prefix}_{secrets.token_urlsafe(32)}"
            s.add(ApiKeyRow(name=name, prefix=prefix, key_sha256=_digest(key), created_at=_now()))
        return key

    def list(self) -> list[ApiKeyInfo]:
        with self.factory() as s:
            rows = s.scalars(select(ApiKeyRow).order_by(ApiKeyRow.id)).all()
            return [ApiKeyInfo(r.name, r.prefix, r.created_at, r.revoked_at) for r in rows]

    def revoke(self, name: str) -> bool:
        """Refuse the key named ``name`` from now on; False when no active key has that name."""
        with self.factory.begin() as s:
            done = s.execute(update(ApiKeyRow).where(ApiKeyRow.name == name, ApiKeyRow.revoked_at.is_(None))
                             .values(revoked_at=_now()))
            return bool(done.rowcount)

    def verify(self, key: str) -> str | None:
        """The name of the active key ``key``, else None (constant-time comparison of the digests)."""
        if not key.startswith(KEY_PREFIX) or len(key) > 200:
            return None
        prefix = key[len(KEY_PREFIX):len(KEY_PREFIX) + PREFIX_CHARS]
        with self.factory() as s:
            row = s.scalar(select(ApiKeyRow).where(ApiKeyRow.prefix == prefix))
            if row is None or row.revoked_at is not None:
                return None
            return row.name if hmac.compare_digest(row.key_sha256, _digest(key)) else None
