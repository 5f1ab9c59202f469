"""Round 30: a follow-up asking only that the people of the titles be women (or men) is an edit of the search shown:
its words join the search as a topic that ranks, the genre and format stay (``edits.wishes_for_performers_gender``;
the catalog records no gender, so it never filters). Phrasings are this module's own."""

from __future__ import annotations

import pytest

from actions.edits.routing import carries_search_words
from actions.edits.topics import wishes_for_performers_gender
from planned_turns import after, planned


@pytest.mark.parametrize("text", ["only women please", "a lady comedian maybe?", "got any with a female lead",
                                  "male directors then"])
def test_a_gender_wish_alone_is_read(text):
    assert wishes_for_performers_gender(after(text, [], intent="thanks", genres=["stand-up"]))


@pytest.mark.parametrize("text", ["a film about women in science", "thanks, that's all", "great picks"])
def test_other_words_beside_it_or_none_are_no_gender_wish(text):
    assert not wishes_for_performers_gender(after(text, [], intent="thanks", genres=["stand-up"]))


def test_the_wish_belongs_on_the_recommendation_path_whatever_the_label():
    assert carries_search_words(after("someone female would be nice", [], intent="nlu_fallback", genres=["stand-up"]),
                                need_active=True)


def test_the_search_shown_stays_and_the_wish_ranks():
    plan = planned(after("any with a woman lead?", [], intent="request_recommendation", genres=["thriller"]))
    assert plan.constraints.genres == ["thriller"]
    assert "woman" in (plan.constraints.query or "")
