"""'Tell me when' subscriptions: a viewer's saved search, matched against the titles each import adds.

A subscription is the hard constraints of the viewer's current search ("new Korean dramas") plus where
to say so: a Telegram chat or a web chat session. When a new catalog generation is swapped in, the
titles it adds are matched against every subscription; a match is kept in an outbox (one pending
message per subscription: later matches join it) and delivered by the gateway when the channel can take
it — at once on Telegram, when the viewer comes back to the web chat — outside quiet hours and at most
once per frequency-cap interval. "Stop" deletes the viewer's subscriptions and pending messages in one
transaction, so nothing is sent after it.

Several gateway processes follow the same catalog: each subscription remembers the catalog version it
was last matched against, and a process only matches a subscription it moved forward itself (one
conditional UPDATE), so every import is announced once.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import DateTime, Engine, ForeignKey, Integer, String, Text, delete, select, update
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from recommender.catalog.db import create_tables
from recommender.constraints import Constraints
from recommender.filters import hard_mask
from recommender.snapshot import CatalogSnapshot

MAX_PER_VIEWER = 10   # saved searches a viewer may keep
MAX_TITLES = 5        # titles named in one message (the rest are counted)
CHANNELS = ("telegram", "web")  # channels that can write first (as bot/channels name themselves)


class NotifyBase(DeclarativeBase):
    pass


class Subscription(NotifyBase):
    __tablename__ = "notify_subscriptions"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    viewer: Mapped[str] = mapped_column(String(128), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(String(128))  # Telegram chat id or web chat session id
    constraints: Mapped[str] = mapped_column(Text)      # Constraints JSON (hard constraints only)
    catalog_version: Mapped[int] = mapped_column(Integer)  # matched up to this catalog version
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    last_sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class Pending(NotifyBase):
    """At most one undelivered message per subscription (``id`` is the subscription's)."""

    __tablename__ = "notify_pending"

    id: Mapped[str] = mapped_column(ForeignKey("notify_subscriptions.id", ondelete="CASCADE"), primary_key=True)
    titles: Mapped[str] = mapped_column(Text)  # JSON list of new titles, oldest match first
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


@dataclass(frozen=True)
class Saved:
    id: str
    channel: str
    constraints: Constraints


@dataclass(frozen=True)
class Delivery:
    subscription_id: str
    channel: str
    address: str
    constraints: Constraints
    titles: tuple[str, ...]


@dataclass(frozen=True)
class Policy:
    """When messages may go out: not within ``min_interval`` of the subscription's last one, and not in
    the quiet hours ``[quiet_from, quiet_until)`` (UTC hours; equal hours: none)."""

    min_interval: dt.timedelta = dt.timedelta(hours=24)
    quiet_from: int = 22
    quiet_until: int = 8

    def quiet(self, now: dt.datetime) -> bool:
        h, start, end = now.astimezone(dt.UTC).hour, self.quiet_from, self.quiet_until
        return start <= h < end if start <= end else (h >= start or h < end)


class TooMany(Exception):
    """The viewer already keeps ``MAX_PER_VIEWER`` subscriptions."""


_ensured: weakref.WeakSet[Engine] = weakref.WeakSet()


def ensure_tables(factory: sessionmaker[Session]) -> None:
    engine: Engine = factory.kw["bind"]
    if engine not in _ensured:
        create_tables(engine, NotifyBase.metadata)
        _ensured.add(engine)


def subscribe(factory: sessionmaker[Session], viewer: str, channel: str, address: str,
              constraints: Constraints, catalog_version: int) -> Saved:
    """Save ``constraints`` (hard ones only: a query or mood cannot say whether a title is "one of those")
    for titles added after ``catalog_version``. The same search saved twice is kept once."""
    if channel not in CHANNELS:
        raise ValueError(f"channel {channel!r} cannot notify")
    hard = Constraints(**{name: getattr(constraints, name) for name in constraints.hard_fields()})
    stored = hard.model_dump_json(exclude_defaults=True)
    ensure_tables(factory)
    with factory.begin() as session:
        mine = session.scalars(select(Subscription).where(Subscription.viewer == viewer)).all()
        for sub in mine:
            if sub.constraints == stored and sub.channel == channel:
                sub.address = address
                return _saved(sub)
        if len(mine) >= MAX_PER_VIEWER:
            raise TooMany
        sub = Subscription(id=uuid.uuid4().hex, viewer=viewer, channel=channel, address=address,
                           constraints=stored, catalog_version=catalog_version, created_at=_now())
        session.add(sub)
        return _saved(sub)


def list_for(factory: sessionmaker[Session], viewer: str) -> list[Saved]:
    ensure_tables(factory)
    with factory() as session:
        subs = session.scalars(select(Subscription).where(Subscription.viewer == viewer)
                               .order_by(Subscription.created_at, Subscription.id)).all()
        return [_saved(s) for s in subs]


def cancel(factory: sessionmaker[Session], viewer: str, subscription_id: str | None = None) -> int:
    """Delete one of the viewer's subscriptions (or all: "stop") with its pending message; how many went."""
    ensure_tables(factory)
    with factory.begin() as session:
        ids = select(Subscription.id).where(Subscription.viewer == viewer)
        if subscription_id is not None:
            ids = ids.where(Subscription.id == subscription_id)
        doomed = list(session.scalars(ids))
        if doomed:
            session.execute(delete(Pending).where(Pending.id.in_(doomed)))
            session.execute(delete(Subscription).where(Subscription.id.in_(doomed)))
        return len(doomed)


def match_new_titles(factory: sessionmaker[Session], before: CatalogSnapshot, after: CatalogSnapshot,
                     catalog_version: int) -> int:
    """Queue a message for each subscription that the titles in ``after`` but not in ``before`` match;
    returns how many subscriptions got new titles. Safe to call from every gateway process."""
    ensure_tables(factory)
    known = set(before.source_ids)
    added = np.array([sid not in known for sid in after.source_ids], bool)
    with factory() as session:
        candidates = session.execute(select(Subscription.id, Subscription.constraints)
                                     .where(Subscription.catalog_version < catalog_version)).all()
    matched = 0
    for sub_id, stored in candidates:
        with factory.begin() as session:
            claimed = _rowcount(session.execute(update(Subscription).where(
                Subscription.id == sub_id, Subscription.catalog_version < catalog_version)
                .values(catalog_version=catalog_version)))
            if not claimed or not added.any():
                continue
            rows = np.flatnonzero(added & hard_mask(after, Constraints.model_validate_json(stored)))
            if len(rows):
                _queue(session, sub_id, [after.titles[r] for r in rows])
                matched += 1
    return matched


def due(factory: sessionmaker[Session], policy: Policy, *, channel: str, address: str | None = None,
        now: dt.datetime | None = None) -> list[Delivery]:
    """Pending messages on ``channel`` (for one ``address``, or all) that may go out now."""
    now = now or _now()
    if policy.quiet(now):
        return []
    ensure_tables(factory)
    with factory() as session:
        query = (select(Subscription, Pending.titles).join(Pending, Pending.id == Subscription.id)
                 .where(Subscription.channel == channel).order_by(Pending.created_at))
        if address is not None:
            query = query.where(Subscription.address == address)
        rows = session.execute(query).all()
    return [Delivery(sub.id, sub.channel, sub.address, Constraints.model_validate_json(sub.constraints),
                     tuple(json.loads(titles)))
            for sub, titles in rows
            if sub.last_sent_at is None or _aware(sub.last_sent_at) + policy.min_interval <= now]


def take(factory: sessionmaker[Session], delivery: Delivery, now: dt.datetime | None = None) -> bool:
    """Claim ``delivery`` for sending (at most once, across processes): False when another process took
    it or the viewer said stop meanwhile. The caller sends only after True."""
    with factory.begin() as session:
        gone = _rowcount(session.execute(delete(Pending).where(Pending.id == delivery.subscription_id)))
        if gone:
            session.execute(update(Subscription).where(Subscription.id == delivery.subscription_id)
                            .values(last_sent_at=now or _now()))
        return bool(gone)


def _queue(session: Session, sub_id: str, titles: Sequence[str]) -> None:
    pending = session.get(Pending, sub_id)
    if pending is None:
        session.add(Pending(id=sub_id, titles=json.dumps(list(titles)), created_at=_now()))
    else:
        pending.titles = json.dumps(list(dict.fromkeys([*json.loads(pending.titles), *titles])))


def _rowcount(result: Any) -> int:
    """Rows an UPDATE or DELETE matched (a ``CursorResult``; typed as a plain ``Result``)."""
    return int(result.rowcount)


def _saved(sub: Subscription) -> Saved:
    return Saved(sub.id, sub.channel, Constraints.model_validate_json(sub.constraints))


def _aware(t: dt.datetime) -> dt.datetime:
    return t if t.tzinfo is not None else t.replace(tzinfo=dt.UTC)  # SQLite returns naive UTC


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
