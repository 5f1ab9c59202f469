"""A topic word with a digit ("f1") still asks for titles when the intent model is unsure (actions/fallback
.asks_for_a_topic reads words with digits). Phrasings are this module's own."""

from __future__ import annotations

import pytest

from actions.fallback import asks_for_a_topic


@pytest.mark.parametrize("text", ["f1 stuff", "any f1 docs?"])
def test_a_sport_written_with_a_digit_is_a_topic(text: str) -> None:
    assert asks_for_a_topic(text)


@pytest.mark.parametrize("text", ["my b2 visa", "asdf1 ok", "is it 2am already"])
def test_other_words_with_digits_ask_for_nothing(text: str) -> None:
    assert not asks_for_a_topic(text)
