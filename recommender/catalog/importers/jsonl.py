"""Importer for the generic JSONL catalog schema: one JSON object per line, any kind of media.

Schema (documented in docs/catalog-schema.md)::

    {"id": "ep-42", "type": "podcast", "title": "...", "description": "...", "year": 2021,
     "runtime_minutes": 48, "seasons": null, "rating": "TV-14", "date_added": "2021-09-25",
     "genres": ["comedy", "Late Night Talk"], "cast": ["..."], "directors": ["..."],
     "countries": ["United States"], "languages": ["en"], "popularity": 0.7}

Only ``id``, ``type`` and ``title`` are required. ``genres`` may hold canonical genre ids and free
tags: canonical ones become genres, every value is kept as a source tag.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from recommender.catalog.records import ItemRecord, ParseResult, RowError
from contract.vocabulary import COUNTRY_LANGUAGES, GENRE_IDS, MEDIA_TYPES, RATINGS

SOURCE = "jsonl"


# Longest names/labels the catalog columns hold (recommender/catalog/models.py).
PersonName = Annotated[str, Field(max_length=256)]
Label = Annotated[str, Field(max_length=128)]


class JsonlItem(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    id: str = Field(min_length=1, max_length=128)
    type: str
    title: str = Field(min_length=1, max_length=512)
    description: str = ""
    year: int | None = Field(default=None, ge=1870, le=2100)
    runtime_minutes: int | None = Field(default=None, ge=1, le=100_000)
    seasons: int | None = Field(default=None, ge=1, le=1000)
    rating: str | None = None
    date_added: dt.date | None = None
    genres: list[Label] = []
    cast: list[PersonName] = []
    directors: list[PersonName] = []
    countries: list[Label] = []
    languages: list[str] = []
    popularity: float | None = Field(default=None, ge=0, le=1)

    @field_validator("year", "runtime_minutes", "seasons", "popularity", mode="before")
    @classmethod
    def _not_bool(cls, v: object) -> object:
        if isinstance(v, bool):  # lax mode would read true as 1
            raise ValueError("expected a number, not true/false")
        return v

    @field_validator("type")
    @classmethod
    def _known_type(cls, v: str) -> str:
        if v not in MEDIA_TYPES:
            raise ValueError(f"must be one of {', '.join(MEDIA_TYPES)}")
        return v

    @field_validator("rating")
    @classmethod
    def _known_rating(cls, v: str | None) -> str | None:
        if v and v not in RATINGS:
            raise ValueError(f"unknown rating, expected one of {', '.join(RATINGS)}")
        return v or None

    @field_validator("languages")
    @classmethod
    def _iso_codes(cls, v: list[str]) -> list[str]:
        bad = [code for code in v if len(code) != 2 or not code.isalpha()]
        if bad:
            raise ValueError(f"expected ISO 639-1 codes, got {bad}")
        return [code.lower() for code in v]

    def to_record(self) -> ItemRecord:
        languages = tuple(dict.fromkeys(self.languages))
        inferred = not languages
        if inferred and self.countries and self.countries[0] in COUNTRY_LANGUAGES:
            languages = (COUNTRY_LANGUAGES[self.countries[0]],)
        return ItemRecord(
            source_id=self.id, source=SOURCE, type=self.type, title=self.title,
            description=self.description, release_year=self.year,
            runtime_minutes=self.runtime_minutes, seasons=self.seasons, rating=self.rating,
            date_added=self.date_added, popularity=self.popularity,
            genres=tuple(dict.fromkeys(g.lower() for g in self.genres if g.lower() in GENRE_IDS)),
            tags=tuple(dict.fromkeys(self.genres)), cast=tuple(dict.fromkeys(self.cast)),
            directors=tuple(dict.fromkeys(self.directors)),
            countries=tuple(dict.fromkeys(self.countries)), languages=languages,
            languages_inferred=inferred,
        )


def parse(path: Path) -> ParseResult:
    result = ParseResult()
    with path.open(encoding="utf-8-sig") as fh:
        for line_no, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                record = JsonlItem.model_validate(json.loads(line)).to_record()
            except json.JSONDecodeError as exc:
                result.errors.append(RowError(line_no, f"invalid JSON: {exc.msg} at column {exc.colno}"))
                continue
            except ValidationError as exc:
                result.errors.append(RowError(line_no, _explain(exc), _id_of(line)))
                continue
            result.add(record, line_no)
    return result


def _explain(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "row"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


def _id_of(line: str) -> str | None:
    try:
        value = json.loads(line).get("id")
    except (json.JSONDecodeError, AttributeError):
        return None
    return value if isinstance(value, str) else None
