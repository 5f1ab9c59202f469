"""Issue 10, fifth round, class 2: people as edits of the search. "What about <person>" / "any with <person>
instead" / "and <person>" replaces the person, "<person> too" adds one, "anything by <person>" after a genre
keeps the genre, "not by him" / "someone else" leaves the person (and their titles) out and keeps the rest;
every answer shows fresh picks."""

from __future__ import annotations

from planned_turns import ITEMS, after, at, planned

from actions.edits.person_edits import find_person_edit
from actions.edits.person_turn_downs import turns_down_person
from actions.edits.routing import carries_search_words


def test_what_about_another_person_replaces_the_person_and_keeps_the_format():
    text = "ok what about seth rogen"
    plan = planned(after(text, [at(text, "seth rogen", "actor", "Seth Rogen")], "request_recommendation",
                         actors=["Robert De Niro"], media_type=["movie"]))
    assert plan.constraints.actors == ["Seth Rogen"] and plan.constraints.media_type == ["movie"]
    assert set(plan.exclude_ids) >= {i["id"] for i in ITEMS}, "fresh picks"


def test_any_with_another_person_instead_replaces_the_person():
    text = "got any with andy samberg instead"
    plan = planned(after(text, [at(text, "andy samberg", "actor", "Andy Samberg")], "something_else",
                         actors=["Seth Rogen"], media_type=["movie"], genres=["comedy"]))
    assert plan.constraints.actors == ["Andy Samberg"]
    assert plan.constraints.media_type == ["movie"] and plan.constraints.genres == ["comedy"]


def test_a_person_too_is_added_to_the_person_searched():
    text = "harvey keitel as well"
    plan = planned(after(text, [at(text, "harvey keitel", "actor", "Harvey Keitel")], "request_recommendation",
                         actors=["Robert De Niro"], media_type=["movie"]))
    assert plan.constraints.actors == ["Robert De Niro", "Harvey Keitel"]
    text = "harvey keitel too, in the same films"
    plan = planned(after(text, [at(text, "harvey keitel", "actor", "Harvey Keitel")], "refine",
                         actors=["Robert De Niro"]))
    assert plan.constraints.actors == ["Robert De Niro", "Harvey Keitel"]
    text = "only the ones where he's with harvey keitel"
    plan = planned(after(text, [at(text, "harvey keitel", "actor", "Harvey Keitel")], "refine",
                         actors=["Robert De Niro"]))
    assert plan.constraints.actors == ["Robert De Niro", "Harvey Keitel"]
    text = "the ones where hes with harvey keitel"  # typed without the apostrophe
    plan = planned(after(text, [at(text, "harvey keitel", "actor", "Harvey Keitel")], "refine",
                         actors=["Robert De Niro"]))
    assert plan.constraints.actors == ["Robert De Niro", "Harvey Keitel"]


def test_anything_by_a_person_after_a_genre_keeps_the_genre():
    text = "anything by martin scorsese"
    plan = planned(after(text, [at(text, "martin scorsese", "director", "Martin Scorsese")], "request_recommendation",
                         genres=["crime"], media_type=["movie"]))
    assert plan.constraints.directors == ["Martin Scorsese"] and plan.constraints.genres == ["crime"]


def test_a_filmography_question_is_still_a_pivot_to_the_person():
    text = "what else has seth rogen been in"
    t = after(text, [at(text, "seth rogen", "actor", "Seth Rogen")], "request_recommendation", genres=["horror"])
    assert find_person_edit(t) is None
    assert planned(t).constraints.genres == []


def test_not_by_him_leaves_the_person_and_their_titles_out_and_keeps_the_rest():
    text = "more along those lines but not by him"
    t = after(text, [], "something_else", directors=["Martin Scorsese"], media_type=["movie"])
    assert turns_down_person(t) and carries_search_words(t)
    plan = planned(t)
    assert plan.constraints.directors == [] and plan.constraints.media_type == ["movie"]
    assert plan.exclude_people == ((), ("Martin Scorsese",))
    assert plan.constraints.similar_to == "s1", "the person was the whole subject: like the list's first pick"
    assert set(plan.exclude_ids) >= {i["id"] for i in ITEMS}


def test_someone_else_keeps_the_genre_without_an_anchor():
    plan = planned(after("hmm someone else", [], "refine", actors=["Seth Rogen"], genres=["comedy"]))
    assert plan.constraints.actors == [] and plan.constraints.genres == ["comedy"]
    assert plan.constraints.similar_to is None and plan.exclude_people == (("Seth Rogen",), ())


def test_with_him_is_not_a_refusal():
    assert not turns_down_person(after("anything else with him", [], "refine", actors=["Seth Rogen"]))
