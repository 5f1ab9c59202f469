"""Release-year phrases → ``MIN-MAX`` years, relative ones computed from a fixed ``today``
(nlu/extraction/years.py).

Its phrases are rows of cases/years.tsv (run by test_extractor.py); the tests here each name one behaviour.
"""

from __future__ import annotations

import datetime as dt

from nlu.extraction import extract_entities


def test_relative_years_follow_the_given_date(gazetteer):
    later = extract_entities("last five years", dt.date(2030, 1, 1), gazetteer)
    assert [e["value"] for e in later] == ["2025-"]


def test_last_one_is_a_position_not_a_year(ents):
    assert [e.entity for e in ents("the last one")] == ["position"]
