"""Writes validated records into the catalog: an upsert by source id, all in one transaction.

The import is atomic by construction: records are validated before this module sees them, and every
write happens inside one transaction, so a failure at any point rolls back to the previous catalog.
Unchanged rows (same content hash) are skipped, which makes a re-import of the same file cheap.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from recommender.catalog.models import (
    Credit,
    Feedback,
    Item,
    ItemCountry,
    ItemGenre,
    ItemLanguage,
    ItemTag,
    Person,
)
from recommender.catalog.records import ItemRecord

CHUNK = 500  # keeps IN (...) lists and executemany batches well under every driver's limits


@dataclass(frozen=True)
class UpsertSummary:
    inserted: int
    updated: int
    unchanged: int


def upsert(factory: sessionmaker[Session], records: Sequence[ItemRecord]) -> UpsertSummary:
    """Insert new items, replace changed ones, keep identical ones; all or nothing."""
    with factory.begin() as session:
        existing = _existing(session, [r.source_id for r in records])
        new = [r for r in records if r.source_id not in existing]
        changed = [r for r in records if r.source_id in existing and existing[r.source_id][1] != r.content_hash()]
        changed_ids = [existing[r.source_id][0] for r in changed]
        _delete_children(session, changed_ids)
        for record, item_id in zip(changed, changed_ids):
            session.execute(update(Item).where(Item.id == item_id).values(**_item_row(record)))
        new_ids = _insert_items(session, new)
        ids = dict(zip((r.source_id for r in new), new_ids))
        ids.update(zip((r.source_id for r in changed), changed_ids))
        _insert_children(session, [*new, *changed], ids)
    return UpsertSummary(len(new), len(changed), len(records) - len(new) - len(changed))


def count_items(factory: sessionmaker[Session]) -> int:
    with factory() as session:
        return session.scalar(select(func.count()).select_from(Item)) or 0


def record_feedback(factory: sessionmaker[Session], user_id: str, item_source_id: str, kind: str) -> None:
    """Store one piece of feedback; like and dislike replace each other, repeats are idempotent."""
    opposite = {"like": "dislike", "dislike": "like"}.get(kind)
    with factory.begin() as session:
        kinds = [kind] + ([opposite] if opposite else [])
        session.execute(delete(Feedback).where(
            Feedback.user_id == user_id, Feedback.item_source_id == item_source_id, Feedback.kind.in_(kinds)))
        session.execute(insert(Feedback).values(user_id=user_id, item_source_id=item_source_id, kind=kind))


def feedback_for(factory: sessionmaker[Session], user_id: str) -> dict[str, list[str]]:
    """{kind: [item source ids]} for one viewer, oldest first."""
    out: dict[str, list[str]] = {"like": [], "dislike": [], "seen": []}
    with factory() as session:
        rows = session.execute(select(Feedback.kind, Feedback.item_source_id)
                               .where(Feedback.user_id == user_id).order_by(Feedback.id))
        for kind, source_id in rows:
            out.setdefault(kind, []).append(source_id)
    return out


def _chunks(seq: Sequence, size: int = CHUNK) -> Iterable[Sequence]:
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


def _existing(session: Session, source_ids: list[str]) -> dict[str, tuple[int, str]]:
    found: dict[str, tuple[int, str]] = {}
    for chunk in _chunks(source_ids):
        rows = session.execute(select(Item.source_id, Item.id, Item.content_hash).where(Item.source_id.in_(chunk)))
        found.update({sid: (iid, h) for sid, iid, h in rows})
    return found


def _delete_children(session: Session, item_ids: list[int]) -> None:
    for chunk in _chunks(item_ids):
        for model in (ItemGenre, ItemTag, Credit, ItemCountry, ItemLanguage):
            session.execute(delete(model).where(model.item_id.in_(chunk)))


def _item_row(r: ItemRecord) -> dict:
    return dict(
        source_id=r.source_id, source=r.source, type=r.type, title=r.title, description=r.description,
        release_year=r.release_year, runtime_minutes=r.runtime_minutes, seasons=r.seasons,
        rating=r.rating, date_added=r.date_added, popularity=r.popularity, content_hash=r.content_hash(),
    )


def _insert_items(session: Session, records: list[ItemRecord]) -> list[int]:
    ids: list[int] = []
    for chunk in _chunks(records):
        rows = session.execute(insert(Item).returning(Item.id, sort_by_parameter_order=True),
                               [_item_row(r) for r in chunk])
        ids.extend(row.id for row in rows)
    return ids


def _person_ids(session: Session, names: set[str]) -> dict[str, int]:
    ids: dict[str, int] = {}
    ordered = sorted(names)
    for chunk in _chunks(ordered):
        ids.update({name: pid for name, pid in session.execute(select(Person.name, Person.id).where(Person.name.in_(chunk)))})
    missing = [n for n in ordered if n not in ids]
    for chunk in _chunks(missing):
        rows = session.execute(insert(Person).returning(Person.id, sort_by_parameter_order=True),
                               [{"name": n} for n in chunk])
        ids.update(zip(chunk, (row.id for row in rows)))
    return ids


def _insert_children(session: Session, records: list[ItemRecord], ids: dict[str, int]) -> None:
    people = _person_ids(session, {n for r in records for n in (*r.cast, *r.directors)})
    genres, tags, credits, countries, languages = [], [], [], [], []
    for r in records:
        iid = ids[r.source_id]
        genres += [{"item_id": iid, "genre": g} for g in r.genres]
        tags += [{"item_id": iid, "tag": t} for t in r.tags]
        credits += [{"item_id": iid, "person_id": people[n], "role": "cast", "position": i}
                    for i, n in enumerate(r.cast)]
        credits += [{"item_id": iid, "person_id": people[n], "role": "director", "position": i}
                    for i, n in enumerate(r.directors)]
        countries += [{"item_id": iid, "country": c, "position": i} for i, c in enumerate(r.countries)]
        languages += [{"item_id": iid, "language": lang, "inferred": r.languages_inferred}
                      for lang in r.languages]
    for model, rows in ((ItemGenre, genres), (ItemTag, tags), (Credit, credits),
                        (ItemCountry, countries), (ItemLanguage, languages)):
        for chunk in _chunks(rows, 5000):
            session.execute(insert(model), list(chunk))
