"""Explicit maturity ratings and rating ceilings (nlu/extraction/ratings.py).

Its phrases are rows of cases/ratings.tsv (run by test_extractor.py); the tests here each name one behaviour.
"""

from __future__ import annotations

import pytest

from nlu_cases import Ent


def test_rating_ceiling_becomes_an_audience(ents):
    assert ents("PG-13 or lower") == [Ent("PG-13 or lower", "audience", "teen")]
    assert ents("nothing above TV-14") == [Ent("nothing above TV-14", "audience", "teen")]


# Ratings said aloud and written down by a smart speaker: the number spelt out, the letters spaced.
@pytest.mark.parametrize("text, code", [
    ("dramas rated tv fourteen", "TV-14"),
    ("rated pg thirteen", "PG-13"),
    ("a pg thirteen comedy", "PG-13"),
    ("tv y seven cartoons", "TV-Y7"),
    ("nothing nc seventeen", "NC-17"),
    ("tv m a shows are fine", "TV-MA"),
    ("tv p g please", "TV-PG"),
    ("TV 14 shows", "TV-14"),
    ("pg 13 movies", "PG-13"),
])
def test_a_rating_spoken_in_words_is_the_code(values, text, code):
    assert [v for v, _ in values(text, "rating")] == [code], values(text, "rating")


@pytest.mark.parametrize("text, codes", [
    ("something for pg and thirteen year olds", ["PG"]),     # "and" joins no code: PG beside an age
    ("he watches tv fourteen hours a week", []),             # a count of hours
    ("tv seven days a week", []),
    ("pg, thirteen of them", ["PG"]),
])
def test_spelt_numbers_beside_a_rating_that_are_no_code(values, text, codes):
    assert [v for v, _ in values(text, "rating")] == codes, values(text, "rating")
