"""Countries (catalog names) and languages (ISO 639-1), resolved as contracts §5 says."""

from __future__ import annotations

import pytest

from conftest import Ent


@pytest.mark.parametrize("text,surface,entity,value", [
    ("Korean dramas", "Korean", "language", "ko"),
    ("British crime shows", "British", "country", "United Kingdom"),
    ("Spanish-language thrillers", "Spanish-language", "language", "es"),
    ("French films", "French", "language", "fr"),
    ("Japanese horror", "Japanese", "language", "ja"),
    ("Indian movies", "Indian", "country", "India"),
    ("american sitcoms", "american", "country", "United States"),
    ("something in spanish", "in spanish", "language", "es"),
    ("hindi movies", "hindi", "language", "hi"),
    ("mandarin films", "mandarin", "language", "zh"),
    ("something from Korea", "Korea", "country", "South Korea"),
    ("movies made in Japan", "Japan", "country", "Japan"),
    ("south korean thrillers", "south korean", "country", "South Korea"),
    ("movies from the US", "US", "country", "United States"),
    ("from the uk", "uk", "country", "United Kingdom"),
    ("nollywood", "nollywood", "country", "Nigeria"),
    ("Mexican films", "Mexican", "country", "Mexico"),
])
def test_geo_phrases(ents, text, surface, entity, value):
    assert Ent(surface, entity, value) in ents(text)


def test_bollywood_is_india_and_hindi(ents):
    found = ents("a Bollywood romance")
    assert Ent("Bollywood", "country", "India") in found
    assert Ent("Bollywood", "language", "hi") in found


def test_korean_dramas_yield_drama_and_korean(ents):
    assert ents("korean dramas") == [Ent("korean", "language", "ko"), Ent("dramas", "genre", "drama")]


@pytest.mark.parametrize("text", ["tell us about it", "let us see", "a turkey dinner"])
def test_lowercase_common_words_are_not_countries(values, text):
    assert values(text, "country") == []


def test_capitalised_ambiguous_country_is_a_country(values):
    assert values("films from Turkey", "country") == [("Turkey", None)]


def test_gazetteer_countries_are_recognised(values):
    assert values("something from Iceland", "country") == [("Iceland", None)]
