"""Round 29B of the NLU extraction: a genre's or a format's words after a turning-down cue keep their kind's reading
over a title of the same words and an article ("The Stand-Up", "The Standups"): "not the stand up, one with a story"
rules stand-up out, never the film (names ``_names_a_kind`` in ``_turned_down_whole``); the actions read the title
when it was just shown (actions/shown_kind_titles.py). Phrasings are this module's own (the full catalog's
gazetteer, which holds both titles)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "not the stand up, one with a real story",
    "hmm not the standups",
    "nah not the stand-up please",
])
def test_the_kind_after_a_negation_is_ruled_out(values, text):
    assert values(text, "genre") == [("stand-up", "exclude")]


@pytest.mark.parametrize("text", [
    "not the stand up, one with a real story",
    "hmm not the standups",
])
def test_no_title_is_read_on_the_kinds_words(values, text):
    assert values(text, "title") == []


def test_a_title_of_its_own_words_is_still_turned_down(values):
    # a name that is no kind's words stays the title ("not the irishman")
    assert values("not the irishman, one with a real story", "title") == [("The Irishman", "exclude")]
