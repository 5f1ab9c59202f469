"""Explicit maturity ratings and rating ceilings (nlu/extraction/ratings.py).

Its phrases are rows of cases/ratings.tsv (run by test_extractor.py); the tests here each name one behaviour.
"""

from __future__ import annotations

from nlu_cases import Ent


def test_rating_ceiling_becomes_an_audience(ents):
    assert ents("PG-13 or lower") == [Ent("PG-13 or lower", "audience", "teen")]
    assert ents("nothing above TV-14") == [Ent("nothing above TV-14", "audience", "teen")]
