"""Who is watching (audience) and explicit maturity ratings."""

from __future__ import annotations

import pytest

from conftest import Ent


@pytest.mark.parametrize("text,surface,value", [
    ("what should I watch with my kids tonight?", "with my kids", "kids"),
    ("for a 6 year old", "for a 6 year old", "kids"),
    ("something for my 15 year old", "for my 15 year old", "teen"),
    ("for my 15-year-old", "for my 15-year-old", "teen"),
    ("my 12 year old", "my 12 year old", "family"),
    ("for an eight-year-old", "for an eight-year-old", "kids"),
    ("for my 9yo", "for my 9yo", "kids"),
    ("kids aged 7", "kids", "kids"),
    ("family movie night", "family movie night", "family"),
    ("something for the family", "for the family", "family"),
    ("the whole family", "the whole family", "family"),
    ("family", "family", "family"),
    ("family-friendly", "family-friendly", "family"),
    ("teens", "teens", "teen"),
    ("for teenagers", "for teenagers", "teen"),
    ("for adults", "for adults", "adult"),
    ("grown-ups only", "grown-ups", "adult"),
    ("for the kids", "for the kids", "kids"),
    ("for my toddler", "for my toddler", "kids"),
    ("for kids", "for kids", "kids"),
])
def test_audience_phrases(ents, text, surface, value):
    assert Ent(surface, "audience", value) in ents(text)


def test_family_movies_is_the_family_genre(values):
    assert values("family movies", "genre") == [("family", None)]
    assert values("family movies", "audience") == []


@pytest.mark.parametrize("text,surface,value", [
    ("PG-13", "PG-13", "PG-13"),
    ("pg-13 movies", "pg-13", "PG-13"),
    ("pg13", "pg13", "PG-13"),
    ("rated R", "rated R", "R"),
    ("something rated r", "rated r", "R"),
    ("R-rated thrillers", "R-rated", "R"),
    ("a G rated film", "G rated", "G"),
    ("tv-ma", "tv-ma", "TV-MA"),
    ("TV 14 shows", "TV 14", "TV-14"),
    ("TV-Y7 cartoons", "TV-Y7", "TV-Y7"),
    ("PG movies", "PG", "PG"),
    ("NC-17", "NC-17", "NC-17"),
])
def test_ratings_are_canonical_codes(ents, text, surface, value):
    assert Ent(surface, "rating", value) in ents(text)


@pytest.mark.parametrize("text", ["a great movie", "g", "r u there", "Give me a drama"])
def test_single_letters_are_not_ratings(values, text):
    assert values(text, "rating") == []


def test_rating_ceiling_becomes_an_audience(ents):
    assert ents("PG-13 or lower") == [Ent("PG-13 or lower", "audience", "teen")]
    assert ents("nothing above TV-14") == [Ent("nothing above TV-14", "audience", "teen")]
