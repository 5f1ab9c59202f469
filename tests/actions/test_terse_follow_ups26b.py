"""Round 26b: terse follow-ups after a list, on the pure planner and its helpers (phrasings are this module's own).

1. A holiday, season or subject the vocabulary knows, said alone while a search is active, is an edit of it whatever
   the label ("xmas" → the topic christmas, the search kept): edits.vocabulary_topic_alone, query_text.query_spelling;
   a lone word the vocabulary does not know ("wow") is left to the intent.
2. A likeness cue right before a position of the list ("like #4", "sth like the 2nd one") asks for titles like that
   listed title whatever the label (actions/like_positions.py); a choice ("i'd like the second one") or a question
   about a title is none.
"""

from __future__ import annotations

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from actions.edits.routing import carries_search_words  # noqa: E402
from actions.edits.topics import vocabulary_topic_alone  # noqa: E402
from actions.like_positions import likeness_of_a_listed_position  # noqa: E402
from actions.query_text import residual_query  # noqa: E402
from planned_turns import after, at, planned  # noqa: E402

KIDS = {"genres": ["kids"], "audience": "family", "media_type": ["movie"]}


# -- 1. a topic word alone ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["xmas", "xmas?", "winter ones", "hmm xmas maybe"])
def test_a_vocabulary_topic_alone_is_an_edit(text):
    turn = after(text, [], intent="nlu_fallback", **KIDS)
    assert vocabulary_topic_alone(turn) and carries_search_words(turn, need_active=True), text


def test_xmas_is_searched_as_the_catalog_spells_it():
    got = planned(after("xmas", [], intent="nlu_fallback", **KIDS)).constraints
    assert got.query == "christmas" and got.genres == ["kids"] and got.audience == "family", got
    assert residual_query("xmas films for the kids", []) is not None


@pytest.mark.parametrize("text", ["wow", "lol", "nah"])
def test_a_lone_word_the_vocabulary_does_not_know_is_no_topic(text):
    assert not vocabulary_topic_alone(after(text, [], intent="nlu_fallback", **KIDS)), text


def test_with_no_search_a_holiday_alone_is_no_edit():
    turn = after("xmas", [], intent="nlu_fallback", items=[])
    assert not vocabulary_topic_alone(turn) or not carries_search_words(turn, need_active=True)


# -- 2. a likeness cue before a position ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase, value", [
    ("like #4", "#4", "4"),
    ("sth like the 2nd one", "the 2nd one", "2"),
    ("similar to number 5 pls", "number 5", "5"),
    ("ones like 3rd", "3rd", "3"),
])
def test_a_likeness_cue_before_a_position_asks_for_titles_like_it(text, phrase, value):
    turn = after(text, [at(text, phrase, "position", value)], intent="ask_details", genres=["comedy"])
    got = likeness_of_a_listed_position(turn)
    assert got is not None and got.value == value, text
    plan = planned(after(text, [at(text, phrase, "position", value)], intent="more_like", genres=["comedy"]))
    assert plan.constraints.similar_to == f"s{value}", plan.constraints


@pytest.mark.parametrize("text, phrase", [
    ("i'd like the second one", "the second one"),
    ("is the 2nd like the first?", "the 2nd"),
    ("like the 3rd one but way shorter", "the 3rd one"),
])
def test_a_choice_or_a_question_is_no_likeness_request(text, phrase):
    turn = after(text, [at(text, phrase, "position", "2")], intent="ask_details", genres=["comedy"])
    assert likeness_of_a_listed_position(turn) is None, text


def test_no_list_no_likeness_of_a_position():
    text = "like #2"
    assert likeness_of_a_listed_position(after(text, [at(text, "#2", "position", "2")], items=[])) is None
