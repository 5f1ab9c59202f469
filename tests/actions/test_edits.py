"""The dialogue edit rules (docs/contracts.md "Dialogue edit rules"): which kind of edit a follow-up is,
and what each kind does to the plan. Pure: no recommender, no Rasa."""

from __future__ import annotations

from typing import Any

import pytest

from actions.constraints import starts_new_search
from actions.edits.person_pivots import find_person_pivot
from actions.edits.rejections import find_rejection
from actions.edits.removals import find_removals, remove_fields
from actions.edits.routing import carries_search_words
from actions.entities import EXCLUDE, Entity
from actions.planning import Plan, Question, plan_recommendation
from actions.turn import Turn
from contract.constraints import Constraints

ITEMS = [{"id": f"s{i}", "title": f"Title {i}", "type": "movie", "year": 2015, "duration_minutes": 90 + i}
         for i in range(1, 6)]


def at(text: str, phrase: str, name: str, value: str, role: str | None = None) -> Entity:
    """An entity located at ``phrase`` in ``text``, as the NLU reports it."""
    start = text.index(phrase)
    return Entity(name, value, role, start, start + len(phrase))


def turn(text: str, entities: list[Entity] = (), intent: str = "refine", **slots: Any) -> Turn:
    return Turn("test", intent, text, list(entities), slots)


def searching(text: str, entities: list[Entity] = (), intent: str = "refine", **slots: Any) -> Turn:
    """A turn while a list is shown (the search in ``slots``, Korean series by default)."""
    state = {"languages": ["ko"], "media_type": ["series"], "last_items": ITEMS,
             "shown_ids": [i["id"] for i in ITEMS]}
    state.update(slots)
    return turn(text, entities, intent, **state)


# -- remove ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, group", [
    ("any length is fine", "runtime"), ("the length doesn't matter", "runtime"),
    ("I don't care about the length", "runtime"), ("doesn't matter how long", "runtime"),
    ("lose the time limit", "runtime"), ("whatever length", "runtime"), ("any year is fine", "year"),
    ("don't care how old it is", "year"), ("ignore the genre", "genre"), ("language isn't important", "language"),
    ("never mind the age rating", "audience"),
    ("no runtime limit anymore", "runtime"), ("get rid of the year filter", "year"),
])
def test_removal_words_name_a_kind_of_constraint(text, group):
    assert group in find_removals(text, []).groups


def test_a_removal_verb_before_an_entity_removes_that_constraint_and_consumes_it():
    text = "forget the kids"
    kids = at(text, "kids", "audience", "kids")
    removal = find_removals(text, [kids])
    assert removal.groups == {"audience"} and removal.consumes(kids)
    text = "it doesn't have to be korean"
    korean = at(text, "korean", "language", "ko")
    assert find_removals(text, [korean]).groups == {"language"}


@pytest.mark.parametrize("text", ["any thrillers?", "anything for kids", "forget it", "shorter please",
                                  "a thriller of any kind"])
def test_requests_are_not_removals(text):
    assert not find_removals(text, [])


def test_remove_fields_clears_only_the_named_kinds():
    state = Constraints(genres=["drama"], languages=["ko"], audience="kids", ratings=["TV-Y"], max_minutes=40)
    out = remove_fields(state, frozenset({"audience", "runtime"}))
    assert (out.audience, out.ratings, out.max_minutes) == (None, [], None)
    assert (out.genres, out.languages) == (["drama"], ["ko"])
    assert state.audience == "kids", "the state itself is not changed"


# -- exclude an item ------------------------------------------------------------------------------

def test_not_the_third_rejects_that_title():
    text = "not the third"
    rejection = find_rejection(searching(text, [at(text, "the third", "position", "3", EXCLUDE)]), "refine")
    assert rejection is not None and rejection.ref.item_id == "s3"


def test_a_negated_pointer_without_role_is_a_rejection_too():
    text = "not interested in the third one"
    rejection = find_rejection(searching(text, [at(text, "the third one", "position", "3")]), "nlu_fallback")
    assert rejection is not None and rejection.ref.item_id == "s3"


def test_not_this_one_rejects_the_focused_title_or_else_the_list():
    assert find_rejection(searching("not this one", focused_id="s2"), "deny").ref.item_id == "s2"
    assert find_rejection(searching("no, not that one"), "deny").ref is None  # the list as a whole
    assert find_rejection(searching("the second one"), "nlu_fallback") is None
    assert find_rejection(turn("not this one"), "deny") is None, "no list: nothing to reject"


def test_rejection_plan_excludes_the_title_for_good_and_shows_fresh_picks():
    text = "not the third"
    plan = plan_recommendation(searching(text, [at(text, "the third", "position", "3", EXCLUDE)],
                                         rejected_ids=["s99"]), "feedback_dislike")
    assert isinstance(plan, Plan)
    assert plan.rejected_ids == ["s99", "s3"] and plan.rejected_title == "Title 3"
    assert set(plan.exclude_ids) == {"s1", "s2", "s3", "s4", "s5", "s99"}
    assert plan.constraints.languages == ["ko"] and plan.constraints.media_type == ["series"]


