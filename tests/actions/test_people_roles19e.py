"""Round 19e, the action side: a person's role narrowed by pronoun (actions/edits.role_switch, planning._plan_person).

After a search holding one person, "the ones he's in" keeps them as cast only and "only the ones she directed" as
director only — whichever role (or both, or "either") the search held them in; with several people, nothing is
switched, and words that are no role ("the mood he's in") switch nothing."""

from __future__ import annotations

import pytest
from planned_turns import after, planned

from actions.edits.person_roles import role_switch


@pytest.mark.parametrize("text", ["only the ones he's in", "just ones she is in please"])
def test_the_ones_he_is_in_after_his_directing_is_the_cast(text) -> None:
    turn = after(text, [], "refine", directors=["Bo Burnham"], media_type=["movie"])
    assert role_switch(turn) == "actor"
    c = planned(turn).constraints
    assert c.actors == ["Bo Burnham"] and not c.directors, c


def test_the_ones_he_directed_narrows_a_person_held_in_both_roles() -> None:
    turn = after("only the ones he directed", [], "refine", actors=["Bo Burnham"], directors=["Bo Burnham"])
    assert role_switch(turn) == "director"
    c = planned(turn).constraints
    assert c.directors == ["Bo Burnham"] and not c.actors, c


def test_the_ones_he_directed_confirms_a_directors_search() -> None:
    turn = after("ok just the ones he directed", [], "refine", directors=["Bo Burnham"])
    assert role_switch(turn) == "director"
    assert planned(turn).constraints.directors == ["Bo Burnham"]


@pytest.mark.parametrize("text, people", [
    ("whatever mood he's in", {"directors": ["Bo Burnham"]}),
    ("the ones he directed", {"actors": ["Seth Rogen"], "directors": ["Bo Burnham"]}),
])
def test_no_role_words_or_several_people_switch_nothing(text, people) -> None:
    assert role_switch(after(text, [], "refine", **people)) is None
