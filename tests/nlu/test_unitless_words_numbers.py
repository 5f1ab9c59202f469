"""A runtime in words after a comparator, followed by a reply word ("below a hundred and ten then"), is the whole
number, not its first hundred (nlu/extraction/durations.py rule ``duration-unitless``). Phrasings are this module's own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, value", [
    ("ok under a hundred and twenty then", "-120"),
    ("below one hundred and five instead", "-105"),
    ("under 95 maybe", "-95"),
])
def test_the_whole_number_before_a_reply_word_is_the_bound(values, text, value):
    assert values(text, "duration") == [(value, None)]


def test_a_number_followed_by_other_words_is_no_runtime(values):
    assert values("under 100 people watched it", "duration") == []
