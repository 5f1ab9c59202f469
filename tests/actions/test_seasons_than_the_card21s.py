""""More seasons than that" after a listed title's card is past that title's own count (round 21, area s): after the
card of a 3-season series the search asks for 4 seasons or more, never the list's median; "more seasons than those"
still compares with the list (actions/cues.season_comparison_items)."""

from __future__ import annotations

from actions.entities import Entity
from actions.planning import Plan, plan_recommendation
from actions.turn import Turn

SEASONS = [3, 1, 3, 1, 1]
ITEMS = [{"id": f"s{i}", "title": f"T{i}", "type": "series", "year": 2019, "seasons": n}
         for i, n in enumerate(SEASONS, start=1)]


def turn(text: str, focused: str | None) -> Turn:
    slots = {"genres": ["crime"], "media_type": ["series"], "last_items": ITEMS, "shown_ids": [i["id"] for i in ITEMS],
             "focused_id": focused}
    return Turn(sender_id="t", text=text, intent="refine", entities=[], slots=slots)


def test_more_seasons_than_that_after_a_card_is_past_its_count():
    plan = plan_recommendation(turn("actually something with more seasons than that", "s1"))
    assert isinstance(plan, Plan) and plan.constraints.min_seasons == 4 and plan.constraints.genres == ["crime"]


def test_fewer_seasons_than_this_one_is_under_its_count():
    plan = plan_recommendation(turn("fewer seasons than this one", "s3"))
    assert isinstance(plan, Plan) and plan.constraints.max_seasons == 2


def test_more_seasons_than_those_compares_with_the_list():
    plan = plan_recommendation(turn("more seasons than those", "s1"))
    assert isinstance(plan, Plan) and plan.constraints.min_seasons == 2


def test_more_seasons_without_a_card_compares_with_the_list():
    plan = plan_recommendation(turn("actually something with more seasons than that", None))
    assert isinstance(plan, Plan) and plan.constraints.min_seasons == 2
