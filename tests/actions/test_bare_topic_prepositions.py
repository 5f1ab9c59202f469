"""A follow-up that is only a topic with its preposition ("about war", "of history, war") edits the active search: the
format and runtime stay (actions/edits/topics.py ``bare_topic_reply``). "something about dinosaurs" still opens a new search.
Phrasings are this module's own."""

from __future__ import annotations

import pytest

from planned_turns import after, planned


@pytest.mark.parametrize("text", ["about war", "of history, war", "on robots", "a heist one", "the spy ones"])
def test_a_topic_with_its_preposition_keeps_the_search(text):
    plan = planned(after(text, [], "request_recommendation", media_type=["movie"], min_minutes=151))
    assert plan.constraints.media_type == ["movie"] and plan.constraints.min_minutes == 151, plan.constraints


def test_a_topic_asked_for_as_a_request_opens_a_new_search():
    plan = planned(after("something about dinosaurs", [], "request_recommendation", media_type=["movie"],
                         min_minutes=151))
    assert plan.constraints.min_minutes is None


def test_a_title_pronoun_with_a_request_still_opens_a_new_search():
    plan = planned(after("show me a heist one", [], "request_recommendation", media_type=["movie"], min_minutes=151))
    assert plan.constraints.min_minutes is None
