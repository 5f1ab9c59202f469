"""Likes made under a children's cap do not shape an adult's taste.

A parent who searches "cartoons for my 6-year-old" (or has a standing "only kids' stuff") and likes a
title is telling us what suits the child, not what they want on Friday night. A like is *capped* when it
is given to a title of a list shown under a kids cap (``Recommender`` marks such lists), or while the
viewer's standing audience is one. Capped likes still hide their title and still shape capped searches;
an uncapped search leaves them out of the taste (``taste_of(..., ignore=...)``).

The cap context lives in tables of its own (created on first use, like the operators' tables), so a
database made before needs no migration: a like with no row here is an ordinary, uncapped like.
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Sequence

from sqlalchemy import DateTime, Engine, String, delete, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from contract.vocabulary import AUDIENCES, CLEAN_AUDIENCE, ratings_for_audience
from recommender.catalog.db import create_tables

# The children's audiences: everything up to and including "family" (G, PG, TV-Y, TV-G, TV-PG ...).
KIDS_AUDIENCES = AUDIENCES[: AUDIENCES.index(CLEAN_AUDIENCE) + 1]
KIDS_RATINGS = frozenset(ratings_for_audience(CLEAN_AUDIENCE))


class CapBase(DeclarativeBase):
    pass


class CappedList(CapBase):
    """A list shown under a kids cap (its impression id)."""

    __tablename__ = "capped_impressions"

    impression_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)


class CappedLike(CapBase):
    """A like a viewer gave under a kids cap."""

    __tablename__ = "capped_likes"

    user_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    item_source_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


def is_kids_cap(audience: str | None, ratings: Sequence[str] = ()) -> bool:
    """True when a search allows only children's titles: a kids audience, or only G/PG-level ratings."""
    return audience in KIDS_AUDIENCES or (bool(ratings) and set(ratings) <= KIDS_RATINGS)


_ensured: weakref.WeakSet[Engine] = weakref.WeakSet()


def ensure(factory: sessionmaker[Session]) -> None:
    engine: Engine = factory.kw["bind"]
    if engine not in _ensured:
        create_tables(engine, CapBase.metadata)
        _ensured.add(engine)


def mark_list(factory: sessionmaker[Session], impression_id: str) -> None:
    ensure(factory)
    with factory.begin() as s:
        s.add(CappedList(impression_id=impression_id, created_at=_now()))


def is_capped_list(factory: sessionmaker[Session], impression_id: str) -> bool:
    ensure(factory)
    with factory() as s:
        return s.get(CappedList, impression_id) is not None


def record_like(factory: sessionmaker[Session], user_id: str, item_id: str, capped: bool) -> None:
    """Remember the cap of the newest like of ``item_id``: liking it again uncapped makes it count for all."""
    ensure(factory)
    with factory.begin() as s:
        row = s.get(CappedLike, (user_id, item_id))
        if capped and row is None:
            s.add(CappedLike(user_id=user_id, item_source_id=item_id, created_at=_now()))
        elif not capped and row is not None:
            s.delete(row)


def capped_likes(factory: sessionmaker[Session], user_id: str) -> frozenset[str]:
    ensure(factory)
    with factory() as s:
        return frozenset(s.scalars(select(CappedLike.item_source_id).where(CappedLike.user_id == user_id)))


def move(s: Session, source: str, target: str, target_liked: set[str]) -> None:
    """Linking: the source's capped likes become the target's, except of titles the target had liked
    before (the target's own like, with its own cap context, wins as its feedback row does)."""
    for row in s.scalars(select(CappedLike).where(CappedLike.user_id == source)).all():
        if row.item_source_id in target_liked:
            s.delete(row)
        else:
            row.user_id = target


def delete_viewer(factory: sessionmaker[Session], user_id: str) -> None:
    ensure(factory)
    with factory.begin() as s:
        s.execute(delete(CappedLike).where(CappedLike.user_id == user_id))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
