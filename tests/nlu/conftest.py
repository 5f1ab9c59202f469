"""Fixtures for the NLU extractor tests: one gazetteer and one extractor per session.

The gazetteer is built from the Netflix CSV shipped in the project (same rules as `mediabot
gazetteer`: people with ≥2 credits plus all directors), so these tests need neither the gateway
runtime nor a prepared var/ directory. ``today`` is fixed so relative years are deterministic.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable, NamedTuple

import pytest

from nlu.extraction import Extractor, get_extractor
from contract.gazetteer import Gazetteer, build_from_netflix_csv

PROJECT_ROOT = Path(__file__).resolve().parents[2]
NETFLIX_CSV = PROJECT_ROOT / "catalogs" / "netflix-titles" / "netflix_titles.csv"
TODAY = dt.date(2024, 5, 1)
SAMPLE_REQUESTS = Path(__file__).with_name("sample_requests.txt")


class Ent(NamedTuple):
    """An extracted entity as tests compare it: the surface text it covers, not raw offsets."""

    surface: str
    entity: str
    value: str
    role: str | None = None


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return build_from_netflix_csv(NETFLIX_CSV)


@pytest.fixture(scope="session")
def extractor(gazetteer: Gazetteer) -> Extractor:
    """The cached extractor, so ``extract_entities(..., gazetteer)`` in tests reuses it."""
    return get_extractor(gazetteer)


@pytest.fixture(scope="session")
def bare_extractor() -> Extractor:
    """No gazetteer: what runs before `mediabot gazetteer` has written the file."""
    return get_extractor(None)


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


@pytest.fixture(scope="session")
def ents(extractor: Extractor) -> Callable[[str], list[Ent]]:
    """``ents(text)`` → entities of ``text`` as ``Ent`` tuples (offsets verified)."""
    return lambda text: as_ents(text, extractor.extract(text, TODAY))


@pytest.fixture(scope="session")
def values(ents: Callable[[str], list[Ent]]) -> Callable[..., list[tuple[str, str | None]]]:
    """``values(text, "genre")`` → [(value, role), ...] of one entity kind."""
    return lambda text, entity: [(e.value, e.role) for e in ents(text) if e.entity == entity]


def sample_requests() -> list[str]:
    return [line.strip() for line in SAMPLE_REQUESTS.read_text(encoding="utf-8").splitlines() if line.strip()]
