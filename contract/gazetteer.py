"""Names the NLU side recognises: catalog titles, people and countries (contracts §2).

The gateway writes the real file (`mediabot gazetteer`, path from ``MEDIABOT_GAZETTEER``). This module
only reads it — plus a small stdlib builder from the Netflix CSV so tests and local experiments do not
need the gateway runtime. Stdlib only: it runs inside ``.venv-rasa``.
"""

from __future__ import annotations

import csv
import json
import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

logger = logging.getLogger(__name__)

# Paths we already warned about, so a missing file is reported once per process, not per message.
_warned_missing: set[str] = set()


class GazetteerError(ValueError):
    """The gazetteer file exists but is not in the contracts §2 format (a broken deployment)."""


@dataclass(frozen=True)
class TitleEntry:
    """One catalog title; ``id`` is the catalog's source id (e.g. the Netflix ``show_id``)."""

    id: str
    title: str


# eq=False keeps identity hashing: the extractor caches its matchers per gazetteer object, and
# hashing tens of thousands of names on every call would defeat the point of the cache.
@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Canonical names, as the recommender spells them, that entity values must use."""

    titles: tuple[TitleEntry, ...] = ()
    actors: tuple[str, ...] = ()
    directors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The contracts §2 JSON shape."""
        return {
            "titles": [{"id": t.id, "title": t.title} for t in self.titles],
            "actors": list(self.actors),
            "directors": list(self.directors),
            "countries": list(self.countries),
        }


def default_path() -> Path:
    """Where the running system keeps the gazetteer (``MEDIABOT_GAZETTEER``, project-relative)."""
    from contract.settings import load

    return load().gazetteer_path


def load_gazetteer(path: str | Path | None = None) -> Gazetteer | None:
    """Read the gazetteer; ``None`` (with one warning) when the file does not exist yet.

    A missing file is normal before `mediabot gazetteer` ran: genre/duration/... extraction works
    without it. A file that exists but is malformed raises GazetteerError, because silently
    dropping every title and person would look like an NLU bug rather than a deployment one.
    """
    resolved = Path(path) if path else default_path()
    if not resolved.is_file():
        if str(resolved) not in _warned_missing:
            _warned_missing.add(str(resolved))
            logger.warning("gazetteer %s not found: titles and people will not be recognised "
                           "(run `mediabot gazetteer`)", resolved)
        return None
    try:
        data = json.loads(resolved.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GazetteerError(f"cannot read gazetteer {resolved}: {exc}") from exc
    return gazetteer_from_json(data, source=str(resolved))


def gazetteer_from_json(data: Any, source: str = "<json>") -> Gazetteer:
    """Validate the contracts §2 shape and freeze it into a Gazetteer."""
    if not isinstance(data, dict):
        raise GazetteerError(f"{source}: expected a JSON object with titles/actors/directors/countries")
    return Gazetteer(
        titles=tuple(_titles(data.get("titles", []), source)),
        actors=_names(data.get("actors", []), "actors", source),
        directors=_names(data.get("directors", []), "directors", source),
        countries=_names(data.get("countries", []), "countries", source),
    )


def _titles(items: Any, source: str) -> Iterable[TitleEntry]:
    """Titles are ``{"id", "title"}`` objects; bare strings are accepted (id = title)."""
    if not isinstance(items, list):
        raise GazetteerError(f"{source}: 'titles' must be a list")
    for item in items:
        if isinstance(item, str) and item.strip():
            yield TitleEntry(id=item, title=item.strip())
        elif isinstance(item, dict) and str(item.get("title", "")).strip():
            yield TitleEntry(id=str(item.get("id", item["title"])), title=str(item["title"]).strip())
        else:
            raise GazetteerError(f"{source}: bad title entry {item!r}")


def _names(items: Any, key: str, source: str) -> tuple[str, ...]:
    if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
        raise GazetteerError(f"{source}: {key!r} must be a list of strings")
    return tuple(dict.fromkeys(x.strip() for x in items if x.strip()))


def write_gazetteer(gazetteer: Gazetteer, path: str | Path) -> Path:
    """Write the contracts §2 JSON (used by tests; the gateway has its own writer)."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(gazetteer.to_json(), ensure_ascii=False), encoding="utf-8")
    return out


def _split(cell: str | None) -> list[str]:
    """Netflix packs lists as comma-separated cells; a name appears once per title."""
    return list(dict.fromkeys(x.strip() for x in (cell or "").split(",") if x.strip()))


def build_from_netflix_csv(path: str | Path, min_credits: int = 2) -> Gazetteer:
    """Build a gazetteer from the Netflix titles CSV with the contracts §2 people rule.

    Actors must be credited on at least ``min_credits`` titles (one-off cast names are mostly noise
    for matching); every director is kept because directors are asked for by name.
    """
    titles: list[TitleEntry] = []
    cast: Counter[str] = Counter()
    directors: dict[str, None] = {}
    countries: Counter[str] = Counter()
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row.get("title", "").strip():
                titles.append(TitleEntry(id=row["show_id"], title=row["title"].strip()))
            cast.update(_split(row.get("cast")))
            directors.update(dict.fromkeys(_split(row.get("director"))))
            countries.update(_split(row.get("country")))
    return Gazetteer(
        titles=tuple(titles),
        actors=tuple(sorted(n for n, c in cast.items() if c >= min_credits)),
        directors=tuple(sorted(directors)),
        countries=tuple(sorted(countries)),
    )
