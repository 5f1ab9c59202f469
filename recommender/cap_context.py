"""Likes and dislikes given under a children's cap do not shape an adult's taste.

A parent who searches "cartoons for my 6-year-old" (or has a standing "only kids' stuff") and likes a
title is telling us what suits the child, not what they want on Friday night; disliking a cartoon for
the child does not tell us the parent dislikes animation. An opinion (a like or a dislike) is *capped*
when it is given to a title of a list shown under a kids cap (``Recommender`` marks such lists), or
while the viewer's standing audience is one. Capped opinions still hide their title and still shape
capped searches; an uncapped search leaves them out of the taste (``taste_of(..., ignore=...)``).

A title holds at most one opinion (like and dislike replace each other, recommender/catalog/store.py),
so one row per viewer and title says that its current opinion is capped. The cap context lives in
tables of its own (created on first use, like the operators' tables), so a database made before needs
no migration: an opinion with no row here is an ordinary, uncapped one. (The table keeps the name it
had when only likes were capped, so the rows written then stay valid.)
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


# The feedback kinds that shape taste and so carry a cap context ("seen" only hides its title).
OPINIONS = ("like", "dislike")


class CappedOpinion(CapBase):
    """A title whose current like or dislike the viewer gave under a kids cap."""

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


def record_opinion(factory: sessionmaker[Session], user_id: str, item_id: str, capped: bool) -> None:
    """Remember the cap of the newest like or dislike of ``item_id``: giving it again uncapped (either
    way) makes it count for all searches."""
    ensure(factory)
    with factory.begin() as s:
        row = s.get(CappedOpinion, (user_id, item_id))
        if capped and row is None:
            s.add(CappedOpinion(user_id=user_id, item_source_id=item_id, created_at=_now()))
        elif not capped and row is not None:
            s.delete(row)


def capped_opinions(factory: sessionmaker[Session], user_id: str) -> frozenset[str]:
    """The titles whose like or dislike an uncapped search leaves out of the taste."""
    ensure(factory)
    with factory() as s:
        return frozenset(s.scalars(select(CappedOpinion.item_source_id).where(CappedOpinion.user_id == user_id)))


def move(s: Session, source: str, target: str, target_opinions: set[str]) -> None:
    """Linking: the source's capped opinions become the target's, except of titles the target had liked
    or disliked before (the target's own opinion, with its own cap context, wins as its feedback does)."""
    for row in s.scalars(select(CappedOpinion).where(CappedOpinion.user_id == source)).all():
        if row.item_source_id in target_opinions:
            s.delete(row)
        else:
            row.user_id = target


def delete_viewer(factory: sessionmaker[Session], user_id: str) -> None:
    ensure(factory)
    with factory.begin() as s:
        s.execute(delete(CappedOpinion).where(CappedOpinion.user_id == user_id))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
