"""Genre words, their synonyms and combined readings (nlu/extraction/genres.py, contracts §5).

Its phrases are rows of cases/genres.tsv (run by test_extractor.py); the tests here each name one behaviour.
"""

from __future__ import annotations

from nlu_cases import Ent


def test_scary_movies_is_horror_plus_movie(ents):
    assert ents("scary movies") == [Ent("scary", "genre", "horror"), Ent("movies", "media_type", "movie")]


def test_funny_shows_is_comedy_plus_series(ents):
    assert ents("funny shows") == [Ent("funny", "genre", "comedy"), Ent("shows", "media_type", "series")]


def test_nostalgia_with_an_era_is_the_era_not_classics(values):
    assert values("feeling nostalgic for 90s sitcoms", "genre") == [("comedy", None)]
