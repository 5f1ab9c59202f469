"""Round 25h: an upper bound said both before and after its number ("up to 80 minutes max") is one duration span, so the
second operator word never reaches the semantic query or a shown reason."""
from __future__ import annotations

import datetime as dt

import pytest

from nlu.extraction.extractor import Extractor

TODAY = dt.date(2021, 9, 25)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize("text,value", [
    ("we could stretch it to 70 minutes max", "-70"),
    ("a thriller under 100 min tops", "-100"),
    ("up to two hours at most", "-120"),
    ("roughly 45 minutes, max", "-45"),
])
def test_the_bound_said_twice_is_one_upper_bound_span(extractor: Extractor, text: str, value: str) -> None:
    durations = [e for e in extractor.extract(text, TODAY) if e["entity"] == "duration"]
    assert [d["value"] for d in durations] == [value]
    assert durations[0]["end"] == len(text)


def test_a_maximum_of_another_count_after_the_runtime_stays_its_own(extractor: Extractor) -> None:
    found = extractor.extract("under 100 min, max 3 seasons", TODAY)
    assert [(e["entity"], e["value"]) for e in found if e["entity"] in ("duration", "seasons")] == [
        ("duration", "-100"), ("seasons", "-3")]
