"""One constraint dropped in casual words (round 21, area s): "whatever she's in then" after nothing matched a person
and a genre keeps the person and drops the genre; "it doesn't have to be that new" drops the year bound, never
reading "new" as a wish for recent titles (actions/edits.find_removals)."""

from __future__ import annotations

import pytest

from actions.edits.removals import find_removals
from actions.planning import Plan, plan_recommendation
from actions.turn import Turn
from contract.constraints import Constraints

ITEMS = [{"id": f"s{i}", "title": f"Title {i}", "type": "movie", "year": 2018 + i} for i in range(1, 4)]


def turn(text: str, **slots) -> Turn:
    return Turn(sender_id="t", text=text, intent="refine", entities=[], slots={"last_items": ITEMS, **slots})


@pytest.mark.parametrize("text", ["ok whatever hes in then", "fine, anything she's done", "any films he made then",
                                  "whatever they were in is fine"])
def test_whatever_the_person_is_in_drops_the_genre(text):
    state = Constraints(genres=["horror"], actors=["Robert De Niro"])
    assert find_removals(text, [], state).groups == frozenset({"genre"})
    plan = plan_recommendation(turn(text, genres=["horror"], actors=["Robert De Niro"]))
    assert isinstance(plan, Plan) and not plan.constraints.genres and plan.constraints.actors == ["Robert De Niro"]


def test_whatever_without_a_person_in_the_search_drops_nothing():
    assert not find_removals("whatever he's in", [], Constraints(genres=["horror"])).groups


@pytest.mark.parametrize("text, group", [("nothing? ok it doesnt have to be that new", "year"),
                                         ("needn't be so recent", "year"),
                                         ("they don't need to be that long", "runtime")])
def test_need_not_be_that_drops_the_bound(text, group):
    assert find_removals(text, [], Constraints(year_min=2021, max_minutes=90)).groups == frozenset({group})


def test_need_not_be_that_new_keeps_the_rest_and_reads_no_recency():
    plan = plan_recommendation(turn("nothing? fine it doesn't have to be that new", genres=["drama"], year_min=2021,
                                    year_max=2021))
    assert isinstance(plan, Plan) and plan.constraints.genres == ["drama"]
    assert plan.constraints.year_min is None and plan.constraints.year_max is None
    assert not plan.constraints.recent_years and not plan.constraints.older_than_years


@pytest.mark.parametrize("text", ["it has to be new", "that new one looks good", "does it have to be that long?"])
def test_near_misses_drop_no_year(text):
    assert "year" not in find_removals(text, [], Constraints(year_min=2021)).groups


@pytest.mark.parametrize("text", ["hmm is he in a series", "has she done any films?", "was he ever in an anime"])
def test_asking_whether_the_person_has_a_kind_drops_the_genre(text):
    state = Constraints(genres=["horror"], actors=["Robert De Niro"])
    assert find_removals(text, [], state).groups == frozenset({"genre"})


def test_asking_about_the_person_without_a_kind_drops_nothing():
    assert not find_removals("is he funny", [], Constraints(genres=["horror"], actors=["Robert De Niro"])).groups


@pytest.mark.parametrize("text", ["ok any german series then, doesnt matter what", "whatever sort, just german"])
def test_doesnt_matter_what_drops_the_genre(text):
    assert find_removals(text, [], Constraints(genres=["crime"], countries=["Germany"])).groups == frozenset({"genre"})


@pytest.mark.parametrize("text", ["whatever kind of comedy", "it doesn't matter what she thinks"])
def test_near_misses_keep_the_genre(text):
    assert "genre" not in find_removals(text, [], Constraints(genres=["crime"])).groups
