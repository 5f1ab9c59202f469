"""The catalog schema (SQLAlchemy 2): items, genres, people with roles, countries, languages, and what
viewers told us (feedback, viewing events, personal settings), keyed by viewer key (bot/identity.py).

It is a schema a media service would recognise: one row per title keyed by the source catalog's own
id, normalised genres next to the source tags they came from, credits linking people to titles with a
role, and inferred languages flagged as inferred. The same models run on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Item(Base):
    """One title of the catalog (movie, series, special, episode, album, podcast, event...)."""

    __tablename__ = "items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[str] = mapped_column(String(128), unique=True, index=True)
    source: Mapped[str] = mapped_column(String(64))
    type: Mapped[str] = mapped_column(String(32), index=True)
    title: Mapped[str] = mapped_column(String(512))
    description: Mapped[str] = mapped_column(Text, default="")
    release_year: Mapped[int | None] = mapped_column(Integer, index=True)
    runtime_minutes: Mapped[int | None] = mapped_column(Integer, index=True)
    seasons: Mapped[int | None] = mapped_column(Integer)
    rating: Mapped[str | None] = mapped_column(String(16), index=True)
    date_added: Mapped[dt.date | None] = mapped_column(Date)
    popularity: Mapped[float | None] = mapped_column(Float)
    content_hash: Mapped[str] = mapped_column(String(64))

    genres: Mapped[list[ItemGenre]] = relationship(cascade="all, delete-orphan", lazy="selectin")
    tags: Mapped[list[ItemTag]] = relationship(cascade="all, delete-orphan", lazy="selectin")
    credits: Mapped[list[Credit]] = relationship(cascade="all, delete-orphan", lazy="selectin",
                                                 order_by="Credit.position")
    countries: Mapped[list[ItemCountry]] = relationship(cascade="all, delete-orphan", lazy="selectin",
                                                        order_by="ItemCountry.position")
    languages: Mapped[list[ItemLanguage]] = relationship(cascade="all, delete-orphan", lazy="selectin")


class ItemGenre(Base):
    """A canonical genre id (vocabulary.GENRES) of an item."""

    __tablename__ = "item_genres"

    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), primary_key=True)
    genre: Mapped[str] = mapped_column(String(32), primary_key=True, index=True)


class ItemTag(Base):
    """A source tag exactly as the catalog wrote it ("TV Comedies"), kept for display and re-mapping."""

    __tablename__ = "item_tags"

    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(128), primary_key=True)


class Person(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(256), unique=True)


class Credit(Base):
    """A person's role on an item: ``cast`` or ``director`` (extensible: ``host``, ``artist``...)."""

    __tablename__ = "credits"
    __table_args__ = (Index("ix_credits_person_role", "person_id", "role"),)

    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String(32), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    person: Mapped[Person] = relationship(lazy="joined")


class ItemCountry(Base):
    __tablename__ = "item_countries"

    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), primary_key=True)
    country: Mapped[str] = mapped_column(String(128), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ItemLanguage(Base):
    """A spoken language (ISO 639-1); ``inferred`` when guessed from country or tags, not stated."""

    __tablename__ = "item_languages"

    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True, index=True)
    inferred: Mapped[bool] = mapped_column(Boolean, default=True)


class Feedback(Base):
    """What a viewer told us about a title; drives personal ranking and hides seen/disliked titles."""

    __tablename__ = "feedback"
    __table_args__ = (UniqueConstraint("user_id", "item_source_id", "kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[str] = mapped_column(String(128), index=True)
    item_source_id: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class ViewingEvent(Base):
    """What a viewer watched, as the host app reports it (``POST /api/events``).

    ``event_id`` is the host app's own id of the event: a batch sent twice (a retry after a timeout)
    stores each event once. ``progress`` is the share watched (0-1) for ``progress``/``completion``.
    Purged after ``MEDIABOT_RETENTION_DAYS`` (recommender/profiles.py ``purge``).
    """

    __tablename__ = "viewing_events"
    __table_args__ = (UniqueConstraint("user_id", "event_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[str] = mapped_column(String(128), index=True)
    event_id: Mapped[str] = mapped_column(String(128))
    item_source_id: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(16))
    progress: Mapped[float | None] = mapped_column(Float, nullable=True)
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)


class ViewerSetting(Base):
    """A viewer's standing choices; today whether their signals personalise their picks at all."""

    __tablename__ = "viewer_settings"

    user_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    personalize: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class ViewerLink(Base):
    """One viewer key joined to another viewer's profile ("link my account" on a second channel).

    Every read and write for ``alias_key`` goes to ``profile_key`` (bot/api ``profile_of``)."""

    __tablename__ = "viewer_links"

    alias_key: Mapped[str] = mapped_column(String(128), primary_key=True)
    profile_key: Mapped[str] = mapped_column(String(128), index=True)
    linked_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class LinkCode(Base):
    """A one-time code that links the channel that redeems it to ``profile_key`` (short, expiring)."""

    __tablename__ = "link_codes"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    profile_key: Mapped[str] = mapped_column(String(128), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class LinkAttempt(Base):
    """A failed code redemption, counted per viewer to stop guessing (``MAX_FAILED_REDEEMS``)."""

    __tablename__ = "link_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[str] = mapped_column(String(128), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class StandingFilter(Base):
    """A viewer's standing choices that every search obeys until cleared: a maturity ceiling ("only kids'
    stuff from now on") and genres never to show ("never show me horror")."""

    __tablename__ = "viewer_standing"

    user_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    audience: Mapped[str | None] = mapped_column(String(16), nullable=True)
    exclude_genres: Mapped[str] = mapped_column(String(512), default="")  # comma-separated genre ids
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
