"""Tables the operators' tools add to the catalog database: editorial rules, switches, data versions,
impressions.

Additive on purpose: they live in their own ``MetaData`` (not the catalog's ``Base``), are created the
first time an operator tool or the recommender touches them (``ensure_tables``), and no catalog table
changes shape, so an existing database needs no migration.
"""

from __future__ import annotations

import datetime as dt
import weakref

from sqlalchemy import DateTime, Engine, Float, ForeignKey, Integer, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from recommender.catalog.db import create_tables


class OpsBase(DeclarativeBase):
    pass


class EditorialRuleRow(OpsBase):
    """One editorial rule (``recommender.editorial.Rule`` is its in-memory form)."""

    __tablename__ = "editorial_rules"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    target_kind: Mapped[str] = mapped_column(String(16))
    target: Mapped[str] = mapped_column(String(512))
    for_genre: Mapped[str | None] = mapped_column(String(32))
    weight: Mapped[float] = mapped_column(Float, default=0.0)
    starts_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    ends_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    territories: Mapped[str] = mapped_column(String(1024), default="")  # comma-separated ISO codes
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class Switch(OpsBase):
    """A named on/off setting operators change at run time (``personalization``)."""

    __tablename__ = "editorial_switches"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    enabled: Mapped[int] = mapped_column(Integer)


class DataVersion(OpsBase):
    """A counter per kind of data (``catalog``, ``rules``): bumped by every change, polled by gateways."""

    __tablename__ = "data_versions"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)


class Impression(OpsBase):
    """One list shown to a known viewer (pseudonymous viewer key): its titles in order, and the variant."""

    __tablename__ = "impressions"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # the request id returned to the caller
    viewer: Mapped[str] = mapped_column(String(128), index=True)
    item_ids: Mapped[str] = mapped_column(Text)  # JSON list, position = index + 1
    variant: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)


class ImpressionEvent(OpsBase):
    """What the viewer did with a title of an impression: like, dislike, seen."""

    __tablename__ = "impression_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    impression_id: Mapped[str] = mapped_column(ForeignKey("impressions.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(String(128))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


_ensured: weakref.WeakSet[Engine] = weakref.WeakSet()


def ensure_tables(factory: sessionmaker[Session]) -> None:
    """Create the operators' tables on the factory's database if they are missing (once per engine)."""
    engine: Engine = factory.kw["bind"]
    if engine not in _ensured:
        create_tables(engine, OpsBase.metadata)
        _ensured.add(engine)
