"""The free-text remainder of a request (the soft ``query``)."""

from __future__ import annotations

from actions.entities import Entity
from actions.query_text import residual_query


def test_only_entities_and_filler_leaves_no_query():
    text = "movies directed by Martin Scorsese"
    ents = [Entity("media_type", "movie", None, 0, 6), Entity("director", "Martin Scorsese", None, 19, 34)]
    assert residual_query(text, ents) is None
    assert residual_query("no romance either", [Entity("genre", "romance", "exclude", 0, 10)]) is None


def test_content_words_beyond_the_entities_are_the_query():
    assert residual_query("a heist movie set in paris", [Entity("genre", "crime", None, 2, 7)]) == "set paris"
