"""A long message whose request sentence refers back to the sentence before it (actions/query_text.py
``_REFERS_BACK``): the kind named there is part of the request, so neither its entities nor its topic are dropped."""

from __future__ import annotations

import pytest

from actions.entities import Entity
from actions.query_text import request_entities, request_span

STORY = ("Since I retired the evenings have got long and quiet around here. Growing up I adored the big "
         "technicolor musicals with the tap dancing. {ask}")


@pytest.mark.parametrize("ask", ["Do you have something of that sort from the fifties?",
                                 "Any of those from the 1950s maybe?",
                                 "Could you find me some more like those, from the fifties?"])
def test_the_sentence_referred_back_to_is_in_the_request(ask):
    text = STORY.format(ask=ask)
    start, _ = request_span(text)
    assert text.index("Growing up") >= start and "musicals" in text[start:]


def test_its_genre_counts_beside_the_era():
    text = STORY.format(ask="Do you have something of that sort from the fifties?")
    genre = Entity("genre", "music", None, text.index("musicals"), text.index("musicals") + 8)
    year = Entity("year", "1950-1959", None, text.index("the fifties"), text.index("the fifties") + 11)
    assert genre in request_entities(text, [genre, year])


def test_a_request_that_refers_to_nothing_keeps_only_itself():
    """Near miss: "any good thrillers?" after the story does not reach back to the musicals."""
    text = STORY.format(ask="Any good thrillers from the fifties?")
    start, _ = request_span(text)
    assert "musicals" not in text[start:]


def test_like_that_after_a_wish_word_only():
    """Near miss: "… under an hour like that?" is no reference to the story before it."""
    text = "we had a really long week at work and the kids are finally asleep. anything funny under an hour like that?"
    assert text[request_span(text)[0]:].strip().startswith("anything")


def test_similar_to_a_named_title_does_not_reach_back():
    """'anything similar to <title>' names its object: the story before it (a genre the viewer hates) stays out."""
    text = ("My partner puts on slashers every single evening and I can't stand them, they keep me awake. "
            "Anything similar to Fargo for me tonight please?")
    start, _ = request_span(text)
    assert text[start:].strip().startswith("Anything similar")


@pytest.mark.parametrize("ask", ["Anything similar?", "Got something similar from the fifties?"])
def test_similar_with_no_object_still_reaches_back(ask):
    """Near miss: 'anything similar' alone points at the sentence before it."""
    text = STORY.format(ask=ask)
    start, _ = request_span(text)
    assert "musicals" in text[start:]
