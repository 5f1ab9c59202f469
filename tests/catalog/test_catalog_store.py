"""The catalog store on a real SQLite file and a real PostgreSQL: round trip, upsert, atomicity, feedback.

Every test runs on both backends (``catalog_db`` / ``loaded_catalog`` are parametrized); the
PostgreSQL variant lives in a schema unique to the test session.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import IntegrityError

from contract.gazetteer import TitleEntry, build_from_netflix_csv
from recommender.catalog.db import make_engine, session_factory
from recommender.catalog.importers import parse_file
from recommender.catalog.models import Credit, Feedback, Item, ItemGenre, Person
from recommender.catalog.records import ItemRecord
from recommender.catalog.store import count_items, feedback_for, record_feedback, upsert
from recommender.gazetteer import build_gazetteer, write_gazetteer
from recommender.snapshot import load_snapshot

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


# --- helpers ---------------------------------------------------------------------------------------

def dump(factory: Any) -> dict[str, tuple]:
    """The whole catalog content keyed by source id (database keys left out), for equality checks."""
    out: dict[str, tuple] = {}
    with factory() as session:
        for item in session.scalars(select(Item)):
            out[item.source_id] = (
                item.source, item.type, item.title, item.description, item.release_year,
                item.runtime_minutes, item.seasons, item.rating, item.date_added, item.popularity,
                item.content_hash,
                tuple(sorted(g.genre for g in item.genres)),
                tuple(sorted(t.tag for t in item.tags)),
                tuple(sorted((c.role, c.position, c.person.name) for c in item.credits)),
                tuple((c.position, c.country) for c in item.countries),
                tuple(sorted((lang.language, lang.inferred) for lang in item.languages)),
            )
    return out


def primary_keys(factory: Any) -> dict[str, int]:
    with factory() as session:
        return dict(session.execute(select(Item.source_id, Item.id)).all())


@contextmanager
def writes_to(engine: Any) -> Iterator[list[str]]:
    """Collect the INSERT/UPDATE/DELETE statements the engine sends while the block runs."""
    seen: list[str] = []

    def listen(conn, cursor, statement, params, context, executemany):  # noqa: ANN001, ARG001
        verb = statement.lstrip().split(None, 1)[0].upper()
        if verb in ("INSERT", "UPDATE", "DELETE"):
            seen.append(" ".join(statement.split()[:3]))

    event.listen(engine, "before_cursor_execute", listen)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", listen)


def changed(record: ItemRecord, **fields: Any) -> ItemRecord:
    return dataclasses.replace(record, **fields)


@pytest.fixture
def first_twenty(netflix_small_records: list[ItemRecord]) -> list[ItemRecord]:
    return netflix_small_records[:20]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def loaded_catalog(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
                   netflix_small_records: list[ItemRecord]) -> Iterator[Any]:
    """The whole fixture catalog imported once per backend (read-only tests)."""
    if request.param == "postgresql":
        pg = request.getfixturevalue("postgres_schemas")
        url = pg.url(pg.create())
    else:
        url = f"sqlite:///{tmp_path_factory.mktemp('loaded') / 'catalog.db'}"
    engine = make_engine(url)
    factory = session_factory(engine)
    summary = upsert(factory, netflix_small_records)
    assert (summary.inserted, summary.updated, summary.unchanged) == (596, 0, 0)
    yield factory
    engine.dispose()


# --- round trip of the fixture catalog -------------------------------------------------------------

def test_fixture_catalog_is_stored_completely(loaded_catalog: Any) -> None:
    assert count_items(loaded_catalog) == 596
    with loaded_catalog() as session:
        assert session.scalar(select(func.count(func.distinct(Item.source_id)))) == 596
        assert session.scalar(select(func.count()).select_from(Item).where(Item.type == "series")) == 212


@pytest.mark.parametrize(("source_id", "expected"), [
    ("s5542", {"runtime_minutes": 74, "rating": None, "seasons": None, "type": "movie"}),
    ("s5814", {"runtime_minutes": 66, "rating": None}),
    ("s275", {"runtime_minutes": None, "seasons": 7, "type": "series", "rating": "TV-MA"}),
    ("s6823", {"date_added": dt.date(2016, 9, 7), "release_year": 2016}),
    ("s7848", {"date_added": None, "rating": "NR", "seasons": 13}),
])
def test_quirky_rows_read_back_as_imported(loaded_catalog: Any, source_id: str, expected: dict) -> None:
    with loaded_catalog() as session:
        item = session.scalar(select(Item).where(Item.source_id == source_id))
        assert {k: getattr(item, k) for k in expected} == expected


@pytest.mark.parametrize(("source_id", "genres", "tags", "languages"), [
    ("s5640", ["comedy", "stand-up"], ["Stand-Up Comedy"], ["en"]),
    ("s88", ["international", "kids"], ["Korean TV Shows", "Kids' TV"], ["ko"]),
    ("s1214", ["comedy"], ["TV Comedies"], ["en"]),
])
def test_genres_source_tags_and_inferred_languages_are_stored(loaded_catalog: Any, source_id: str,
                                                              genres: list, tags: list, languages: list) -> None:
    with loaded_catalog() as session:
        item = session.scalar(select(Item).where(Item.source_id == source_id))
        assert sorted(g.genre for g in item.genres) == genres
        assert sorted(t.tag for t in item.tags) == sorted(tags)
        assert [(lang.language, lang.inferred) for lang in item.languages] == [(lang, True) for lang in languages]


def test_credits_and_countries_keep_their_order_and_roles(loaded_catalog: Any) -> None:
    with loaded_catalog() as session:
        item = session.scalar(select(Item).where(Item.source_id == "s14"))
        cast = [c.person.name for c in item.credits if c.role == "cast"]
        directors = [c.person.name for c in item.credits if c.role == "director"]
        assert cast[:3] == ["Klara Castanho", "Lucca Picon", "Júlia Gomes"]
        assert directors == ["Bruno Garotti"]
        multi = session.scalar(select(Item).where(Item.source_id == "s7596"))
        assert [c.country for c in multi.countries] == ["India", "United States"]


def test_a_person_credited_on_several_titles_is_stored_once(loaded_catalog: Any) -> None:
    with loaded_catalog() as session:
        assert session.scalar(select(func.count()).select_from(Person).where(Person.name == "Louis C.K.")) == 1
        person_id = session.scalar(select(Person.id).where(Person.name == "Louis C.K."))
        roles = session.execute(select(Credit.role, func.count()).where(Credit.person_id == person_id)
                                .group_by(Credit.role)).all()
        assert dict(roles) == {"cast": 3, "director": 3}


def test_snapshot_is_identical_on_both_backends(loaded_catalog: Any, fixture_catalog_url: str) -> None:
    """The recommender sees the same catalog whichever database holds it (texts = embedding cache key)."""
    here = load_snapshot(loaded_catalog)
    reference = load_snapshot(session_factory(make_engine(fixture_catalog_url)))
    assert here.source_ids == reference.source_ids
    assert here.texts == reference.texts
    for column in ("types", "years", "runtimes", "seasons", "audience", "genre_bits", "rating_codes"):
        assert np.array_equal(getattr(here, column), getattr(reference, column)), column
    for index in ("countries", "languages", "actors", "directors"):
        a, b = getattr(here, index), getattr(reference, index)
        assert a.keys() == b.keys() and all(np.array_equal(a[k], b[k]) for k in a), index


def test_gazetteer_lists_titles_repeat_cast_all_directors_and_countries(loaded_catalog: Any) -> None:
    gazetteer = build_gazetteer(loaded_catalog)
    assert len(gazetteer.titles) == 596
    assert TitleEntry("s5245", "Star Trek: Enterprise") in gazetteer.titles
    assert "Louis C.K." in gazetteer.actors          # credited on 3 titles
    assert "Klara Castanho" not in gazetteer.actors  # credited once: too likely a false match
    assert "Bruno Garotti" in gazetteer.directors    # every director is kept
    assert list(gazetteer.countries) == sorted(gazetteer.countries) and "South Korea" in gazetteer.countries


def test_gazetteer_from_the_catalog_equals_the_one_from_its_csv(loaded_catalog: Any) -> None:
    """One people rule: the database builder and the stdlib CSV builder give the same file."""
    from_csv = build_from_netflix_csv(FIXTURES / "netflix_small.csv")
    assert build_gazetteer(loaded_catalog).to_json() == from_csv.to_json()


def test_gazetteer_file_has_the_contract_shape(loaded_catalog: Any, tmp_path: Path) -> None:
    out = tmp_path / "sub" / "gazetteer.json"
    counts = write_gazetteer(loaded_catalog, out)
    data = json.loads(out.read_text())
    # "well_known" added by issue 10 (surname resolution; docs/contracts.md §2).
    assert set(data) == {"titles", "actors", "directors", "countries", "well_known", "mainly_directors",
                         "well_known_credits"}
    assert counts == {k: len(v) for k, v in data.items()}
    assert [p.name for p in out.parent.iterdir()] == ["gazetteer.json"]  # no temporary file left


# --- upsert ----------------------------------------------------------------------------------------

def test_first_import_inserts_every_record(catalog_db: Any, first_twenty: list[ItemRecord]) -> None:
    summary = upsert(catalog_db.factory, first_twenty)
    assert (summary.inserted, summary.updated, summary.unchanged) == (20, 0, 0)
    assert count_items(catalog_db.factory) == 20


def test_reimporting_the_same_records_writes_nothing(catalog_db: Any, first_twenty: list[ItemRecord]) -> None:
    upsert(catalog_db.factory, first_twenty)
    before = dump(catalog_db.factory)
    with writes_to(catalog_db.engine) as writes:
        summary = upsert(catalog_db.factory, first_twenty)
    assert (summary.inserted, summary.updated, summary.unchanged) == (0, 0, 20)
    assert writes == []
    assert dump(catalog_db.factory) == before


def test_reimport_updates_the_changed_row_only(catalog_db: Any, first_twenty: list[ItemRecord]) -> None:
    upsert(catalog_db.factory, first_twenty)
    before, pks = dump(catalog_db.factory), primary_keys(catalog_db.factory)
    target = first_twenty[3]
    edited = changed(target, title=target.title + " (Remastered)", runtime_minutes=(target.runtime_minutes or 0) + 7,
                     genres=("horror",), tags=("Horror Movies",), cast=("New Person", *target.cast[:1]))
    with writes_to(catalog_db.engine) as writes:
        summary = upsert(catalog_db.factory, [*first_twenty[:3], edited, *first_twenty[4:]])
    assert (summary.inserted, summary.updated, summary.unchanged) == (0, 1, 19)
    after = dump(catalog_db.factory)
    assert primary_keys(catalog_db.factory) == pks  # updated in place, nothing re-created
    assert {k: v for k, v in after.items() if k != target.source_id} == \
           {k: v for k, v in before.items() if k != target.source_id}
    row = after[target.source_id]
    assert row[2] == target.title + " (Remastered)"
    assert row[11] == ("horror",) and row[12] == ("Horror Movies",)
    assert ("cast", 0, "New Person") in row[13]
    assert sum(w.startswith("UPDATE items") for w in writes) == 1


def test_reimport_never_duplicates_items(catalog_db: Any, first_twenty: list[ItemRecord]) -> None:
    for _ in range(3):
        upsert(catalog_db.factory, first_twenty)
    upsert(catalog_db.factory, [changed(r, description=r.description + "!") for r in first_twenty])
    with catalog_db.factory() as session:
        assert session.scalar(select(func.count()).select_from(Item)) == 20
        assert session.scalar(select(func.count(func.distinct(Item.source_id)))) == 20
        assert session.scalar(select(func.count()).select_from(ItemGenre)) == \
               sum(len(r.genres) for r in first_twenty)


def test_reimport_adds_new_rows_and_keeps_rows_missing_from_the_file(catalog_db: Any,
                                                                    netflix_small_records: list[ItemRecord]) -> None:
    upsert(catalog_db.factory, netflix_small_records[:10])
    summary = upsert(catalog_db.factory, netflix_small_records[5:15])
    assert (summary.inserted, summary.updated, summary.unchanged) == (5, 0, 5)
    assert set(dump(catalog_db.factory)) == {r.source_id for r in netflix_small_records[:15]}


def test_a_failing_upsert_leaves_the_catalog_unchanged(catalog_db: Any, first_twenty: list[ItemRecord]) -> None:
    """One transaction: an error after some rows were written (here a duplicate new id) rolls all back."""
    upsert(catalog_db.factory, first_twenty[:10])
    before = dump(catalog_db.factory)
    edited = changed(first_twenty[0], title="Must Not Land")
    new = first_twenty[10:15]
    with pytest.raises(IntegrityError):
        upsert(catalog_db.factory, [edited, *new, new[0]])
    assert dump(catalog_db.factory) == before
    assert count_items(catalog_db.factory) == 10


def test_jsonl_catalog_round_trips(catalog_db: Any) -> None:
    result = parse_file(FIXTURES / "catalog_small.jsonl", "jsonl")
    upsert(catalog_db.factory, result.records)
    content = dump(catalog_db.factory)
    assert {k: v[1] for k, v in content.items()} == {
        "pod-1": "podcast", "alb-1": "album", "ev-1": "event", "mov-1": "movie", "ser-1": "series", "min-1": "special"}
    assert content["alb-1"][15] == (("en", False),)   # stated language
    assert content["ev-1"][15] == (("es", True),)     # inferred from Spain
    assert content["pod-1"][9] == pytest.approx(0.7)  # popularity
    assert content["mov-1"][13] == (("cast", 0, "Jeanne Roux"), ("cast", 1, "Luc Martel"),
                                    ("director", 0, "Odile Fabre"))


# --- feedback --------------------------------------------------------------------------------------

def test_feedback_is_kept_per_user_and_kind(catalog_db: Any) -> None:
    record_feedback(catalog_db.factory, "u1", "s1", "like")
    record_feedback(catalog_db.factory, "u1", "s2", "seen")
    record_feedback(catalog_db.factory, "u2", "s3", "dislike")
    assert feedback_for(catalog_db.factory, "u1") == {"like": ["s1"], "dislike": [], "seen": ["s2"]}
    assert feedback_for(catalog_db.factory, "u2") == {"like": [], "dislike": ["s3"], "seen": []}
    assert feedback_for(catalog_db.factory, "nobody") == {"like": [], "dislike": [], "seen": []}


def test_like_and_dislike_replace_each_other_and_repeats_are_idempotent(catalog_db: Any) -> None:
    for kind in ("like", "like", "dislike", "seen", "seen"):
        record_feedback(catalog_db.factory, "u1", "s1", kind)
    assert feedback_for(catalog_db.factory, "u1") == {"like": [], "dislike": ["s1"], "seen": ["s1"]}
    record_feedback(catalog_db.factory, "u1", "s1", "like")
    assert feedback_for(catalog_db.factory, "u1")["like"] == ["s1"]
    assert feedback_for(catalog_db.factory, "u1")["dislike"] == []
    with catalog_db.factory() as session:
        assert session.scalar(select(func.count()).select_from(Feedback)) == 2
