"""A kind someone else is over or has outgrown is ruled out (nlu/extraction/negation.py), round 21q.

"he's over anime" asked for anime: "over" was weariness only after the viewer's own state ("i'm over", "so over").
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "my boy's 12 and he's over anime",
    "she is over anime these days",
    "hes over anime, got anything else",
    "she's outgrown anime",
    "he has grown out of anime",
    "my daughter grew out of anime",
])
def test_a_kind_left_behind_is_ruled_out(values, text):
    assert ("anime", "exclude") in values(text, "genre"), values(text, "genre")


def test_im_over_split_in_two_is_weariness(values):
    assert values("im over anime", "genre") == [("anime", "exclude")]


# Near misses: "over" as a bound or a figure of speech rules nothing out.
@pytest.mark.parametrize("text, genres", [
    ("he is over the moon about anime", [("anime", None)]),
    ("the horror film is over the top", [("horror", None)]),
    ("he's over 14, a horror film", [("horror", None)]),
    ("it's over two hours, that comedy", [("comedy", None)]),
])
def test_over_as_no_weariness_rules_nothing_out(values, text, genres):
    assert values(text, "genre") == genres, values(text, "genre")
