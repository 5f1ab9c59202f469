"""A viewer's stored profile: feedback, viewing events and settings — read, written, exported, deleted.

Everything is keyed by the viewer key the gateway derives (bot/identity.py), never a channel id, so
this module never sees who anyone is. The taste computed from these signals is recommender/taste.py;
this module only stores them and answers the viewer's privacy requests: a summary ("what do you know
about me?"), a full export, deletion of everything, and the retention purge of old viewing events.

Schema changes are additive (new tables; ``make_engine`` creates what is missing), and ``rekey``
moves feedback stored under the old ``<channel>:<id>`` user ids to their viewer keys once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from recommender import cap_context
from recommender.catalog.models import Feedback, StandingFilter, ViewerSetting, ViewingEvent

FEEDBACK_KINDS = ("like", "dislike", "seen")
EVENT_KINDS = ("play", "progress", "completion")


def utc(moment: dt.datetime) -> dt.datetime:
    """SQLite hands timestamps back without a zone; they were written in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@dataclass(frozen=True)
class FeedbackSignal:
    kind: str
    item_id: str
    at: dt.datetime


@dataclass(frozen=True)
class EventSignal:
    kind: str
    item_id: str
    progress: float | None
    at: dt.datetime


@dataclass(frozen=True)
class NewEvent:
    """One viewing event of a batch, validated by the API."""

    event_id: str
    item_id: str
    kind: str
    progress: float | None
    at: dt.datetime


@dataclass(frozen=True)
class Signals:
    """Everything that shapes one viewer's picks, oldest first."""

    feedback: list[FeedbackSignal] = field(default_factory=list)
    events: list[EventSignal] = field(default_factory=list)
    personalize: bool = True

    def ids(self, kind: str) -> list[str]:
        return [f.item_id for f in self.feedback if f.kind == kind]

    def completed(self) -> list[str]:
        return [e.item_id for e in self.events if e.kind == "completion"]


def signals(factory: sessionmaker[Session], user_id: str) -> Signals:
    with factory() as s:
        fb = s.execute(select(Feedback.kind, Feedback.item_source_id, Feedback.created_at)
                       .where(Feedback.user_id == user_id).order_by(Feedback.id)).all()
        ev = s.execute(select(ViewingEvent.kind, ViewingEvent.item_source_id, ViewingEvent.progress,
                              ViewingEvent.occurred_at)
                       .where(ViewingEvent.user_id == user_id).order_by(ViewingEvent.occurred_at)).all()
        setting = s.get(ViewerSetting, user_id)
    return Signals([FeedbackSignal(k, i, utc(at or now())) for k, i, at in fb],
                   [EventSignal(k, i, p, utc(at)) for k, i, p, at in ev],
                   setting.personalize if setting else True)


def undo_feedback(factory: sessionmaker[Session], user_id: str, item_id: str, kind: str) -> bool:
    """Take one signal back ("I haven't actually seen X", "remove my like of Y"); False if there was none."""
    with factory.begin() as s:
        done = s.execute(delete(Feedback).where(Feedback.user_id == user_id, Feedback.item_source_id == item_id,
                                                Feedback.kind == kind))
        return bool(done.rowcount)


def record_events(factory: sessionmaker[Session], user_id: str, events: Sequence[NewEvent]) -> tuple[int, int]:
    """Store a batch; an event id already stored for this viewer is skipped. Returns (stored, duplicates)."""
    unique = list({e.event_id: e for e in events}.values())
    for _attempt in range(2):  # a concurrent retry of the same batch may insert between our read and write
        try:
            with factory.begin() as s:
                known = set(s.scalars(select(ViewingEvent.event_id).where(
                    ViewingEvent.user_id == user_id, ViewingEvent.event_id.in_([e.event_id for e in unique]))))
                fresh = [e for e in unique if e.event_id not in known]
                s.add_all(ViewingEvent(user_id=user_id, event_id=e.event_id, item_source_id=e.item_id, kind=e.kind,
                                       progress=e.progress, occurred_at=e.at) for e in fresh)
            return len(fresh), len(events) - len(fresh)
        except IntegrityError:
            continue
    raise RuntimeError("could not store the viewing events")


