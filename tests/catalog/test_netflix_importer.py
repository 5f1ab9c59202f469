"""The Netflix CSV importer: its quirks, the genre/language mapping, and how it reports bad rows.

Parsing touches no database; what the parsed records become in SQLite and PostgreSQL is covered by
test_catalog_store.py.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from recommender.catalog.importers import PARSERS, parse_file
from recommender.catalog.records import ItemRecord, UnknownFormat
from contract.vocabulary import GENRE_IDS, NETFLIX_TAG_GENRES

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
NETFLIX_SMALL = FIXTURES / "netflix_small.csv"
BAD_ROWS = FIXTURES / "netflix_bad_rows.csv"
FULL_CATALOG = Path(__file__).resolve().parents[2] / "catalogs" / "netflix-titles" / "netflix_titles.csv"
HEADER = ("show_id,type,title,director,cast,country,date_added,release_year,rating,duration,"
          "listed_in,description")


@pytest.fixture(scope="module")
def by_id(netflix_small_records: list[ItemRecord]) -> dict[str, ItemRecord]:
    return {r.source_id: r for r in netflix_small_records}


def write_csv(tmp_path: Path, *rows: str, name: str = "catalog.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join((HEADER, *rows)) + "\n", encoding="utf-8")
    return path


# --- the fixture catalog ---------------------------------------------------------------------------

def test_fixture_catalog_parses_every_row_without_errors() -> None:
    result = parse_file(NETFLIX_SMALL, "netflix")
    with NETFLIX_SMALL.open(encoding="utf-8-sig", newline="") as fh:
        expected = sum(1 for _ in csv.DictReader(fh))
    assert result.errors == []
    assert len(result.records) == expected == 596
    assert len({r.source_id for r in result.records}) == 596


@pytest.mark.parametrize(("show_id", "minutes"), [("s5542", 74), ("s5795", 84), ("s5814", 66)])
def test_runtime_misplaced_in_rating_column_becomes_the_runtime(by_id, show_id: str, minutes: int) -> None:
    record = by_id[show_id]
    assert record.runtime_minutes == minutes
    assert record.rating is None  # the real rating is unknown, not "74 min"
    assert record.type == "movie"


def test_series_have_seasons_and_no_runtime(netflix_small_records: list[ItemRecord]) -> None:
    series = [r for r in netflix_small_records if r.type == "series"]
    assert len(series) == 212
    assert all(r.runtime_minutes is None and r.seasons and r.seasons >= 1 for r in series)


def test_movies_have_a_runtime_and_no_seasons(netflix_small_records: list[ItemRecord]) -> None:
    movies = [r for r in netflix_small_records if r.type == "movie"]
    assert len(movies) == 384
    assert all(r.runtime_minutes and r.runtime_minutes > 0 and r.seasons is None for r in movies)


@pytest.mark.parametrize(("show_id", "seasons"), [("s275", 7), ("s198", 1), ("s7848", 13)])
def test_season_counts_are_read_from_the_duration_column(by_id, show_id: str, seasons: int) -> None:
    assert by_id[show_id].seasons == seasons


@pytest.mark.parametrize(("show_id", "date"), [
    ("s6823", dt.date(2016, 9, 7)),    # " September 7, 2016" (leading space in the file)
    ("s6869", dt.date(2018, 10, 31)),
    ("s14", dt.date(2021, 9, 22)),     # ordinary date
])
def test_date_added_parses_with_or_without_a_leading_space(by_id, show_id: str, date: dt.date) -> None:
    assert by_id[show_id].date_added == date


def test_missing_date_added_is_none(by_id) -> None:
    assert by_id["s7848"].date_added is None


@pytest.mark.parametrize(("show_id", "languages", "why"), [
    ("s88", ("ko",), "tag 'Korean TV Shows', no country at all"),
    ("s3200", ("ko",), "tag 'Korean TV Shows', no country"),
    ("s2350", ("ko",), "tag 'Korean TV Shows' and South Korea"),
    ("s2496", ("es",), "tag 'Spanish-Language TV Shows', no country"),
    ("s1999", ("en",), "tag 'British TV Shows'"),
    ("s2070", ("fr",), "first country France"),
    ("s1766", ("fr",), "first of 'France, United States'"),
    ("s7596", ("hi",), "first of 'India, United States'"),
    ("s275", ("en",), "United States"),
    ("s194", ("ko",), "country ', South Korea' (leading comma)"),
    ("s655", (), "Romania: no known main language, none guessed"),
    ("s14", (), "no country and no language tag"),
])
def test_languages_are_inferred_from_tags_then_first_country(by_id, show_id: str, languages: tuple, why: str) -> None:
    record = by_id[show_id]
    assert record.languages == languages, why
    assert record.languages_inferred


@pytest.mark.parametrize(("show_id", "tags", "genres"), [
    ("s1214", ("TV Comedies",), {"comedy"}),
    ("s5640", ("Stand-Up Comedy",), {"comedy", "stand-up"}),
    ("s389", ("Stand-Up Comedy & Talk Shows", "TV Comedies"), {"comedy", "stand-up", "talk-show"}),
    ("s275", ("TV Comedies", "TV Dramas"), {"comedy", "drama"}),
    ("s14", ("Children & Family Movies", "Comedies"), {"kids", "family", "comedy"}),
    ("s5245", ("Classic & Cult TV", "TV Action & Adventure", "TV Sci-Fi & Fantasy"),
     {"classic", "cult", "action", "sci-fi", "fantasy"}),
    ("s5542", ("Movies",), set()),  # the generic tag carries no genre
])
def test_netflix_tags_map_to_canonical_genres_and_are_kept(by_id, show_id: str, tags: tuple, genres: set) -> None:
    record = by_id[show_id]
    assert record.tags == tags
    assert set(record.genres) == genres
    assert len(record.genres) == len(set(record.genres))  # no duplicate genre ("comedy" twice)


def test_every_tag_of_the_bundled_catalog_maps_to_a_genre_except_the_generic_ones() -> None:
    with FULL_CATALOG.open(encoding="utf-8-sig", newline="") as fh:
        tags = {t.strip() for row in csv.DictReader(fh) for t in row["listed_in"].split(",") if t.strip()}
    assert tags - set(NETFLIX_TAG_GENRES) == {"Movies", "TV Shows"}
    assert all(set(g) <= GENRE_IDS and g for g in NETFLIX_TAG_GENRES.values())


def test_the_bundled_catalog_imports_every_row() -> None:
    result = parse_file(FULL_CATALOG, "netflix")
    assert result.errors == []
    assert len(result.records) == 8807


def test_people_and_countries_are_split_trimmed_and_ordered(by_id) -> None:
    record = by_id["s275"]
    assert record.cast[:3] == ("Jane Fonda", "Lily Tomlin", "Martin Sheen")
    assert record.directors == ()
    assert by_id["s7596"].countries == ("India", "United States")
    assert by_id["s194"].countries == ("South Korea",)


# --- bad rows --------------------------------------------------------------------------------------

EXPECTED_BAD_LINES = {
    5: "unknown type 'Podcast'",
    6: "invalid release_year '20x1'",
    7: "unreadable duration 'about an hour'",
    8: "unknown rating 'PG-14'",
    9: "invalid date_added '2021-09-25'",
    10: "duplicate show_id (first on line 2)",
    11: "empty title",
    12: "too many fields",
    14: "too few fields",
}


def test_bad_rows_are_reported_with_their_line_and_reason() -> None:
    result = parse_file(BAD_ROWS, "netflix")
    reported = {e.line: e.reason for e in result.errors}
    assert sorted(reported) == sorted(EXPECTED_BAD_LINES)
    for line, reason in EXPECTED_BAD_LINES.items():
        assert reason in reported[line], (line, reported[line])


def test_bad_rows_name_their_show_id() -> None:
    result = parse_file(BAD_ROWS, "netflix")
    assert {e.line: e.source_id for e in result.errors}[5] == "s9003"
    assert str(next(e for e in result.errors if e.line == 10)).startswith("line 10 (s9001): duplicate show_id")


def test_valid_rows_of_a_bad_file_are_still_parsed() -> None:
    """A multi-line description (lines 3-4) does not shift the lines of later rows."""
    result = parse_file(BAD_ROWS, "netflix")
    assert [r.source_id for r in result.records] == ["s9001", "s9002", "s14", "s9011"]
    assert result.lines == {"s9001": 2, "s9002": 3, "s14": 13, "s9011": 15}
    assert "\n" in next(r for r in result.records if r.source_id == "s9002").description


def test_blank_line_does_not_shift_the_reported_line(tmp_path: Path) -> None:
    path = write_csv(tmp_path,
                     "s1,Movie,Fine,,,,,2020,TV-14,90 min,Dramas,ok",
                     "",
                     "s2,Podcast,Wrong,,,,,2020,TV-14,90 min,Dramas,bad type")
    result = parse_file(path, "netflix")
    assert [(e.line, e.source_id) for e in result.errors] == [(4, "s2")]


def test_missing_columns_are_one_error_on_line_1(tmp_path: Path) -> None:
    path = tmp_path / "cols.csv"
    path.write_text("show_id,type,title\ns1,Movie,A\n", encoding="utf-8")
    result = parse_file(path, "netflix")
    assert result.records == []
    assert len(result.errors) == 1
    assert result.errors[0].line == 1
    assert "missing column(s): director, cast, country" in result.errors[0].reason


def test_byte_order_mark_and_crlf_line_endings_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(("\ufeff" + HEADER + "\r\ns1,Movie,A,,,,,2020,TV-14,90 min,Dramas,x\r\n"
                      "s2,Podcast,B,,,,,2020,TV-14,90 min,Dramas,x\r\n").encode())
    result = parse_file(path, "netflix")
    assert [r.source_id for r in result.records] == ["s1"]
    assert [e.line for e in result.errors] == [3]


@pytest.mark.parametrize(("row", "reason"), [
    (",Movie,No Id,,,,,2020,TV-14,90 min,Dramas,x", "empty show_id"),
    ("s1,Movie,Future,,,,,2999,TV-14,90 min,Dramas,x", "invalid release_year '2999'"),
    ("s1,Movie,Ancient,,,,,1700,TV-14,90 min,Dramas,x", "invalid release_year '1700'"),
    ("s1,Movie,No Year,,,,,,TV-14,90 min,Dramas,x", "invalid release_year ''"),
    ("s1,TV Show,Seasonless,,,,,2020,TV-14,3 Episodes,Dramas,x", "unreadable duration '3 Episodes'"),
])
def test_each_invalid_value_is_refused_with_a_reason(tmp_path: Path, row: str, reason: str) -> None:
    result = parse_file(write_csv(tmp_path, row), "netflix")
    assert result.records == []
    assert [e.line for e in result.errors] == [2]
    assert reason in result.errors[0].reason


LONG = "x" * 600


@pytest.mark.parametrize(("row", "words"), [
    (f"{'s' * 129},Movie,T,,,,,2020,TV-14,90 min,Dramas,x", "show_id"),
    (f"s1,Movie,{LONG},,,,,2020,TV-14,90 min,Dramas,x", "title"),
    (f"s1,Movie,T,,{'c' * 257},,,2020,TV-14,90 min,Dramas,x", "cast"),
    (f"s1,Movie,T,{'d' * 257},,,,2020,TV-14,90 min,Dramas,x", "director"),
    (f"s1,Movie,T,,,{'k' * 129},,2020,TV-14,90 min,Dramas,x", "country"),
    (f"s1,Movie,T,,,,,2020,TV-14,90 min,{'t' * 129},x", "listed_in"),
])
def test_values_longer_than_the_catalog_columns_are_bad_rows(tmp_path: Path, row: str, words: str) -> None:
    """PostgreSQL would refuse them mid-import (and SQLite silently keep them): refuse them at parse time."""
    result = parse_file(write_csv(tmp_path, "s0,Movie,Fine,,,,,2020,TV-14,90 min,Dramas,ok", row), "netflix")
    assert [r.source_id for r in result.records] == ["s0"]
    assert [e.line for e in result.errors] == [3]
    assert words in result.errors[0].reason


def test_unknown_format_is_refused() -> None:
    with pytest.raises(UnknownFormat, match="expected one of netflix, jsonl"):
        parse_file(NETFLIX_SMALL, "xml")
    assert set(PARSERS) == {"netflix", "jsonl"}


def test_length_limits_match_the_catalog_columns() -> None:
    from recommender.catalog.importers import jsonl, netflix
    from recommender.catalog.models import Item, ItemCountry, ItemTag, Person

    columns = {"show_id": Item.source_id, "title": Item.title, "cast": Person.name, "director": Person.name,
               "country": ItemCountry.country, "listed_in": ItemTag.tag}
    assert {k: c.type.length for k, c in columns.items()} == netflix.MAX_LENGTHS
    fields = jsonl.JsonlItem.model_fields
    assert fields["id"].metadata[-1].max_length == Item.source_id.type.length
    assert fields["title"].metadata[-1].max_length == Item.title.type.length
