""""The ones with <person>" after a person's list narrows that list: the search's person stays and the new one is
added (actions/edits/person_edits.py ``find_person_edit``). "What about <person>" still swaps. Phrasings are this module's own."""

from __future__ import annotations

from planned_turns import after, at, planned


def test_the_ones_with_an_actor_after_a_directors_list_keeps_the_director() -> None:
    text = "just the ones with kajol"
    plan = planned(after(text, [at(text, "kajol", "actor", "Kajol")], "refine", directors=["Karan Johar"]))
    assert (plan.constraints.directors, plan.constraints.actors) == (["Karan Johar"], ["Kajol"]), plan.constraints


def test_what_about_another_person_still_swaps() -> None:
    text = "what about kajol"
    plan = planned(after(text, [at(text, "kajol", "actor", "Kajol")], "refine", directors=["Karan Johar"]))
    assert "Karan Johar" not in plan.constraints.directors, plan.constraints
