"""Follow-ups of issue 10, third round (set 4 classes): runtime words against series, "newer" after the
newest titles, a "more like" label without a title, who is watching told in a story, and labels whose
words are missing (an undo without undo words, a details question that asks nothing)."""

from __future__ import annotations

from typing import Any

import pytest

from actions.constraints import apply_entities
from actions.entities import Entity
from actions.planning import Plan, plan_recommendation
from actions.query_text import request_entities
from actions.request_cues import CUES, asks_search_not_details
from actions.turn import Turn
from contract.constraints import Constraints

ITEMS = [{"id": f"s{i}", "title": f"Title {i}", "type": "series", "year": 2021, "seasons": i}
         for i in range(1, 6)]


def at(text: str, phrase: str, name: str, value: str, role: str | None = None) -> Entity:
    start = text.index(phrase)
    return Entity(name, value, role, start, start + len(phrase))


def searching(text: str, entities: list[Entity] = (), intent: str = "refine", **slots: Any) -> Turn:
    """A turn while a list of anime series is shown."""
    state = {"genres": ["anime"], "media_type": ["series"], "last_items": ITEMS,
             "shown_ids": [i["id"] for i in ITEMS]}
    state.update(slots)
    return Turn("test", intent, text, list(entities), state)


def test_a_runtime_said_with_a_season_count_does_not_bound_series():
    text = "not too long, max 2 seasons"
    state = apply_entities(Constraints(genres=["anime"], media_type=["series"]),
                           [at(text, "not too long", "duration", "-120"), at(text, "max 2 seasons", "seasons", "-2")])
    assert (state.max_minutes, state.max_seasons, state.media_type) == (None, 2, ["series"])


def test_a_runtime_alone_while_searching_series_asks_for_films():
    state = apply_entities(Constraints(genres=["comedy"], media_type=["series"], max_seasons=2),
                           [Entity("duration", "-90")])
    assert state.max_minutes == 90 and "series" not in state.media_type and state.max_seasons is None


def test_newer_than_a_list_of_the_newest_year_asks_for_later_years():
    turn = searching("newer", [at("newer", "newer", "year", "newer")])
    plan = plan_recommendation(turn)
    assert isinstance(plan, Plan) and plan.constraints.year_min == 2022


def test_a_more_like_label_without_a_title_but_with_constraints_edits_the_search():
    text = "like really long, 7 seasons or more"
    plan = plan_recommendation(searching(text, [at(text, "7 seasons or more", "seasons", "7-")], intent="more_like"))
    assert isinstance(plan, Plan)
    assert (plan.constraints.min_seasons, plan.constraints.genres) == (7, ["anime"])


def test_more_like_this_still_asks_which_title():
    text = "more like this but newer"
    plan = plan_recommendation(searching(text, [at(text, "newer", "year", "newer")], intent="more_like"))
    assert not isinstance(plan, Plan)


def test_who_is_watching_counts_wherever_a_long_message_says_it():
    text = "my sister dropped her kids off (they're 6 and 8) and no idea what they like. what's a safe movie for them"
    entities = [at(text, "they're 6 and 8", "audience", "preschool"), at(text, "movie", "media_type", "movie")]
    assert {e.name for e in request_entities(text, entities)} == {"audience", "media_type"}


@pytest.mark.parametrize("text, undo", [
    ("i loved crash landing on you, more like that", False),
    ("remove my like of the second one", True),
    ("I haven't actually seen Dark", True),
    ("scratch that, I never watched Ozark", True),
])
def test_an_undo_needs_undo_words(text: str, undo: bool):
    assert CUES["feedback_undo"](text) is undo


def test_a_details_label_on_a_search_edit_is_a_search():
    text = "and from the last couple of years"
    turn = searching(text, [at(text, "from the last couple of years", "year", "recent:2")], intent="ask_details")
    assert asks_search_not_details(turn)


