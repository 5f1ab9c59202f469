"""contract/praise.py: slang praise said right after a title (issue 10 round 21c, class 3). Phrasings are this module's
own."""

from __future__ import annotations

import pytest

from contract.praise import praise_after_title, slang_praise_after_title


@pytest.mark.parametrize("text", ["narcos was sick", "narcos is fire", "narcos was an absolute banger",
                                  "narcos was goated", "narcos is peak tbh", "narcos slapped fr",
                                  "narcos hits different", "narcos was lowkey elite ngl", "narcos was a vibe"])
def test_slang_praise_after_a_title_is_found(text):
    assert slang_praise_after_title(text, len("narcos")) == (len("narcos"), len(text))


@pytest.mark.parametrize("text", ["narcos was sick of it", "narcos was dark", "narcos was not fire",
                                  "narcos was boring", "narcos with fire"])
def test_other_words_after_a_title_are_no_praise(text):
    assert slang_praise_after_title(text, len("narcos")) is None


def test_the_measure_of_a_love_before_the_title_is_praise():
    text = "adored narcos to bits, more please"
    assert praise_after_title(text, 7, 13) == (13, 21)


def test_the_measure_without_a_love_before_is_no_praise():
    assert praise_after_title("narcos to death row stories", 0, 6) is None
