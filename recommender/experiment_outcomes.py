"""What viewers did in each variant of an experiment, counted from the impressions store.

Every answer to a known viewer is an impression row labelled ``"<experiment>:<variant>"`` while an
experiment runs (``recommender.experiments``); an answer with no title is a row with an empty list.
Per variant this counts:

- ``requests``: answers given; ``zero``: those with no title (the zero-result rate's numerator);
- ``impressions``: answers that showed titles; of those, ``liked`` (at least one title liked),
  ``details`` (the viewer asked about at least one title: "tell me more") and ``refined`` (the same
  viewer asked for another list within ``REFINE_WINDOW``: "shorter", "something else", a changed
  constraint; the list alone did not settle it).

Counts, not rates: ``mediabot report experiments`` turns them into rates with intervals.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from recommender.ops_models import Impression, ImpressionEvent, ensure_tables

REFINE_WINDOW = dt.timedelta(minutes=10)
EMPTY = "[]"  # item_ids of an answer with no title (impressions.record writes JSON)
BATCH = 10_000


@dataclass(frozen=True)
class Outcomes:
    variant: str
    requests: int = 0
    zero: int = 0
    impressions: int = 0
    liked: int = 0
    details: int = 0
    refined: int = 0


def experiments_seen(factory: sessionmaker[Session]) -> list[str]:
    """Names of the experiments that have impressions, sorted."""
    ensure_tables(factory)
    with factory() as session:
        labels = session.scalars(select(Impression.variant).where(Impression.variant.is_not(None)).distinct())
        return sorted({label.split(":", 1)[0] for label in labels if label and ":" in label})


def tally(factory: sessionmaker[Session], experiment: str, since: dt.datetime | None = None) -> dict[str, Outcomes]:
    """Outcomes per variant of ``experiment`` (impressions since ``since``, if given), by variant name."""
    ensure_tables(factory)
    prefix = f"{experiment}:"
    labelled = Impression.variant.startswith(prefix, autoescape=True)
    if since is not None:
        labelled = labelled & (Impression.created_at >= since)
    counts: dict[str, Counter[str]] = {}
    with factory() as session:
        rows = session.execute(select(Impression.viewer, Impression.created_at, Impression.variant,
                                      Impression.item_ids == EMPTY)
                               .where(labelled).order_by(Impression.viewer, Impression.created_at)
                               .execution_options(yield_per=BATCH))
        previous: tuple[str, dt.datetime, str, bool] | None = None
        for viewer, at, label, empty in rows:
            variant = str(label)[len(prefix):]
            c = counts.setdefault(variant, Counter())
            c["requests"] += 1
            c["zero" if empty else "impressions"] += 1
            if previous is not None and previous[0] == viewer and not previous[3] and at - previous[1] <= REFINE_WINDOW:
                counts[previous[2]]["refined"] += 1
            previous = (viewer, at, variant, bool(empty))
        events = session.execute(select(Impression.variant, ImpressionEvent.kind, ImpressionEvent.impression_id)
                                 .join(Impression, Impression.id == ImpressionEvent.impression_id)
                                 .where(labelled, ImpressionEvent.kind.in_(("like", "details"))).distinct())
        for label, kind, _ in events:
            counts.setdefault(str(label)[len(prefix):], Counter())["liked" if kind == "like" else "details"] += 1
    return {name: Outcomes(name, **c) for name, c in sorted(counts.items())}