def undo_events(factory: sessionmaker[Session], user_id: str, item_id: str) -> int:
    """Forget what the viewer watched of one title (the undo of a viewing signal)."""
    with factory.begin() as s:
        return s.execute(delete(ViewingEvent).where(ViewingEvent.user_id == user_id,
                                                    ViewingEvent.item_source_id == item_id)).rowcount or 0


def set_personalize(factory: sessionmaker[Session], user_id: str, on: bool) -> None:
    with factory.begin() as s:
        setting = s.get(ViewerSetting, user_id)
        if setting is None:
            s.add(ViewerSetting(user_id=user_id, personalize=on, updated_at=now()))
        else:
            setting.personalize, setting.updated_at = on, now()


def export(factory: sessionmaker[Session], user_id: str) -> dict[str, Any]:
    """Everything stored about the viewer, as JSON-ready data (the "download my data" file)."""
    sig = signals(factory, user_id)
    return {
        "viewer": user_id,
        "feedback": [{"kind": f.kind, "item_id": f.item_id, "at": f.at.isoformat()} for f in sig.feedback],
        "viewing_events": [{"kind": e.kind, "item_id": e.item_id, "progress": e.progress, "at": e.at.isoformat()}
                           for e in sig.events],
        "settings": {"personalize": sig.personalize, **_standing(factory, user_id)},
    }


def _standing(factory: sessionmaker[Session], user_id: str) -> dict[str, Any]:
    with factory() as s:
        row = s.get(StandingFilter, user_id)
        if row is None:
            return {}
        return {"audience": row.audience, "exclude_genres": [g for g in row.exclude_genres.split(",") if g]}


def counts(factory: sessionmaker[Session], user_id: str) -> dict[str, int]:
    """How many of each kind of record the viewer has (what a deletion removes)."""
    sig = signals(factory, user_id)
    out = {kind: len(sig.ids(kind)) for kind in FEEDBACK_KINDS}
    out["viewing_events"] = len(sig.events)
    with factory() as s:
        out["settings"] = int(s.get(ViewerSetting, user_id) is not None) + int(s.get(StandingFilter, user_id) is not None)
    return out


def delete_viewer(factory: sessionmaker[Session], user_id: str) -> dict[str, int]:
    """Delete every record of the viewer; returns how many of each kind were deleted."""
    deleted = counts(factory, user_id)
    with factory.begin() as s:
        for model in (Feedback, ViewingEvent, ViewerSetting, StandingFilter):
            s.execute(delete(model).where(model.user_id == user_id))
    cap_context.delete_viewer(factory, user_id)
    return deleted


def purge_events(factory: sessionmaker[Session], older_than: dt.datetime) -> int:
    """Retention: delete viewing events that happened before ``older_than``; returns how many."""
    with factory.begin() as s:
        return s.execute(delete(ViewingEvent).where(ViewingEvent.occurred_at < older_than)).rowcount or 0


def rekey(factory: sessionmaker[Session], key_of: Callable[[str], str], is_key: Callable[[str], bool]) -> int:
    """Move feedback stored under pre-viewer-key ids (``telegram:123``) to their keys; idempotent.

    A viewer who gave the same feedback under both forms keeps one row (the unique constraint)."""
    moved = 0
    with factory.begin() as s:
        old = sorted({u for u in s.scalars(select(Feedback.user_id).distinct()) if not is_key(u)})
        for user in old:
            key = key_of(user)
            have = set(s.execute(select(Feedback.item_source_id, Feedback.kind).where(Feedback.user_id == key)).all())
            for row in s.scalars(select(Feedback).where(Feedback.user_id == user)).all():
                if (row.item_source_id, row.kind) in have:
                    s.delete(row)
                else:
                    row.user_id = key
                    moved += 1
    return moved


__all__ = ["EVENT_KINDS", "FEEDBACK_KINDS", "EventSignal", "FeedbackSignal", "NewEvent", "Signals", "counts",
           "delete_viewer", "export", "purge_events", "record_events", "rekey", "set_personalize", "signals",
           "undo_events", "undo_feedback"]
