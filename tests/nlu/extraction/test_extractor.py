"""The whole extractor (nlu/extraction/extractor.py): it reads every phrase of the case tables as they say,
every value it emits has the contracts §5 format on a few hundred realistic requests, and extraction is
fast enough to run on every message."""

from __future__ import annotations

import re

import pytest

from contract.constraints import SORT_ORDERS
from contract.vocabulary import AUDIENCES, COUNTRY_LANGUAGES, GENRE_IDS, LANGUAGE_NAMES, MOODS, RATINGS
from nlu.extraction.contrast import VALUES as CONTRAST_VALUES
from nlu_cases import CASES_DIR, TODAY, Case, Reader, all_cases, as_ents, assert_case

RANGE = re.compile(r"^(\d+)?-(\d+)?$")
RELATIVE_YEAR = re.compile(r"^(?:(?:recent|old)(?::[1-9]\d*)?|newer|older)$")  # contracts §5 "Recency"
ROLES = {None, "exclude", "similar", "cap", "any"}


def sample_requests() -> list[str]:
    """A few hundred realistic requests, one a line."""
    lines = (CASES_DIR / "sample_requests.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip()]


def _valid_range(value: str, width: int | None) -> bool:
    m = RANGE.match(value)
    if not m or not (m[1] or m[2]):
        return False
    lo, hi = (int(x) if x else None for x in m.groups())
    widths_ok = width is None or all(x is None or len(str(x)) == width for x in (lo, hi))
    return widths_ok and (lo is None or hi is None or lo <= hi)


def check(entity: str, value: str, gazetteer) -> bool:
    """Is ``value`` a well-formed contracts §5 value for ``entity``?"""
    checks = {
        "genre": lambda v: v in GENRE_IDS,
        "mood": lambda v: v in MOODS,
        "media_type": lambda v: v in ("movie", "series", "special"),
        "audience": lambda v: v in AUDIENCES,
        "rating": lambda v: v in RATINGS,
        "language": lambda v: v in LANGUAGE_NAMES,
        "country": lambda v: v in COUNTRY_LANGUAGES or v in gazetteer.countries,
        "duration": lambda v: v in ("shorter", "longer") or _valid_range(v, None),
        "year": lambda v: _valid_range(v, 4) or bool(RELATIVE_YEAR.match(v)),
        "seasons": lambda v: _valid_range(v, None),
        "position": lambda v: v == "last" or v in {str(i) for i in range(1, 11)},
        "contrast": lambda v: v in CONTRAST_VALUES,
        "added": lambda v: v.isdigit() and int(v) > 0,
        "sort": lambda v: v in SORT_ORDERS,  # "the shortest comedy you have" (nlu/extraction/sort.py)
        "actor": lambda v: v in gazetteer.actors,
        "director": lambda v: v in gazetteer.directors,
        "title": lambda v: any(t.title == v for t in gazetteer.titles),
        # a person the catalog lacks (nlu/extraction/unknown_people.py): two or three capitalised words, nobody's name
        "unknown_person": lambda v: 2 <= len(v.split()) <= 3 and all(w[:1].isupper() for w in v.split())
        and v not in gazetteer.actors and v not in gazetteer.directors,
    }
    return entity in checks and checks[entity](value)


@pytest.mark.parametrize("case", all_cases(), ids=str)
def test_phrases_are_read_as_their_table_says(ents: Reader, case: Case) -> None:
    """One row of cases/<module>.tsv, the phrases each extraction module is responsible for."""
    assert_case(ents, case)


@pytest.mark.parametrize("text", sample_requests())
def test_values_follow_the_contract(extractor, gazetteer, text):
    entities = extractor.extract(text, TODAY)
    as_ents(text, entities)  # offsets point at non-empty, trimmed text
    for e in entities:
        assert isinstance(e["value"], str) and check(e["entity"], e["value"], gazetteer), e
        assert e.get("role") in ROLES, e
        assert e.get("role") != "similar" or e["entity"] == "title", e


def test_entities_do_not_overlap_except_companions(extractor):
    for text in sample_requests():
        spans = sorted({(e["start"], e["end"]) for e in extractor.extract(text, TODAY)})
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), text


@pytest.mark.parametrize("text", ["a" * 5000, "1 " * 500, "between " * 200, "no " * 300 + "horror",
                                  "90 " * 300 + "minutes", "🎬 horror 🎬 under 2 hours " * 50])
def test_pathological_input_gives_well_formed_entities(extractor, text):
    """Long repetitive input is read in one pass (a backtracking pattern would hang here); speed is
    measured by `mediabot bench dialogue`, not asserted."""
    as_ents(text, extractor.extract(text, TODAY))


@pytest.mark.parametrize("text", ["", "   ", "\n", "?!"])
def test_empty_input_has_no_entities(extractor, text):
    assert extractor.extract(text, TODAY) == []


def test_a_request_after_a_story_keeps_its_own_entities(extractor):
    """A long message's last sentence repeats what the story said; its words must stay entities (the actions
    read the request's sentence), so repeats of a genre on another span are kept."""
    text = "he is into comedy, we argued all evening. anything romantic with some comedy in it?"
    starts = [e["start"] for e in extractor.extract(text, TODAY) if e["entity"] == "genre"]
    assert len(starts) == 2 and starts[1] > text.index(".")
