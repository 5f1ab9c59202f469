"""A dislike said in the past ("hated", "disliked", "loathed", "detested") rules out what it names, as the present
does ("hates"): a second title in a like-request is left out, a genre is turned down (nlu/extraction/negation.py
CUES). Phrasings are this module's own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "my sister adored ozark and detested breaking bad, so something like ozark",
    "loved ozark, hated breaking bad. more like ozark",
])
def test_a_title_disliked_in_the_past_is_left_out_of_the_like_search(values, text):
    assert sorted(values(text, "title")) == [("Breaking Bad", "exclude"), ("Ozark", "similar")]


@pytest.mark.parametrize("text, genre", [("we disliked the horror ones last time", "horror"),
                                         ("my dad loathed musicals, sadly", "music")])
def test_a_genre_disliked_in_the_past_is_turned_down(values, text, genre):
    assert (genre, "exclude") in values(text, "genre")


def test_a_dislike_of_something_else_leaves_the_genre_wanted(values):
    assert values("a comedy please, i hated my day", "genre") == [("comedy", None)]
