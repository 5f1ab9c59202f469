"""The importer-neutral record of one catalog item, validated before anything touches the database."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class ItemRecord:
    """Everything an importer knows about one title, already normalised to the canonical vocabulary."""

    source_id: str
    source: str
    type: str
    title: str
    description: str = ""
    release_year: int | None = None
    runtime_minutes: int | None = None
    seasons: int | None = None
    rating: str | None = None
    date_added: dt.date | None = None
    popularity: float | None = None
    genres: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    cast: tuple[str, ...] = ()
    directors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    languages_inferred: bool = True

    def content_hash(self) -> str:
        """Stable hash of the record; the embedding cache key is built from these."""
        data = asdict(self)
        data["date_added"] = self.date_added.isoformat() if self.date_added else None
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


@dataclass(frozen=True)
class RowError:
    """A row the importer refused, with the 1-based line of the file where the row starts."""

    line: int
    reason: str
    source_id: str | None = None

    def __str__(self) -> str:
        who = f" ({self.source_id})" if self.source_id else ""
        return f"line {self.line}{who}: {self.reason}"


@dataclass
class ParseResult:
    records: list[ItemRecord] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)  # source_id -> line, to report duplicates

    def add(self, record: ItemRecord, line: int, id_name: str = "id") -> None:
        """Keep a valid record, unless its id was already seen: then the later row is the bad one."""
        first = self.lines.get(record.source_id)
        if first is not None:
            self.errors.append(RowError(line, f"duplicate {id_name} (first on line {first})", record.source_id))
            return
        self.lines[record.source_id] = line
        self.records.append(record)


class UnknownFormat(ValueError):
    pass