def test_rejected_titles_stay_out_of_later_searches():
    text = "something with Adam Sandler"
    plan = plan_recommendation(searching(text, [at(text, "Adam Sandler", "actor", "Adam Sandler")],
                                         "request_recommendation", rejected_ids=["s3"]))
    assert plan.constraints.actors == ["Adam Sandler"] and "s3" in plan.exclude_ids


# -- replace one slot / add -----------------------------------------------------------------------

def test_a_new_genre_replaces_the_genre_and_keeps_the_rest_whatever_the_intent():
    text = "make it a thriller"
    for intent in ("refine", "request_recommendation", "nlu_fallback", "deny", "out_of_scope"):
        plan = plan_recommendation(searching(text, [at(text, "thriller", "genre", "thriller")], intent,
                                             genres=["romance"]))
        c = plan.constraints
        assert (c.genres, c.languages, c.media_type) == (["thriller"], ["ko"], ["series"]), intent


def test_an_added_constraint_keeps_everything_and_shows_a_new_list():
    text = "only movies"
    plan = plan_recommendation(searching(text, [at(text, "movies", "media_type", "movie")], media_type=None,
                                         genres=["comedy"]))
    assert plan.constraints.media_type == ["movie"] and plan.constraints.genres == ["comedy"]


# -- remove (planned) -----------------------------------------------------------------------------

def test_forget_the_kids_removes_the_audience_and_keeps_the_rest():
    text = "forget the kids"
    plan = plan_recommendation(searching(text, [at(text, "kids", "audience", "kids")], "start_over",
                                         audience="kids", genres=["comedy"]))
    assert plan.constraints.audience is None and plan.constraints.genres == ["comedy"]
    assert plan.constraints.query is None, "removal words never become the query"


def test_any_length_removes_the_runtime_and_a_removal_of_nothing_shows_fresh_picks():
    plan = plan_recommendation(searching("any length is fine", [], "affirm", max_minutes=40))
    assert plan.constraints.max_minutes is None and plan.constraints.languages == ["ko"]
    plan = plan_recommendation(searching("any length is fine", [], "affirm"))
    assert isinstance(plan, Plan) and set(plan.exclude_ids) >= {i["id"] for i in ITEMS}


# -- pivots ---------------------------------------------------------------------------------------

def test_anything_else_with_her_drops_unrelated_filters_only_when_none_are_left():
    pivot_turn = searching("anything else with her?", [], "something_else", actors=["Fortune Feimster"],
                           genres=["comedy"], max_minutes=40, audience="teen")
    assert find_person_pivot(pivot_turn, "something_else") is not None
    plan = plan_recommendation(pivot_turn)
    kept, c = plan.constraints, plan.unless_empty  # her other titles of the search first, then any of hers
    assert kept.actors == ["Fortune Feimster"] and kept.genres == ["comedy"] and kept.max_minutes == 40
    assert c is not None and c.actors == ["Fortune Feimster"] and c.audience == "teen"
    assert (c.genres, c.max_minutes, c.languages, c.media_type) == ([], None, [], [])
    assert set(plan.exclude_ids) >= {i["id"] for i in ITEMS}


def test_more_from_that_director_prefers_the_director():
    plan = plan_recommendation(searching("more from that director", [], "ask_details",
                                         directors=["Martin Scorsese"], actors=["Robert De Niro"]))
    assert plan.constraints.directors == ["Martin Scorsese"] and plan.constraints.actors == []


def test_a_person_pivot_without_a_person_asks_who():
    assert isinstance(plan_recommendation(searching("anything else with her?", [], "something_else")), Question)


def test_more_like_the_second_one_drops_the_people_and_topic_of_the_previous_list():
    text = "more like the second one"
    plan = plan_recommendation(searching(text, [at(text, "the second one", "position", "2")], "more_like",
                                         actors=["Adam Sandler"], query="wedding", genres=["comedy"],
                                         media_type=["movie"], audience="family"))
    c = plan.constraints
    assert c.similar_to == "s2" and c.actors == [] and c.query is None
    assert c.genres == ["comedy"], "the search's other filters stay while they leave new titles"
    assert c.media_type == ["movie"] and c.audience == "family", "format and who is watching stay"
    assert plan.unless_empty is not None and plan.unless_empty.genres == [] and plan.unless_empty.similar_to == "s2", \
        "when nothing new is left, the similarity to the title stands for the genre"


# -- new search vs edit ---------------------------------------------------------------------------

