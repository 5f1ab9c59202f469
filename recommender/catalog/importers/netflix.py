"""Importer for the Kaggle "Netflix Movies and TV Shows" CSV (netflix_titles.csv).

Quirks handled here (see catalogs/netflix-titles/SOURCE.md): series carry seasons, not runtimes; three
movies carry their runtime in the rating column; dates have stray leading spaces; there is no language
column, so languages are inferred from tags ("Korean TV Shows") and then from the first country.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

from recommender.catalog.records import ItemRecord, ParseResult, RowError
from contract.vocabulary import (
    COUNTRY_LANGUAGES,
    NETFLIX_TAG_GENRES,
    NETFLIX_TAG_LANGUAGES,
    RATINGS,
)

SOURCE = "netflix"
COLUMNS = ("show_id", "type", "title", "director", "cast", "country", "date_added", "release_year",
           "rating", "duration", "listed_in", "description")
TYPES = {"Movie": "movie", "TV Show": "series"}
# Longest values the catalog columns hold (recommender/catalog/models.py); longer ones are bad rows,
# not a mid-import database error on PostgreSQL.
MAX_LENGTHS = {"show_id": 128, "title": 512, "cast": 256, "director": 256, "country": 128, "listed_in": 128}
_MINUTES = re.compile(r"^(\d+)\s*min$")
_SEASONS = re.compile(r"^(\d+)\s*Seasons?$")


def parse(path: Path) -> ParseResult:
    """Read and validate every row; bad rows become ``RowError`` with the line they start on."""
    result = ParseResult()
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
        if missing:
            result.errors.append(RowError(1, f"missing column(s): {', '.join(missing)}"))
            return result
        for line, row in _rows_with_lines(reader):
            try:
                record = to_record(row)
            except ValueError as exc:
                result.errors.append(RowError(line, str(exc), (row.get("show_id") or "").strip() or None))
                continue
            result.add(record, line, id_name="show_id")
    return result


def _rows_with_lines(reader: csv.DictReader) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows with the line they start on, read from the underlying csv.reader: DictReader skips blank
    lines inside ``next()``, which would report a blank line's number for the row after it."""
    fields = list(reader.fieldnames or ())
    raw = reader.reader  # its line_num is live; DictReader's is only updated by its own next()
    start = raw.line_num + 1
    for values in raw:
        if values:
            row: dict = dict(zip(fields, values))
            if len(values) > len(fields):
                row[None] = values[len(fields):]  # DictReader's restkey: too many fields
            for name in fields[len(values):]:
                row[name] = None  # DictReader's restval: too few fields
            yield start, row
        start = raw.line_num + 1


def to_record(row: dict[str, str | None]) -> ItemRecord:
    """Normalise one CSV row; raises ValueError with a human reason when the row is unusable."""
    if None in row:
        raise ValueError("too many fields")
    if any(row.get(c) is None for c in COLUMNS):
        raise ValueError("too few fields")
    get = {k: (v or "").strip() for k, v in row.items()}
    source_id = get["show_id"]
    if not source_id:
        raise ValueError("empty show_id")
    if get["type"] not in TYPES:
        raise ValueError(f"unknown type {get['type']!r} (expected Movie or TV Show)")
    if not get["title"]:
        raise ValueError("empty title")
    rating, duration = get["rating"], get["duration"]
    if _MINUTES.match(rating) and not duration:  # the three misplaced runtimes
        rating, duration = "", rating
    runtime, seasons = _duration(duration)
    if rating and rating not in RATINGS:
        raise ValueError(f"unknown rating {rating!r}")
    tags = _split(get["listed_in"])
    countries = _split(get["country"])
    cast, directors = _split(get["cast"]), _split(get["director"])
    _check_lengths({"show_id": (source_id,), "title": (get["title"],), "cast": cast, "director": directors,
                    "country": countries, "listed_in": tags})
    return ItemRecord(
        source_id=source_id,
        source=SOURCE,
        type=TYPES[get["type"]],
        title=get["title"],
        description=get["description"],
        release_year=_year(get["release_year"]),
        runtime_minutes=runtime,
        seasons=seasons,
        rating=rating or None,
        date_added=_date(get["date_added"]),
        genres=_genres(tags),
        tags=tags,
        cast=cast,
        directors=directors,
        countries=countries,
        languages=_languages(tags, countries),
    )


def _check_lengths(values: dict[str, tuple[str, ...]]) -> None:
    for column, parts in values.items():
        if any(len(v) > MAX_LENGTHS[column] for v in parts):
            raise ValueError(f"{column} value longer than {MAX_LENGTHS[column]} characters")


def _split(value: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for part in value.split(","):
        if part.strip():
            seen.setdefault(part.strip(), None)
    return tuple(seen)


def _duration(value: str) -> tuple[int | None, int | None]:
    if not value:
        return None, None
    if m := _MINUTES.match(value):
        return int(m.group(1)), None
    if m := _SEASONS.match(value):
        return None, int(m.group(1))
    raise ValueError(f"unreadable duration {value!r} (expected 'N min' or 'N Season(s)')")


def _year(value: str) -> int:
    if not value.isdigit() or not 1870 <= int(value) <= dt.date.today().year + 2:
        raise ValueError(f"invalid release_year {value!r}")
    return int(value)


def _date(value: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.datetime.strptime(value, "%B %d, %Y").date()
    except ValueError:
        raise ValueError(f"invalid date_added {value!r} (expected e.g. 'September 25, 2021')") from None


def _genres(tags: tuple[str, ...]) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for tag in tags:
        for genre in NETFLIX_TAG_GENRES.get(tag, ()):
            out.setdefault(genre, None)
    return tuple(out)


def _languages(tags: tuple[str, ...], countries: tuple[str, ...]) -> tuple[str, ...]:
    """Languages from tags first (they are explicit), else the first country's main language."""
    from_tags = tuple(dict.fromkeys(NETFLIX_TAG_LANGUAGES[t] for t in tags if t in NETFLIX_TAG_LANGUAGES))
    if from_tags:
        return from_tags
    if countries and countries[0] in COUNTRY_LANGUAGES:
        return (COUNTRY_LANGUAGES[countries[0]],)
    return ()
