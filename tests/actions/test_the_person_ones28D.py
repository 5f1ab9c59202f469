"""Round 28D: "(only / just) the <person> ones / films / shows" after a person's list narrows that list to titles with
this person too, as "the ones with <person>" does (actions/edits/person_edits.py ``_narrows_to_person``); "what about <person>" still
swaps and a person said bare keeps its earlier reading. Phrasings are this module's own."""

from __future__ import annotations

from planned_turns import after, at, planned


def test_the_person_ones_after_an_actors_list_adds_the_actor() -> None:
    text = "just the harvey keitel ones"
    plan = planned(after(text, [at(text, "harvey keitel", "actor", "Harvey Keitel")], "refine",
                         actors=["Robert De Niro"]))
    assert plan.constraints.actors == ["Robert De Niro", "Harvey Keitel"], plan.constraints


def test_the_directors_films_after_an_actors_list_keeps_the_actor() -> None:
    text = "the martin scorsese films"
    plan = planned(after(text, [at(text, "martin scorsese", "director", "Martin Scorsese")], "refine",
                         actors=["Robert De Niro"]))
    assert (plan.constraints.actors, plan.constraints.directors) == (["Robert De Niro"], ["Martin Scorsese"]), \
        plan.constraints


def test_a_possessive_person_before_ones_narrows_too() -> None:
    text = "only the harvey keitel's ones"
    plan = planned(after(text, [at(text, "harvey keitel", "actor", "Harvey Keitel")], "refine",
                         actors=["Robert De Niro"]))
    assert "Robert De Niro" in plan.constraints.actors and "Harvey Keitel" in plan.constraints.actors, plan.constraints


def test_what_about_the_person_ones_still_swaps() -> None:
    text = "what about the harvey keitel ones"
    plan = planned(after(text, [at(text, "harvey keitel", "actor", "Harvey Keitel")], "refine",
                         actors=["Robert De Niro"]))
    assert "Robert De Niro" not in plan.constraints.actors, plan.constraints