def test_a_new_subject_without_edit_words_starts_a_new_search():
    state = Constraints(genres=["comedy"], max_minutes=40)
    sandler = [Entity("actor", "Adam Sandler")]
    assert starts_new_search("request_recommendation", sandler, state, text="something with Adam Sandler")
    assert not starts_new_search("request_recommendation", sandler, state, text="also with Adam Sandler")
    assert not starts_new_search("refine", sandler, state, text="only the ones with Adam Sandler")
    assert starts_new_search("refine", [Entity("genre", "drama")], state, text="something completely different, a drama")
    assert not starts_new_search("request_recommendation", [Entity("genre", "drama")], state, text="a drama maybe")
    assert starts_new_search("request_recommendation", [], state, has_topic=True, text="something about dinosaurs")
    assert not starts_new_search("refine", [], state, has_topic=True, text="make it about dinosaurs")


def test_which_turns_the_other_actions_hand_to_the_recommendation_path():
    assert carries_search_words(searching("whatever length", [], "out_of_scope"), need_active=True)
    assert carries_search_words(searching("no, not that one", [], "deny"))
    assert carries_search_words(searching("anything else with her?", [], "nlu_fallback", actors=["X"]))
    assert not carries_search_words(searching("no thanks", [], "deny"))
    assert not carries_search_words(turn("whatever length", [], "out_of_scope"), need_active=True)
    text = "what's the weather like in Spain"
    spain = [at(text, "Spain", "country", "Spain")]
    assert not carries_search_words(turn(text, spain, "out_of_scope"), need_active=True)



def test_a_first_message_that_says_what_to_watch_is_a_request_whatever_its_label():
    text = "lazy morning after, something not heavy"
    light = [at(text, "not heavy", "mood", "light")]
    assert carries_search_words(turn(text, light, "out_of_scope"), need_active=True)
    text = "can i book a movie ticket"
    movie = [at(text, "movie", "media_type", "movie")]
    assert not carries_search_words(turn(text, movie, "out_of_scope"), need_active=True)


def test_a_removal_verb_removes_only_what_the_search_holds():
    text = "remove the horror ones"
    horror = at(text, "horror", "genre", "horror")
    removal = find_removals(text, [horror], Constraints(genres=["comedy"]))
    assert not removal.groups and [e.value for e in removal.exclusions if e.excluded] == ["horror"]
    assert find_removals(text, [horror], Constraints(genres=["horror"])).groups == {"genre"}
    plan = plan_recommendation(searching(text, [horror], genres=["comedy"]))
    assert plan.constraints.genres == ["comedy"] and plan.constraints.exclude_genres == ["horror"]


def test_what_need_not_be_is_never_added():
    text = "it doesn't have to be korean"
    korean = at(text, "korean", "language", "ko")
    plan = plan_recommendation(searching(text, [korean], languages=None, genres=["thriller"]))
    assert plan.constraints.languages == [] and plan.constraints.genres == ["thriller"]
    assert set(plan.exclude_ids) >= {i["id"] for i in ITEMS}, "nothing to drop: fresh picks"


@pytest.mark.parametrize("text", ["any kids movies?", "the length is fine, but only movies"])
def test_requests_and_approvals_keep_the_constraint(text):
    assert not find_removals(text, [])


def test_edit_and_fresh_start_words_never_become_the_query():
    text = "start over with documentaries"
    plan = plan_recommendation(turn(text, [at(text, "documentaries", "genre", "documentary")],
                                    "request_recommendation"))
    assert plan.constraints.genres == ["documentary"] and plan.constraints.query is None
    text = "something completely different, a drama"
    plan = plan_recommendation(searching(text, [at(text, "drama", "genre", "drama")], "request_recommendation"))
    assert plan.constraints.languages == [] and plan.constraints.query is None


@pytest.mark.parametrize("text, pivot", [
    ("anything else with her?", True), ("is she in anything else", True), ("what else is he in", True),
    ("more from that director", True), ("my wife says she's in the mood for a comedy", False),
])
def test_person_pivot_words(text, pivot):
    assert (find_person_pivot(turn(text, [], "refine"), "refine") is not None) == pivot


def test_asking_about_a_named_title_is_a_question_not_a_like_search() -> None:
    from actions.edits.asked_titles import asks_about_title

    text = "tell me about Ginny & Georgia - The Afterparty"
    title = at(text, "Ginny & Georgia - The Afterparty", "title", "Ginny & Georgia - The Afterparty")
    assert asks_about_title(turn(text, [title], intent="request_recommendation"))
    like = "something like Ginny & Georgia - The Afterparty"
    similar = at(like, "Ginny & Georgia - The Afterparty", "title", "Ginny & Georgia - The Afterparty", "similar")
    assert not asks_about_title(turn(like, [similar], intent="request_recommendation"))
    assert not asks_about_title(turn("Ginny & Georgia - The Afterparty", [at(
        "Ginny & Georgia - The Afterparty", "Ginny & Georgia - The Afterparty", "title", "x")]))
