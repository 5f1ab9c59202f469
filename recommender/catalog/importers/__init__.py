"""Pluggable catalog importers: each turns a file into validated ``ItemRecord``s (no DB access)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from recommender.catalog.importers import jsonl, netflix
from recommender.catalog.records import ParseResult, UnknownFormat

PARSERS: dict[str, Callable[[Path], ParseResult]] = {
    "netflix": netflix.parse,
    "jsonl": jsonl.parse,
}


def parse_file(path: Path, fmt: str) -> ParseResult:
    if fmt not in PARSERS:
        raise UnknownFormat(f"unknown format {fmt!r}; expected one of {', '.join(PARSERS)}")
    return PARSERS[fmt](path)
