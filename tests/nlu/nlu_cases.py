"""What the NLU tests compare, and the phrase tables they read (tests/nlu/extraction/cases/*.tsv).

An extracted entity is compared as an ``Ent``: the surface text it covers rather than raw offsets, so a
case reads like the request it comes from. Every phrase table (one per extraction module, named after
it) has the same five tab-separated columns, ``text  surface  entity  value  role``; lines starting
with ``## `` are comments (a text itself may start with "#", as "#3" does). One rule decides what a
row means, so every table is checked by the same assertion, ``assert_case``:

- with a ``surface``: ``Ent(surface, entity, value, role)`` is among the entities read from ``text``;
- without one: the readings of ``entity`` in ``text`` are exactly ``[(value, role)]``, or nothing when
  ``value`` is empty; ``genre|mood`` names several entities, each checked alone.

Test modules import this file by name: importing tests/nlu/conftest.py (which uses it too) puts tests/nlu
on ``sys.path`` under pytest's default "prepend" import mode, before any test module below it loads.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable, NamedTuple

TODAY = dt.date(2024, 5, 1)  # fixed, so relative years ("recent", "last five years") are deterministic
CASES_DIR = Path(__file__).resolve().parent / "extraction" / "cases"
COLUMNS = ["text", "surface", "entity", "value", "role"]


class Ent(NamedTuple):
    """An extracted entity as tests compare it: the surface text it covers, not raw offsets."""

    surface: str
    entity: str
    value: str
    role: str | None = None


Reader = Callable[[str], list[Ent]]


def as_ents(text: str, entities: list[dict]) -> list[Ent]:
    """Convert Rasa dicts to ``Ent`` after checking the offsets really point into ``text``."""
    out = []
    for e in entities:
        assert 0 <= e["start"] < e["end"] <= len(text), e
        surface = text[e["start"]:e["end"]]
        assert surface == surface.strip() and surface, (text, e)
        assert e["confidence_entity"] == 1.0 and e["extractor"] == "ConstraintExtractor"
        out.append(Ent(surface, e["entity"], e["value"], e.get("role")))
    return out


class Case(NamedTuple):
    """One row of a phrase table (see the module docstring for what a row asserts)."""

    table: str
    text: str
    surface: str
    entity: str
    value: str
    role: str | None

    def __str__(self) -> str:  # the test id, e.g. "durations: under an hour -> duration"
        return f"{self.table}: {self.text} -> {self.entity}"


def all_cases() -> list[Case]:
    """Every row of every phrase table, table by table."""
    return [case for path in sorted(CASES_DIR.glob("*.tsv")) for case in read_cases(path)]


def read_cases(path: Path) -> list[Case]:
    """The rows of one table; a row may leave its trailing empty columns out."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("## ")]
    rows = [line.split("\t") for line in lines]
    assert rows[0] == COLUMNS, (path, rows[0])
    cases = []
    for row in rows[1:]:
        assert 3 <= len(row) <= len(COLUMNS) and row[0] and row[2], (path, row)
        text, surface, entity, value, role = row + [""] * (len(COLUMNS) - len(row))
        cases.append(Case(path.stem, text, surface, entity, value, role or None))
    return cases


def assert_case(ents: Reader, case: Case) -> None:
    """The one assertion every phrase table shares."""
    found = ents(case.text)
    if case.surface:
        assert Ent(case.surface, case.entity, case.value, case.role) in found, found
        return
    expected = [(case.value, case.role)] if case.value else []
    for entity in case.entity.split("|"):
        assert [(e.value, e.role) for e in found if e.entity == entity] == expected, (entity, found)
