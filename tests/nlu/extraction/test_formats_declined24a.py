"""Round 24a, class 3: a format declined as a reason ("not starting a show", "no time for episodes") is ruled out, so
the other format named is the one asked for (nlu/extraction/media.py ``_declined``). Phrasings are this module's own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, wanted, declined", [
    ("a film tonight please, we're not starting a new series", "movie", "series"),
    ("something from japan, a movie, i don't have time for 10 episodes", "movie", "series"),
    ("a series please, no energy for a long film", "series", "movie"),
])
def test_the_format_declined_in_a_reason_leaves_the_other(values, text, wanted, declined):
    assert values(text, "media_type") == [(wanted, None), (declined, "exclude")], values(text, "media_type")


def test_a_length_inside_the_declined_format_is_no_runtime(values):
    assert values("a series please, no energy for a long film", "duration") == []


def test_a_format_declined_alone_is_ruled_out(values):
    assert values("we can't get into a whole show right now", "media_type") == [("series", "exclude")]


@pytest.mark.parametrize("text", ["not sure, a series maybe?", "i don't mind a show", "a movie or a show, either"])
def test_near_miss_a_format_weighed_or_either_is_not_declined(values, text):
    assert all(role is None for _, role in values(text, "media_type")), values(text, "media_type")
