"""A like of a listed title with chatter around it asks for more like it (round 21, area s): "she loved the look of
number 3. like that", "my mum likes the second one, more of that sort" are a like-search anchored on that title
(actions/planning.listed_like_asking_for_more, routed whatever the label by actions/base), never its card nor a
search that lost the anchor."""

from __future__ import annotations

import pytest

from actions.base import _likes_a_listed_title
from actions.entities import Entity
from actions.planning import Plan, listed_like_asking_for_more, plan_recommendation
from actions.turn import Turn

ITEMS = [{"id": f"s{i}", "title": f"Title {i}", "type": "series", "year": 2010 + i} for i in range(1, 6)]


def said(text: str, phrase: str, value: str, intent: str = "ask_details") -> Turn:
    start = text.index(phrase)
    state = {"genres": ["crime"], "media_type": ["series"], "last_items": ITEMS, "shown_ids": [i["id"] for i in ITEMS]}
    return Turn(sender_id="t", text=text, intent=intent, slots=state,
                entities=[Entity("position", value, None, start, start + len(phrase))])


@pytest.mark.parametrize("text, phrase, value, intent", [
    ("my wife loved the look of number 3. like that", "number 3", "3", "feedback_undo"),
    ("he liked the 2nd one, just like that one please", "the 2nd one", "2", "ask_details"),
    ("she likes the second one, more of that sort", "the second one", "2", "ask_details"),
    ("the kids enjoyed the first one - like that", "the first one", "1", "feedback_like"),
])
def test_a_liked_listed_title_with_chatter_is_a_like_search(text, phrase, value, intent):
    turn = said(text, phrase, value, intent)
    ref = listed_like_asking_for_more(turn)
    assert ref is not None and ref.item_id == f"s{value}"
    assert _likes_a_listed_title(turn)
    plan = plan_recommendation(turn.__class__(**{**turn.__dict__, "intent": "more_like"}))
    assert isinstance(plan, Plan) and plan.constraints.similar_to == f"s{value}" and plan.liked_ids == [f"s{value}"]


@pytest.mark.parametrize("text, phrase, value", [
    ("what's the second one like?", "the second one", "2"),  # a question about it
    ("she liked the third one", "the third one", "3"),  # a like alone: recorded, no pivot
    ("the first one looks like that show we saw", "the first one", "1"),  # a remark
    ("didn't like the second one. like that? no", "the second one", "2"),  # not liked
])
def test_near_misses_are_no_like_search(text, phrase, value):
    assert listed_like_asking_for_more(said(text, phrase, value)) is None
