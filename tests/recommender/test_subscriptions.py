"""'Tell me when' subscriptions on a real catalog (SQLite and PostgreSQL): an import's new titles that match a
saved search queue one message; frequency cap, quiet hours and "stop" decide what may go out."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import delete

from recommender import subscriptions as subs
from recommender.catalog.store import upsert
from recommender.constraints import Constraints
from recommender.snapshot import load_snapshot

KOREAN_SERIES = Constraints(countries=["South Korea"], media_type=["series"], query="something fun")
NOON = dt.datetime(2026, 11, 29, 12, 0, tzinfo=dt.UTC)
POLICY = subs.Policy(min_interval=dt.timedelta(hours=24), quiet_from=22, quiet_until=8)


def _import(db: Any, records: list[Any]) -> tuple[Any, Any]:
    """Snapshots before and after importing ``records``."""
    before = load_snapshot(db.factory)
    upsert(db.factory, records)
    return before, load_snapshot(db.factory)


def _new(records: list[Any], country: str, kind: str, name: str) -> Any:
    like = next(r for r in records if country in r.countries and r.type == kind)
    return dataclasses.replace(like, source_id=f"new-{name}", title=name)


@pytest.fixture
def catalog(catalog_db: Any, netflix_small_records: list[Any]) -> Iterator[Any]:
    """The fixture catalog; the subscription tables are emptied afterwards (the PostgreSQL schema is shared)."""
    upsert(catalog_db.factory, netflix_small_records)
    yield catalog_db
    with catalog_db.factory.begin() as session:
        for table in reversed(subs.NotifyBase.metadata.sorted_tables):
            session.execute(delete(table))


def test_only_new_titles_matching_the_saved_search_are_queued(catalog: Any, netflix_small_records: list[Any]) -> None:
    subs.subscribe(catalog.factory, "viewer-1", "telegram", "42", KOREAN_SERIES, catalog_version=1)
    before, after = _import(catalog, [_new(netflix_small_records, "South Korea", "series", "Seoul Nights"),
                                      _new(netflix_small_records, "United States", "series", "Ohio Nights")])
    assert subs.match_new_titles(catalog.factory, before, after, catalog_version=2) == 1
    [delivery] = subs.due(catalog.factory, POLICY, channel="telegram", now=NOON)
    assert delivery.titles == ("Seoul Nights",) and delivery.address == "42"
    assert delivery.constraints.query is None  # only hard constraints are saved


def test_an_import_is_matched_once_however_many_gateways_follow_it(catalog: Any,
                                                                   netflix_small_records: list[Any]) -> None:
    subs.subscribe(catalog.factory, "viewer-1", "web", "sess", KOREAN_SERIES, catalog_version=1)
    before, after = _import(catalog, [_new(netflix_small_records, "South Korea", "series", "Seoul Nights")])
    assert subs.match_new_titles(catalog.factory, before, after, catalog_version=2) == 1
    assert subs.match_new_titles(catalog.factory, before, after, catalog_version=2) == 0
    [delivery] = subs.due(catalog.factory, POLICY, channel="web", address="sess", now=NOON)
    assert subs.take(catalog.factory, delivery, NOON)
    assert not subs.take(catalog.factory, delivery, NOON)  # a second process finds it gone


def test_nothing_goes_out_in_quiet_hours_or_within_the_frequency_cap(catalog: Any,
                                                                    netflix_small_records: list[Any]) -> None:
    subs.subscribe(catalog.factory, "viewer-1", "telegram", "42", KOREAN_SERIES, catalog_version=1)
    before, after = _import(catalog, [_new(netflix_small_records, "South Korea", "series", "Seoul Nights")])
    subs.match_new_titles(catalog.factory, before, after, catalog_version=2)
    assert subs.due(catalog.factory, POLICY, channel="telegram", now=NOON.replace(hour=23)) == []
    [first] = subs.due(catalog.factory, POLICY, channel="telegram", now=NOON)
    assert subs.take(catalog.factory, first, NOON)
    before, after = _import(catalog, [_new(netflix_small_records, "South Korea", "series", "Busan Mornings")])
    subs.match_new_titles(catalog.factory, before, after, catalog_version=3)
    assert subs.due(catalog.factory, POLICY, channel="telegram", now=NOON + dt.timedelta(hours=3)) == []
    [later] = subs.due(catalog.factory, POLICY, channel="telegram", now=NOON + dt.timedelta(hours=24))
    assert later.titles == ("Busan Mornings",)


def test_stop_removes_subscriptions_and_pending_messages_at_once(catalog: Any,
                                                                netflix_small_records: list[Any]) -> None:
    subs.subscribe(catalog.factory, "viewer-1", "telegram", "42", KOREAN_SERIES, catalog_version=1)
    before, after = _import(catalog, [_new(netflix_small_records, "South Korea", "series", "Seoul Nights")])
    subs.match_new_titles(catalog.factory, before, after, catalog_version=2)
    [queued] = subs.due(catalog.factory, POLICY, channel="telegram", now=NOON)
    assert subs.cancel(catalog.factory, "viewer-1") == 1
    assert subs.list_for(catalog.factory, "viewer-1") == []
    assert not subs.take(catalog.factory, queued, NOON)  # a delivery read before "stop" is not sent


def test_saved_searches_are_listed_kept_once_and_cancelled_one_by_one(catalog: Any) -> None:
    first = subs.subscribe(catalog.factory, "viewer-1", "telegram", "42", KOREAN_SERIES, 1)
    assert subs.subscribe(catalog.factory, "viewer-1", "telegram", "42", KOREAN_SERIES, 1).id == first.id
    other = subs.subscribe(catalog.factory, "viewer-1", "telegram", "42", Constraints(genres=["horror"]), 1)
    assert [s.id for s in subs.list_for(catalog.factory, "viewer-1")] == [first.id, other.id]
    assert subs.cancel(catalog.factory, "viewer-1", first.id) == 1
    assert subs.cancel(catalog.factory, "viewer-2", other.id) == 0  # not someone else's
    assert [s.id for s in subs.list_for(catalog.factory, "viewer-1")] == [other.id]
