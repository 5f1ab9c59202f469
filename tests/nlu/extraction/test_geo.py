"""Countries (catalog names) and languages (ISO 639-1), resolved as contracts §5 says (nlu/extraction/geo.py).

Its phrases are rows of cases/geo.tsv (run by test_extractor.py); the tests here each name one behaviour.
"""

from __future__ import annotations

from nlu_cases import Ent


def test_korean_dramas_yield_drama_and_korean(ents):
    assert ents("korean dramas") == [Ent("korean", "language", "ko"), Ent("dramas", "genre", "drama")]


def test_capitalised_ambiguous_country_is_a_country(values):
    assert values("films from Turkey", "country") == [("Turkey", None)]


def test_gazetteer_countries_are_recognised(values):
    assert values("something from Iceland", "country") == [("Iceland", None)]
