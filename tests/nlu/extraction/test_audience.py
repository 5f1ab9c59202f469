"""Who is watching (nlu/extraction/audience.py): audience words and a child's age.

Its phrases are rows of cases/audience.tsv (run by test_extractor.py); the tests here each name one behaviour.
"""

from __future__ import annotations


def test_family_movies_is_the_family_genre(values):
    assert values("family movies", "genre") == [("family", None)]
    assert values("family movies", "audience") == []
