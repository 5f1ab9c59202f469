"""Editorial rules and switches in SQL: add, list, remove, and the version gateways poll.

Every change bumps the ``rules`` data version in the same transaction, so a gateway polling
``recommender.live.versions`` recompiles its rules once per change, never half-way through one.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from recommender import live
from recommender.catalog.models import Item
from recommender.editorial import Rule, RuleSpec
from recommender.ops_models import EditorialRuleRow, Switch, ensure_tables

PERSONALIZATION = "personalization"


class UnknownTitle(ValueError):
    """A title rule names nothing in the catalog (neither a source id nor a title)."""


def add_rule(factory: sessionmaker[Session], spec: RuleSpec) -> Rule:
    """Store ``spec`` (a title resolved to its source id) and return the stored rule."""
    ensure_tables(factory)
    with factory.begin() as session:
        target = _source_id(session, spec.target) if spec.target_kind == "title" else spec.target
        row = EditorialRuleRow(kind=spec.kind, target_kind=spec.target_kind, target=target,
                               for_genre=spec.for_genre, weight=spec.weight if spec.kind in ("boost", "bury") else 0.0,
                               starts_at=spec.starts_at, ends_at=spec.ends_at,
                               territories=",".join(spec.territories), note=spec.note)
        session.add(row)
        session.flush()
        live.bump(session, live.RULES)
        return _rule(row)


def remove_rule(factory: sessionmaker[Session], rule_id: int) -> bool:
    ensure_tables(factory)
    with factory.begin() as session:
        removed = session.execute(delete(EditorialRuleRow).where(EditorialRuleRow.id == rule_id)).rowcount > 0
        if removed:
            live.bump(session, live.RULES)
        return removed


def list_rules(factory: sessionmaker[Session]) -> list[Rule]:
    ensure_tables(factory)
    with factory() as session:
        return [_rule(r) for r in session.scalars(select(EditorialRuleRow).order_by(EditorialRuleRow.id))]


def set_personalization(factory: sessionmaker[Session], enabled: bool) -> None:
    """The global switch: off, rankings ignore what viewers liked (everyone gets the same order)."""
    ensure_tables(factory)
    with factory.begin() as session:
        switch = session.get(Switch, PERSONALIZATION)
        if switch is None:
            session.add(Switch(name=PERSONALIZATION, enabled=int(enabled)))
        else:
            switch.enabled = int(enabled)
        live.bump(session, live.RULES)


def personalization(factory: sessionmaker[Session]) -> bool:
    ensure_tables(factory)
    with factory() as session:
        switch = session.get(Switch, PERSONALIZATION)
        return True if switch is None else bool(switch.enabled)


def _source_id(session: Session, ref: str) -> str:
    """A source id as given, else the one title matching ``ref`` case-insensitively (the most recent
    when several titles share the name)."""
    if session.scalar(select(Item.source_id).where(Item.source_id == ref)) is not None:
        return ref
    found = session.execute(select(Item.source_id, Item.release_year)
                            .where(func.lower(Item.title) == ref.lower())).all()
    if not found:
        raise UnknownTitle(f"no title or id {ref!r} in the catalog")
    return max(found, key=lambda f: (f.release_year or 0, f.source_id)).source_id


def _rule(row: EditorialRuleRow) -> Rule:
    return Rule(id=row.id, kind=row.kind, target_kind=row.target_kind, target=row.target, for_genre=row.for_genre,
                weight=row.weight, starts_at=_aware(row.starts_at), ends_at=_aware(row.ends_at),
                territories=tuple(t for t in row.territories.split(",") if t), note=row.note)


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite hands timezone-aware columns back naive; they were stored in UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=dt.timezone.utc)
