"""Dialogue round 17 (part E), the action side: 1. a new person named after a person's titles with "and" / "also" /
"what about" and no word of togetherness is the next person (replaced), "together" / "both" / "in the same" keeps both
(``edits.find_person_edit``, ``edits.asks_for_another_person``); 2. "more <role noun>s like him/her" drops the person,
keeps the rest and ranks like the person's titles (``edits.likes_the_person``, ``planning._plan_without_person``);
3. a topic that says the kind of title ("kung fu", "spy") asks for its genres beside a person too
(``planning._subject_genres``); 4. the story clauses of a run-on before a request clause with constraints of its own
give no query words (``query_text.query_clauses``). Sentences are this module's own; near-misses must not trigger."""

from __future__ import annotations

from typing import Optional

import pytest
from planned_turns import ITEMS, after, at, planned

from actions.edits.person_edits import asks_for_another_person, find_person_edit
from actions.edits.person_turn_downs import likes_the_person, turns_down_person
from actions.planning import Plan, plan_recommendation
from actions.query_text import residual_query
from actions.turn import Turn


def first(text: str, *spans: tuple, intent: str = "request_recommendation") -> Plan:
    """The plan of ``text`` as an opening message, its entities placed on ``spans`` ((phrase, name, value))."""
    plan = plan_recommendation(Turn("test", intent, text, [at(text, *s) for s in spans], {}))
    assert isinstance(plan, Plan), plan
    return plan


def person_turn(text: str, name: str, value: str, intent: str = "refine", **slots) -> Turn:
    return after(text, [at(text, name, "actor", value)], intent, **slots)


# -- 1. the next person, not both together ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["and the actress, rosa marin?", "and rosa marin, she was in it too",
                                  "also rosa marin", "ok and rosa marin", "what about rosa marin"])
def test_a_new_person_named_after_a_persons_titles_replaces_the_person(text: str) -> None:
    turn = person_turn(text, "rosa marin", "Rosa Marin", actors=["Tom Vale"])
    edit = find_person_edit(turn)
    assert edit is not None and not edit.added and edit.actors == ("Rosa Marin",), edit
    plan = planned(turn)
    assert plan.constraints.actors == ["Rosa Marin"], plan.constraints
    assert set(plan.exclude_ids) >= {i["id"] for i in ITEMS}, "fresh picks"


def test_the_next_person_keeps_the_rest_of_the_search() -> None:
    plan = planned(person_turn("and rosa marin?", "rosa marin", "Rosa Marin", actors=["Tom Vale"],
                               genres=["comedy"], media_type=["movie"]))
    assert plan.constraints.actors == ["Rosa Marin"] and plan.constraints.genres == ["comedy"], plan.constraints


@pytest.mark.parametrize("text", ["tom vale and rosa marin together", "rosa marin too, both of them in it",
                                  "ones where he's alongside rosa marin", "and rosa marin in the same film",
                                  "rosa marin as well"])
def test_words_of_togetherness_keep_both_people(text: str) -> None:
    named = [at(text, "rosa marin", "actor", "Rosa Marin")]
    if "tom vale" in text:
        named.append(at(text, "tom vale", "actor", "Tom Vale"))
    plan = planned(after(text, named, "refine", actors=["Tom Vale"]))
    assert plan.constraints.actors == ["Tom Vale", "Rosa Marin"], plan.constraints


def test_what_about_a_person_labelled_as_a_details_question_is_the_next_person() -> None:
    turn = person_turn("what about rosa marin", "rosa marin", "Rosa Marin", intent="ask_details", actors=["Tom Vale"])
    assert asks_for_another_person(turn)


def test_what_about_a_title_is_no_next_person() -> None:
    text = "what about the second one"
    turn = after(text, [at(text, "second", "position", "2")], "ask_details", actors=["Tom Vale"])
    assert not asks_for_another_person(turn)


def test_a_person_named_with_no_person_searched_is_no_next_person() -> None:
    turn = person_turn("and rosa marin?", "rosa marin", "Rosa Marin", genres=["comedy"])
    assert find_person_edit(turn) is None


# -- 2. more people like the one searched --------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["more comedians like her", "other directors like him", "actors like him",
                                  "some actresses similar to her", "someone like her"])
def test_others_like_the_person_turn_the_person_down(text: str) -> None:
    turn = after(text, [], "more_like", actors=["Tom Vale"], genres=["stand-up"])
    assert turns_down_person(turn) and likes_the_person(turn)


