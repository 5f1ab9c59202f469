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


def test_a_region_followed_by_some_of_its_countries_is_those_countries_only(values):
    """"scandinavian …, swedish or norwegian": the list narrows the region, and its words stay entities."""
    assert sorted({v for v, _ in values("scandinavian thrillers, swedish or norwegian", "country")}) == ["Norway", "Sweden"]


def test_an_either_list_of_origins_never_mixes_countries_and_languages(ents):
    found = [e for e in ents("german or korean or spanish movies") if e.entity in ("country", "language")]
    assert {e.entity for e in found} == {"language"}
    assert [e.value for e in found] == ["de", "ko", "es"]
