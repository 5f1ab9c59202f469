"""Media-type words: movie, series, special (nlu/extraction/media.py, contracts §5).

Its phrases are rows of cases/media.tsv (run by test_extractor.py); the tests here each name one behaviour.
"""

from __future__ import annotations


def test_documentary_is_a_genre_not_a_media_type(values):
    assert values("a documentary", "genre") == [("documentary", None)]
    assert values("a documentary", "media_type") == []


def test_something_special_is_not_a_media_type(values):
    assert values("something special tonight", "media_type") == []