def test_more_comedians_like_her_keeps_the_genre_and_ranks_like_her_titles() -> None:
    text = "more comedians like her"
    turn = after(text, [at(text, "comedians", "genre", "stand-up")], "more_like", actors=["Tom Vale"],
                 genres=["stand-up"])
    plan = planned(turn)
    assert plan.constraints.actors == [] and plan.constraints.genres == ["stand-up"], plan.constraints
    assert plan.constraints.similar_to == ITEMS[0]["id"], "ranked like the person's titles shown"
    assert plan.exclude_people == (("Tom Vale",), ()), "the person's own titles stay out"
    assert set(plan.exclude_ids) >= {i["id"] for i in ITEMS}


@pytest.mark.parametrize("text", ["i like him", "more like the second one", "movies like that", "he looks like her"])
def test_a_like_without_a_person_noun_is_no_turn_down(text: str) -> None:
    assert not likes_the_person(after(text, [], "more_like", actors=["Tom Vale"]))


# -- 3. a topic genre beside a person ------------------------------------------------------------------------------

def test_a_kind_of_title_beside_a_person_asks_for_its_genre() -> None:
    text = "tom vale kung fu movies"
    plan = first(text, ("tom vale", "actor", "Tom Vale"), ("movies", "media_type", "movie"))
    assert plan.constraints.actors == ["Tom Vale"] and plan.constraints.any_genres == ["action"], plan.constraints
    assert plan.unless_empty is not None and plan.unless_empty.any_genres == [], "none of that kind: the person's titles"


def test_a_spy_topic_beside_a_person_asks_for_thrillers_or_action() -> None:
    text = "tom vale spy films"
    plan = first(text, ("tom vale", "actor", "Tom Vale"), ("films", "media_type", "movie"))
    assert plan.constraints.any_genres == ["thriller", "action"], plan.constraints


def test_a_person_with_a_genre_named_gets_no_topic_genre() -> None:
    text = "tom vale comedies about spies"
    plan = first(text, ("tom vale", "actor", "Tom Vale"), ("comedies", "genre", "comedy"))
    assert plan.constraints.genres == ["comedy"] and plan.constraints.any_genres == [], plan.constraints


def test_a_person_with_an_ordinary_topic_gets_no_genre() -> None:
    text = "tom vale movies about cooking"
    plan = first(text, ("tom vale", "actor", "Tom Vale"), ("movies", "media_type", "movie"))
    assert plan.constraints.any_genres == [] and plan.unless_empty is None, plan.constraints


# -- 4. story clauses before a request clause --------------------------------------------------------------------

def _q(text: str, *spans: tuple) -> Optional[str]:
    return residual_query(text, [at(text, *s) for s in spans])


def test_story_clauses_before_a_question_with_its_own_constraint_give_no_query() -> None:
    text = "moved cities last spring, started a new job, barely sleeping at night, what are some comedies from the 90s"
    assert _q(text, ("comedies", "genre", "comedy"), ("from the 90s", "year", "1990-1999")) is None


@pytest.mark.parametrize("ask", ["any westerns", "got any westerns", "can you find me a western", "so which westerns"])
def test_every_request_opener_ends_the_story(ask: str) -> None:
    text = f"the car broke down again, my landlord raised the rent, work was chaos, {ask}"
    assert _q(text, ("western", "genre", "western")) is None


def test_a_story_clause_topic_after_the_request_still_counts() -> None:
    text = "the car broke down again, my landlord raised the rent, any documentaries, ideally about trains"
    assert _q(text, ("documentaries", "genre", "documentary")) == "trains"


def test_a_request_clause_without_a_constraint_keeps_the_story() -> None:
    text = "my nephew adores volcanoes and dinosaurs, he turns six soon, what are some good ones"
    assert "volcanoes" in (_q(text, ("he turns six", "audience", "kids")) or ""), "the story is the request"


def test_a_list_of_wishes_stays_the_query() -> None:
    text = "cozy, gentle, scottish"
    assert _q(text, ("scottish", "country", "United Kingdom")) == "cozy gentle"


def test_an_audience_in_a_story_clause_still_counts() -> None:
    text = "long week at the office, my two boys are staying over, got any comedies from the last few years"
    plan = first(text, ("my two boys", "audience", "family"), ("comedies", "genre", "comedy"),
                 ("from the last few years", "year", "recent"))
    assert plan.constraints.audience == "family" and plan.constraints.query is None, plan.constraints


def test_entities_typed_are_unchanged_by_the_story_rule() -> None:
    text = "something gripping, not over two hours, any thrillers"
    plan = first(text, ("not over two hours", "duration", "-120"),
                 ("thrillers", "genre", "thriller"))
    assert plan.constraints.max_minutes == 120 and plan.constraints.genres == ["thriller"], plan.constraints
