"""Round 29C, the actions' side: discourse markers of several words never reach the free-text query
(contract.words ``DISCOURSE_MARKER_PATTERN``, actions/query_text.py), and a lone word no vocabulary holds, close to a
catalog title's name, asked about in an availability question is said missing with the close names
(actions/edits/asked_titles.py ``missing_title_words``) rather than taken for a question outside the bot's reach. Pure: no
recommender, no Rasa. Phrasings are this module's own.
"""

from __future__ import annotations

import pytest

from actions.edits.asked_titles import missing_title_words
from actions.query_text import residual_query
from actions.turn import Turn
from contract.words import discourse_marker_spans

# -- discourse markers ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, marker", [
    ("either way, a zombie film", "either way"),
    ("oh and by the way, pirate adventures", "by the way"),
    ("in any case, something about dragons", "in any case"),
    ("all the same i'd like a heist story", "all the same"),
    ("at any rate, vampires", "at any rate"),
    ("that said, a robot story maybe", "that said"),
    ("no way, pirates again?", "no way"),
])
def test_a_discourse_marker_is_found_whole(text, marker):
    spans = discourse_marker_spans(text)
    assert [text[s:e].lower() for s, e in spans] == [marker]


@pytest.mark.parametrize("text, query", [
    ("either way, a zombie film", "zombie"),
    ("by the way, something about pirates", "pirates"),
    ("in any case, dragons", "dragons"),
    ("any way you like, robots", "robots"),
    ("at any rate, vampires", "vampires"),
])
def test_a_discourse_marker_leaves_no_word_in_the_query(text, query):
    assert residual_query(text, []) == query


def test_the_way_as_a_topic_stays():
    assert "way" in (residual_query("a film about the way of the warrior", []) or "")


def test_a_marker_alone_leaves_no_query():
    assert residual_query("either way", []) is None


# -- a lone unknown word asked about ------------------------------------------------------------------------------------


def _asked(text: str) -> Turn:
    return Turn("test", "out_of_scope", text, [], {})


def test_a_lone_word_close_to_a_catalog_title_is_said_missing(fixture_gazetteer):
    assert missing_title_words(_asked("do you have castlevaniaa")) == "castlevaniaa"


def test_an_everyday_thing_asked_for_is_no_title(fixture_gazetteer):
    assert missing_title_words(_asked("do you have popcorn")) is None


def test_a_made_up_word_close_to_no_title_is_no_title(fixture_gazetteer):
    assert missing_title_words(_asked("got qzxvbnm?")) is None
