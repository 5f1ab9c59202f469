"""Impressions: every list shown to a known viewer, and what the viewer then did with its titles.

A recommendation for a viewer (``user_id``, the gateway's pseudonymous viewer key) is recorded with an
id that the answer carries (``impression_id``), its titles in order and, once experiments exist, the
variant. Feedback on a title is tied back to the newest impression of that viewer that showed it
(within ``ATTRIBUTION_WINDOW``), with the title's position, so "likes per impression" and "likes at
position 1 vs 5" can be counted. Kinds: ``like``, ``dislike`` (also "not the third"), ``seen``,
``details`` ("tell me more", "the second one" alone) and ``more_like`` ("more like the second one": the
recommender ties the anchor of a "more like" search back). Each kind is recorded once per title and list
(a refinement of a "more like" search names the same anchor again). Anonymous requests record nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from recommender.ops_models import Impression, ImpressionEvent, ensure_tables

log = logging.getLogger(__name__)

ATTRIBUTION_WINDOW = dt.timedelta(days=1)
RECENT = 50  # impressions of a viewer searched for the title given feedback


@dataclass(frozen=True)
class Attribution:
    impression_id: str
    position: int  # 1-based


def record(factory: sessionmaker[Session], viewer: str, item_ids: Sequence[str], variant: str | None = None) -> str:
    """Store one list shown to ``viewer``; returns its id."""
    ensure_tables(factory)
    impression_id = uuid.uuid4().hex
    with factory.begin() as session:
        session.add(Impression(id=impression_id, viewer=viewer, item_ids=json.dumps(list(item_ids)),
                               variant=variant, created_at=_now()))
    return impression_id


def attribute(factory: sessionmaker[Session], viewer: str, item_id: str, kind: str) -> Attribution | None:
    """Tie ``kind`` feedback on ``item_id`` to the newest recent impression that showed it, if any."""
    ensure_tables(factory)
    now = _now()
    with factory.begin() as session:
        rows = session.execute(select(Impression.id, Impression.item_ids).where(
            Impression.viewer == viewer, Impression.created_at >= now - ATTRIBUTION_WINDOW)
            .order_by(Impression.created_at.desc()).limit(RECENT)).all()
        for impression_id, ids in rows:
            shown = json.loads(ids)
            if item_id in shown:
                position = shown.index(item_id) + 1
                if _recorded(session, impression_id, item_id, kind):  # "more like it" again, a refinement
                    return Attribution(impression_id, position)
                session.add(ImpressionEvent(impression_id=impression_id, item_id=item_id, position=position,
                                            kind=kind, created_at=now))
                log.info("impression_feedback", extra={"kind": kind, "position": position})
                return Attribution(impression_id, position)
    return None


def _recorded(session: Session, impression_id: str, item_id: str, kind: str) -> bool:
    """Whether this impression already has ``kind`` on ``item_id`` (each is counted once per list)."""
    return session.scalar(select(ImpressionEvent.id).where(
        ImpressionEvent.impression_id == impression_id, ImpressionEvent.item_id == item_id,
        ImpressionEvent.kind == kind).limit(1)) is not None


def events_of(factory: sessionmaker[Session], impression_id: str) -> list[tuple[str, int, str]]:
    """(item id, position, kind) of one impression, oldest first."""
    ensure_tables(factory)
    with factory() as session:
        return [tuple(r) for r in session.execute(
            select(ImpressionEvent.item_id, ImpressionEvent.position, ImpressionEvent.kind)
            .where(ImpressionEvent.impression_id == impression_id).order_by(ImpressionEvent.id))]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)
