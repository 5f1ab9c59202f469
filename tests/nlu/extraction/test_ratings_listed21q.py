"""A rating letter listed beside a rating code (nlu/extraction/ratings.py ``_LISTED_LETTER_RE``), round 21q.

"R or TV-MA" lost its R: a bare letter is a rating only where the words make it one, and a list with a code does.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, codes", [
    ("teenager here, I want something properly scary. R or TV-MA", ["R", "TV-MA"]),
    ("crime dramas, TV-MA or R", ["TV-MA", "R"]),
    ("PG-13/R thrillers", ["PG-13", "R"]),
    ("r or tv-ma horror films", ["R", "TV-MA"]),
    ("G, PG or TV-G cartoons", ["G", "PG", "TV-G"]),
])
def test_a_letter_listed_beside_a_code_is_a_rating(values, text, codes):
    assert sorted(v for v, _ in values(text, "rating")) == sorted(codes), values(text, "rating")


def test_a_listed_letter_ruled_out_is_ruled_out(values):
    assert values("a thriller, but no R or NC-17", "rating") == [("R", "exclude"), ("NC-17", "exclude")]


# Near misses: a letter beside a plain word stays a letter.
@pytest.mark.parametrize("text, codes", [
    ("r u sure or pg-13", ["PG-13"]),
    ("G or whatever, a cartoon", []),
    ("plan b or pg films", ["PG"]),
])
def test_a_letter_beside_words_is_no_rating(values, text, codes):
    assert [v for v, _ in values(text, "rating")] == codes, values(text, "rating")