def test_a_details_label_on_a_title_turned_down_is_a_search():
    text = "no, not the first one"
    turn = searching(text, [at(text, "the first one", "position", "1", "exclude")], intent="ask_details")
    assert asks_search_not_details(turn)


@pytest.mark.parametrize("text, entities", [
    ("how long is the second one", [("the second one", "position", "2")]),
    ("what's it rated", []),
    ("who is in it, the 90s one?", [("90s", "year", "1990-1999")]),
])
def test_a_details_question_stays_one(text: str, entities: list[tuple[str, str, str]]):
    turn = searching(text, [at(text, *e) for e in entities], intent="ask_details")
    assert not asks_search_not_details(turn)


def test_a_new_origin_replaces_the_old_one_whatever_its_kind():
    state = apply_entities(Constraints(countries=["Japan"], media_type=["movie"]), [Entity("language", "ko")])
    assert (state.countries, state.languages) == ([], ["ko"])
    state = apply_entities(state, [Entity("country", "France")])
    assert (state.countries, state.languages) == (["France"], [])


@pytest.mark.parametrize("text", ["still more, ones with lots of seasons", "even more please", "some more"])
def test_still_more_is_more_picks(text: str):
    from actions.edits.list_reactions import wants_more_picks

    assert wants_more_picks(text)


def test_shorter_than_a_runtime_said_in_the_same_message_is_below_it():
    state = apply_entities(Constraints(), [Entity("duration", "75-105"), Entity("genre", "thriller"),
                                           Entity("duration", "shorter")])
    assert (state.min_minutes, state.max_minutes) == (None, 90)


def test_a_topic_the_extractor_read_as_constraints_edits_the_active_search():
    text = "something about true crime"
    turn = searching(text, [at(text, "true crime", "genre", "crime"), at(text, "true crime", "genre", "documentary")],
                     intent="request_recommendation", genres=["documentary"])
    plan = plan_recommendation(turn)
    assert isinstance(plan, Plan)
    # crime is also a subject (docs/contracts.md "a subject genre about"): asked for with documentary while the
    # catalog has both, else the search as it was with the topic
    assert plan.constraints.genres == ["documentary", "crime"] and plan.constraints.media_type == ["series"]
    assert plan.unless_empty is not None and plan.unless_empty.genres == ["documentary"]
    assert plan.constraints.query == "true crime" and plan.unless_empty.query == "true crime"


def test_a_topic_of_plain_words_is_still_a_new_search():
    turn = searching("something about dinosaurs", intent="request_recommendation")
    plan = plan_recommendation(turn)
    assert isinstance(plan, Plan) and plan.constraints.genres == [] and plan.constraints.query == "dinosaurs"


def test_a_details_label_on_a_long_story_ending_in_a_search_is_that_search():
    text = "my dad quotes that film at dinner and i've never seen it, which is embarrassing. show me other scorsese films"
    turn = searching(text, [at(text, "scorsese", "director", "Martin Scorsese"), at(text, "films", "media_type", "movie")],
                     intent="ask_details", last_items=[], shown_ids=[])
    assert asks_search_not_details(turn)


def test_a_details_label_on_a_likeness_is_a_search():
    text = "like bird box but a series"
    turn = searching(text, [at(text, "bird box", "title", "Bird Box", "similar"), at(text, "series", "media_type", "series")],
                     intent="ask_details")
    assert asks_search_not_details(turn)


def test_something_different_after_a_list_is_more_picks():
    from actions.edits.list_reactions import wants_more_picks

    assert wants_more_picks("something different") and not wants_more_picks("something completely different")


def test_a_comparative_after_a_list_carries_search_words_whatever_the_label():
    from actions.edits.routing import carries_search_words

    text = "hmm, not as scary"
    turn = searching(text, [at(text, "not as scary", "contrast", "less-scary")], intent="out_of_scope")
    assert carries_search_words(turn, need_active=True)
