"""How widely an edit holds is no query word (round 21, area s): "ok shorter ones in general then" searched the word
"general" (actions/query_text._EDIT_REACH)."""

from __future__ import annotations

import pytest

from actions.entities import Entity
from actions.query_text import residual_words


@pytest.mark.parametrize("text", ["ok shorter ones in general then", "older overall", "newer across the board pls"])
def test_the_reach_of_an_edit_is_no_query_word(text):
    words = residual_words(text, [])
    assert not {"general", "overall", "across", "board", "generally"} & set(words), words


def test_a_general_is_still_a_topic_word():
    text = "a film about a general in the war"
    assert "general" in residual_words(text, [Entity("media_type", "movie", None, 2, 6)])
