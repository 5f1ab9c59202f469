"""The generic JSONL importer (docs/catalog-schema.md): valid rows of any media kind, and every kind of
invalid row reported with its line number and a reason."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from recommender.catalog.importers import parse_file
from recommender.catalog.records import ItemRecord

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
VALID = FIXTURES / "catalog_small.jsonl"
BAD = FIXTURES / "catalog_bad_rows.jsonl"


@pytest.fixture(scope="module")
def records() -> dict[str, ItemRecord]:
    result = parse_file(VALID, "jsonl")
    assert result.errors == []
    return {r.source_id: r for r in result.records}


def write_jsonl(tmp_path: Path, *rows: object | str) -> Path:
    path = tmp_path / "catalog.jsonl"
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def test_valid_file_yields_one_record_per_non_blank_line(records: dict[str, ItemRecord]) -> None:
    assert list(records) == ["pod-1", "alb-1", "ev-1", "mov-1", "ser-1", "min-1"]
    assert {r.source for r in records.values()} == {"jsonl"}


def test_every_documented_field_is_carried_over(records: dict[str, ItemRecord]) -> None:
    r = records["mov-1"]
    assert (r.type, r.title, r.description) == ("movie", "Quiet Harbour", "A ferry captain falls for a painter.")
    assert (r.release_year, r.runtime_minutes, r.seasons, r.rating) == (1999, 101, None, "PG")
    assert r.date_added == dt.date(2020, 1, 31)
    assert r.cast == ("Jeanne Roux", "Luc Martel")
    assert r.directors == ("Odile Fabre",)
    assert r.countries == ("France", "Belgium")
    assert records["pod-1"].popularity == 0.7
    assert records["ser-1"].seasons == 3 and records["ser-1"].runtime_minutes is None


def test_only_id_type_and_title_are_required(records: dict[str, ItemRecord]) -> None:
    r = records["min-1"]
    assert (r.type, r.title) == ("special", "Only the Basics")
    assert (r.release_year, r.runtime_minutes, r.rating, r.date_added) == (None, None, None, None)
    assert r.genres == r.tags == r.cast == r.countries == r.languages == ()


@pytest.mark.parametrize(("source_id", "genres", "tags"), [
    ("pod-1", ("comedy",), ("comedy", "Late Night Talk")),       # free tag kept, not a genre
    ("alb-1", ("music",), ("Music", "Jazz")),                     # canonical ids match case-insensitively
    ("mov-1", ("drama", "romance"), ("drama", "romance", "TV Dramas")),  # Netflix tags are not mapped here
])
def test_canonical_genre_ids_become_genres_and_every_value_stays_a_tag(records, source_id, genres, tags) -> None:
    assert records[source_id].genres == genres
    assert records[source_id].tags == tags


@pytest.mark.parametrize(("source_id", "languages", "inferred"), [
    ("alb-1", ("en",), False),   # stated ("EN" normalised to lower case)
    ("mov-1", ("fr",), False),   # stated
    ("ev-1", ("es",), True),     # inferred from the first country, Spain
    ("ser-1", ("ko",), True),    # inferred from South Korea
    ("min-1", (), True),         # nothing to infer from
])
def test_languages_are_stated_or_inferred_from_the_first_country(records, source_id, languages, inferred) -> None:
    assert records[source_id].languages == languages
    assert records[source_id].languages_inferred is inferred


# --- invalid rows ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "source_id", "reason"), [
    (2, None, "invalid JSON"),
    (3, None, "id: Field required"),
    (4, "b-3", "type: Value error, must be one of movie, series, special"),
    (5, "b-4", "year: Input should be a valid integer"),
    (5, "b-4", "genres: Input should be a valid list"),
    (6, "b-5", "colour: Extra inputs are not permitted"),
    (7, "ok-1", "duplicate id (first on line 1)"),
    (8, "b-7", "rating: Value error, unknown rating"),
    (9, None, "Input should be a valid dictionary"),
    (10, "b-9", "languages: Value error, expected ISO 639-1 codes"),
], ids=["bad-json", "missing-id", "unknown-type", "wrong-type-year", "wrong-type-genres", "unknown-field",
        "duplicate-id", "unknown-rating", "not-an-object", "bad-language"])
def test_each_kind_of_invalid_row_is_reported_with_line_and_reason(line: int, source_id: str | None, reason: str) -> None:
    errors = {e.line: e for e in parse_file(BAD, "jsonl").errors}
    assert line in errors, sorted(errors)
    assert errors[line].source_id == source_id
    assert reason in errors[line].reason


def test_bad_file_reports_exactly_the_bad_lines_and_keeps_the_valid_rows() -> None:
    result = parse_file(BAD, "jsonl")
    assert [e.line for e in result.errors] == [2, 3, 4, 5, 6, 7, 8, 9, 10]
    assert [r.source_id for r in result.records] == ["ok-1", "ok-2"]
    assert result.records[0].title == "Fine Film"  # the first occurrence wins, the duplicate is refused


@pytest.mark.parametrize(("row", "reason"), [
    ({"id": "x", "type": "movie", "title": "T", "runtime_minutes": 12.5}, "runtime_minutes"),
    ({"id": "x", "type": "movie", "title": "T", "runtime_minutes": 0}, "runtime_minutes"),
    ({"id": "x", "type": "series", "title": "T", "seasons": 0}, "seasons"),
    ({"id": "x", "type": "movie", "title": "T", "year": 1500}, "year"),
    ({"id": "x", "type": "movie", "title": "T", "popularity": 1.5}, "popularity"),
    ({"id": "x", "type": "movie", "title": "T", "date_added": "25/09/2021"}, "date_added"),
    ({"id": "x", "type": "movie", "title": 42}, "title: Input should be a valid string"),
    ({"id": "x", "type": "movie", "title": "   "}, "title"),
    ({"id": "", "type": "movie", "title": "T"}, "id"),
    ({"id": 7, "type": "movie", "title": "T"}, "id: Input should be a valid string"),
    ({"id": "x", "type": "movie", "title": "T", "cast": "Solo Name"}, "cast: Input should be a valid list"),
    ({"id": "x", "type": "movie", "title": "T", "runtime_minutes": True}, "runtime_minutes"),
    ({"id": "x", "type": "series", "title": "T", "seasons": True}, "seasons"),
    ({"id": "x", "type": "movie", "title": "T", "popularity": True}, "popularity"),
])
def test_wrong_values_and_types_are_refused(tmp_path: Path, row: dict, reason: str) -> None:
    result = parse_file(write_jsonl(tmp_path, row), "jsonl")
    assert result.records == []
    assert [e.line for e in result.errors] == [1]
    assert reason in result.errors[0].reason


@pytest.mark.parametrize(("field", "value"), [
    ("cast", ["x" * 257]),
    ("directors", ["x" * 257]),
    ("genres", ["x" * 129]),
    ("countries", ["x" * 129]),
    ("id", "x" * 129),
    ("title", "x" * 513),
])
def test_values_longer_than_the_catalog_columns_are_bad_rows(tmp_path: Path, field: str, value: object) -> None:
    """PostgreSQL would refuse them mid-import (and SQLite silently keep them): refuse them at parse time."""
    row = {"id": "x", "type": "movie", "title": "T", field: value}
    result = parse_file(write_jsonl(tmp_path, {"id": "ok", "type": "movie", "title": "Fine"}, row), "jsonl")
    assert [r.source_id for r in result.records] == ["ok"]
    assert [e.line for e in result.errors] == [2]
    assert field in result.errors[0].reason


def test_values_at_the_column_limits_are_accepted(tmp_path: Path) -> None:
    row = {"id": "i" * 128, "type": "movie", "title": "t" * 512, "cast": ["c" * 256], "directors": ["d" * 256],
           "genres": ["g" * 128], "countries": ["k" * 128]}
    result = parse_file(write_jsonl(tmp_path, row), "jsonl")
    assert result.errors == [] and len(result.records) == 1


def test_numeric_strings_are_read_as_numbers(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path, {"id": "x", "type": "movie", "title": "T", "year": "2020", "runtime_minutes": "45"})
    (record,) = parse_file(path, "jsonl").records
    assert (record.release_year, record.runtime_minutes) == (2020, 45)


def test_blank_lines_are_skipped_without_shifting_line_numbers(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path, {"id": "a", "type": "movie", "title": "A"}, "", "   ",
                       {"id": "b", "type": "opera", "title": "B"})
    result = parse_file(path, "jsonl")
    assert [r.source_id for r in result.records] == ["a"]
    assert [e.line for e in result.errors] == [4]


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "a", "type": "movie", "title": "A"}).encode() + b"\n")
    result = parse_file(path, "jsonl")
    assert result.errors == []
    assert [r.source_id for r in result.records] == ["a"]


def test_whitespace_around_strings_is_trimmed(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path, {"id": " a ", "type": "movie", "title": "  Padded  ", "genres": [" Comedy "]})
    (record,) = parse_file(path, "jsonl").records
    assert (record.source_id, record.title, record.genres) == ("a", "Padded", ("comedy",))


def test_the_schema_document_examples_import_as_documented(tmp_path: Path, records: dict[str, ItemRecord]) -> None:
    """docs/catalog-schema.md: every JSON example is a valid row, identical to the fixture's."""
    import re

    doc = (Path(__file__).resolve().parents[2] / "docs" / "catalog-schema.md").read_text(encoding="utf-8")
    lines = [line for block in re.findall(r"```json\n(.*?)```", doc, re.S) for line in block.splitlines() if line.strip()]
    result = parse_file(write_jsonl(tmp_path, *lines), "jsonl")
    assert result.errors == [] and len(result.records) == len(lines) >= 4
    assert all(records[r.source_id] == r for r in result.records)
