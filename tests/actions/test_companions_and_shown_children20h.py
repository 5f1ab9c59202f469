"""Round 20h, actions side: an elder relative named bare as the one who wants ("grandad would love …") is who
watches, never a keyword of the query (actions/query_text.py ``_ELDER_SUBJECT``)."""

from __future__ import annotations

import pytest

from actions.query_text import residual_query


@pytest.mark.parametrize("text", [
    "grandad would love to show the little ones some westerns",
    "nana really wants westerns tonight",
    "gramps is visiting, westerns please",
])
def test_a_bare_elder_subject_never_reaches_the_query(text):
    words = set((residual_query(text, []) or "").split())
    assert not words & {"grandad", "nana", "gramps"}, words


@pytest.mark.parametrize("text, word", [
    ("a documentary about a grandpa who builds boats", "grandpa"),   # near miss: the story's grandpa
    ("a comedy about an uncle who loves cars", "uncle"),
])
def test_an_elder_in_the_story_stays_in_the_query(text, word):
    assert word in (residual_query(text, []) or "").split()
