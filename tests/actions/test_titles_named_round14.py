"""Titles named in free text, the actions' side (issue 10 round 14, C2): titles said as seen are left out for good
(``feedback.titles_left_out``, and are the anchors when nothing else is asked: ``feedback.like_the_seen``); a maker
asked for beside a "like" title is a preference relaxed honestly (``made_by.prefer_the_makers``); "skip the <word>
ones" turns down every title with the word in its name (``title_words``, ``planning._plan_without_named_titles``).
Phrasings are this module's own; titles from tests/fixtures/netflix_small.csv."""

from __future__ import annotations


import pytest
from planned_turns import after, at, planned

from actions.entities import EXCLUDE, SIMILAR, Entity
from actions.feedback import like_the_seen, titles_left_out
from actions.made_by import prefer_the_makers
from actions.planning import Plan
from actions.title_words import titles_turned_down_by_name
from actions.turn import Turn
from contract.constraints import Constraints

SINGHAM_IDS = {"s862", "s2237", "s2293", "s3226", "s7319"}  # every "Little Singham" title of the fixture
SHOWN = [{"id": "s2293", "title": "Little Singham", "type": "series"},
         {"id": "s3226", "title": "Little Singham: Mahabali", "type": "movie"},
         {"id": "s5302", "title": "LEGO Elves: Secrets of Elvendale", "type": "series"},
         {"id": "s2328", "title": "Dark", "type": "series"}]


# -- titles said as seen ----------------------------------------------------------------------------------------------

def _seen_turn(text: str, entities: list[Entity]) -> Turn:
    return Turn("test", "request_recommendation", text, entities, {})


def test_titles_said_seen_are_left_out_by_id(fixture_gazetteer: None) -> None:
    text = "shows like ozark? watched dark and sherlock already"
    turn = _seen_turn(text, [at(text, "ozark", "title", "Ozark", SIMILAR), at(text, "watched dark", "title", "Dark",
                             EXCLUDE), at(text, "sherlock already", "title", "Sherlock", EXCLUDE)])
    assert titles_left_out(turn) == ["s2328", "s8003"]
    plan = planned(turn)
    like_the_seen(plan, turn)  # a like anchor of its own: the seen titles are only left out
    assert plan.constraints.similar_title == "Ozark" and plan.like_ids == []


def test_titles_said_seen_with_nothing_else_are_the_anchors(fixture_gazetteer: None) -> None:
    text = "already watched dark and sherlock"
    turn = _seen_turn(text, [at(text, "already watched dark", "title", "Dark", EXCLUDE),
                             at(text, "sherlock", "title", "Sherlock", EXCLUDE)])
    plan = Plan(Constraints(), diverse=True)
    like_the_seen(plan, turn)
    assert plan.constraints.similar_to == "s2328" and plan.constraints.similar_title == "Dark and Sherlock"
    assert plan.like_ids == ["s2328", "s8003"] and not plan.diverse


def test_a_search_of_its_own_keeps_its_reading(fixture_gazetteer: None) -> None:
    text = "crime shows? seen ozark already"
    turn = _seen_turn(text, [at(text, "crime", "genre", "crime"), at(text, "seen ozark already", "title", "Ozark",
                                                                      EXCLUDE)])
    plan = Plan(Constraints(genres=["crime"]))
    like_the_seen(plan, turn)
    assert plan.constraints == Constraints(genres=["crime"])


# -- the maker of a "like" title --------------------------------------------------------------------------------------

def test_the_makers_of_the_like_title_are_a_preference() -> None:
    state = Constraints(similar_to="s3228", similar_title="The Irishman", directors=["Martin Scorsese"], genres=["drama"])
    plan = Plan(state, note="The Irishman was directed by Martin Scorsese — here's more of their work.")
    prefer_the_makers(plan, {"The Irishman": ["Martin Scorsese"]})
    assert plan.unless_empty == Constraints(similar_to="s3228", similar_title="The Irishman", genres=["drama"])
    assert plan.empty_note is not None and "nothing else by Martin Scorsese" in plan.empty_note
    assert plan.note is not None and plan.note.count("Martin Scorsese") == 1 and "closest" in plan.note


def test_a_maker_named_through_another_title_stays_required() -> None:
    state = Constraints(similar_to="s2768", similar_title="Ozark", directors=["Martin Scorsese"])
    plan = Plan(state)
    prefer_the_makers(plan, {"The Irishman": ["Martin Scorsese"]})  # "like ozark, by whoever made the irishman"
    assert plan.unless_empty is None and plan.empty_note is None


# -- "skip the <word> ones" -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["skip the singham ones", "none of the singham movies please",
                                  "no more singham", "can you drop all the little singham stuff"])
def test_a_word_of_shown_titles_turns_them_all_down(fixture_gazetteer: None, text: str) -> None:
    found = titles_turned_down_by_name(after(text, [], "feedback_dislike", items=SHOWN))
    assert found is not None and set(found.item_ids) == SINGHAM_IDS, found
    assert found.words[-1] == "Singham"


@pytest.mark.parametrize("text,entities", [
    ("skip the animated ones", [("animated", "genre", "animation")]),  # a constraint of its own
    ("none of the horror movies", [("horror", "genre", "horror")]),
    ("skip the other ones", []),                                        # pointing words
    ("none of the batman movies", []),                                  # no title shown has the word
    ("not those ones", []),
    ("skip the long ones", []),
])
def test_near_misses_turn_down_no_title_by_name(fixture_gazetteer: None, text: str, entities: list) -> None:
    turn = after(text, [at(text, p, n, v) for p, n, v in entities], "feedback_dislike", items=SHOWN)
    assert titles_turned_down_by_name(turn) is None


def test_titles_turned_down_by_name_stay_out_and_the_search_stays(fixture_gazetteer: None) -> None:
    state = {"media_type": ["series"], "query": "singham"}
    plan = planned(after("skip the singham ones", [], "feedback_dislike", items=SHOWN, **state))
    assert SINGHAM_IDS <= set(plan.exclude_ids) and SINGHAM_IDS <= set(plan.rejected_ids or [])
    assert plan.constraints.media_type == ["series"] and plan.constraints.query is None  # the topic was the word
    assert plan.note is not None and "Singham" in plan.note
