"""Fixtures for the NLU tests: one gazetteer and one extractor per session.

The gazetteer is built from the Netflix CSV shipped in the project (same rules as `mediabot
gazetteer`: people with ≥2 credits plus all directors), so these tests need neither the gateway
runtime nor a prepared var/ directory. Extraction runs on the fixed ``TODAY`` of nlu_cases.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from contract.gazetteer import Gazetteer, build_from_netflix_csv
from nlu.extraction import Extractor, get_extractor
from nlu_cases import TODAY, Reader, as_ents

PROJECT_ROOT = Path(__file__).resolve().parents[2]
NETFLIX_CSV = PROJECT_ROOT / "catalogs" / "netflix-titles" / "netflix_titles.csv"  # also read by test_nlu_gazetteer.py


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


@pytest.fixture(scope="session")
def ents(extractor: Extractor) -> Reader:
    """``ents(text)`` → entities of ``text`` as ``Ent`` tuples (offsets verified)."""
    return lambda text: as_ents(text, extractor.extract(text, TODAY))


@pytest.fixture(scope="session")
def values(ents: Reader) -> Callable[[str, str], list[tuple[str, str | None]]]:
    """``values(text, "genre")`` → [(value, role), ...] of one entity kind."""
    return lambda text, entity: [(e.value, e.role) for e in ents(text) if e.entity == entity]



@pytest.fixture(scope="session")
def plan(extractor: Extractor) -> Callable[[str], object]:
    """``plan(text)`` → the constraints the actions plan for ``text`` said as a first request (extractor → entities →
    ``plan_recommendation``), for the tests that check a reading end to end without a Rasa server."""
    from actions.entities import parse_entities
    from actions.planning import Plan, plan_recommendation
    from actions.turn import Turn

    def _plan(text: str) -> object:
        got = plan_recommendation(Turn("test", "request_recommendation", text,
                                       parse_entities(extractor.extract(text, TODAY), text), {}))
        assert isinstance(got, Plan), got
        return got.constraints
    return _plan
