"""Round 27C: a hedge between a comparison and its year ("not older than like 2012", "nothing before around 2010",
"after roughly 2015") keeps the comparison's bound (nlu/extraction/years.py ``_HEDGE``), never the bare year alone."""
from __future__ import annotations

import datetime as dt

import pytest

from nlu.extraction.extractor import Extractor

TODAY = dt.date(2021, 9, 25)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _years(extractor: Extractor, text: str) -> list[str]:
    return [e["value"] for e in extractor.extract(text, TODAY) if e["entity"] == "year"]


@pytest.mark.parametrize("text,value", [
    ("not older than like 2012", "2012-"),
    ("nothing from before around 2008", "2008-"),
    ("after roughly 2015 please", "2016-"),
    ("since about 2011", "2011-"),
    ("made before maybe 1995", "-1994"),
])
def test_a_hedged_comparison_is_still_the_bound(extractor: Extractor, text: str, value: str) -> None:
    assert _years(extractor, text) == [value]


def test_an_unhedged_comparison_is_unchanged(extractor: Extractor) -> None:
    assert _years(extractor, "not older than 2012") == ["2012-"]
