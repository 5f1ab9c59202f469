"""Issue 10, fifth round, class 5: follow-ups that carry constraints get picks, never a question back —
"one with lots of seasons" labelled more_like, "nothing about <genre>" labelled ask_details, "other films
like that" after a list (like the list, anchored on its top pick)."""

from __future__ import annotations

from typing import Any

from actions.entities import EXCLUDE, Entity
from actions.planning import Plan, Question, plan_recommendation
from actions.request_cues import asks_search_not_details
from actions.turn import Turn

ITEMS = [{"id": f"s{i}", "title": f"Title {i}", "type": "series", "year": 2018, "seasons": 2} for i in range(1, 6)]


def at(text: str, phrase: str, name: str, value: str, role: str | None = None) -> Entity:
    start = text.index(phrase)
    return Entity(name, value, role, start, start + len(phrase))


def after(text: str, entities: list[Entity], intent: str, **slots: Any) -> Turn:
    state: dict[str, Any] = {"genres": ["comedy"], "media_type": ["series"], "last_items": ITEMS,
                             "shown_ids": [i["id"] for i in ITEMS]}
    state.update(slots)
    return Turn("test", intent, text, list(entities), state)


def test_one_with_a_season_count_labelled_more_like_edits_the_search():
    text = "any one with loads of seasons, 6 or more"
    plan = plan_recommendation(after(text, [at(text, "6 or more", "seasons", "6-")], "more_like"))
    assert isinstance(plan, Plan)
    assert plan.constraints.min_seasons == 6 and plan.constraints.genres == ["comedy"]


def test_more_like_this_one_still_asks_which():
    assert isinstance(plan_recommendation(after("more like this one", [], "more_like")), Question)


def test_nothing_about_a_genre_labelled_a_details_question_is_a_search():
    text = "nothing about horror or ghosts"
    t = after(text, [at(text, "horror", "genre", "horror", EXCLUDE)], "ask_details")
    assert asks_search_not_details(t)
    text = "what is the horror one about"
    assert not asks_search_not_details(after(text, [at(text, "horror", "genre", "horror")], "ask_details"))


def test_other_titles_like_that_are_like_the_list():
    text = "other shows like that"
    plan = plan_recommendation(after(text, [at(text, "shows", "media_type", "series")], "more_like",
                                     actors=["Seth Rogen"]))
    assert isinstance(plan, Plan)
    assert plan.constraints.similar_to == "s1" and plan.constraints.actors == []
    assert set(plan.exclude_ids) >= {i["id"] for i in ITEMS}, "fresh picks"


def test_a_message_of_exclusions_with_a_topic_narrows_the_search():
    text = "ugh i can't stand ghost stuff, no fantasy"
    t = after(text, [at(text, "fantasy", "genre", "fantasy", EXCLUDE)], "request_recommendation")
    plan = plan_recommendation(t)
    assert isinstance(plan, Plan)
    assert plan.constraints.genres == ["comedy"] and plan.constraints.exclude_genres == ["fantasy"]


def test_other_titles_like_that_under_another_label_ask_for_more_like_the_list():
    from actions.planning import asks_for_others_like_the_list

    text = "ok any other films like those"
    assert asks_for_others_like_the_list(after(text, [at(text, "films", "media_type", "movie")], "feedback_seen"))
    assert not asks_for_others_like_the_list(after("seen the other two", [], "feedback_seen"))
    assert not asks_for_others_like_the_list(Turn("t", "feedback_like", text, [], {}))  # no list shown


def test_a_negated_topic_without_entities_keeps_the_search_and_leaves_its_titles_out():
    from actions.edits.topics import negated_topic

    t = after("please, no monty python stuff", [], "request_recommendation", actors=["John Cleese"])
    assert negated_topic(t) == "monty python"
    plan = plan_recommendation(t)
    assert isinstance(plan, Plan)
    assert plan.constraints.actors == ["John Cleese"] and plan.constraints.genres == ["comedy"]
    assert plan.exclude_topic == "monty python" and plan.constraints.query is None
    assert set(plan.exclude_ids) >= {i["id"] for i in ITEMS}, "fresh picks"


def test_negations_that_name_no_topic_are_not_topics():
    from actions.edits.topics import negated_topic

    for text in ("no thanks", "not by him", "not that one", "nope not those", "no, something else"):
        assert negated_topic(after(text, [], "request_recommendation")) is None, text


def test_a_label_that_is_no_request_needs_a_catalog_word_to_turn_a_topic_down():
    from actions.edits.routing import carries_search_words

    assert carries_search_words(after("nothing with vampires", [], "deny"))  # a word of the catalog's vocabulary
    for text in ("no i'm good", "nah not interested", "no not really", "no worries"):
        assert not carries_search_words(after(text, [], "deny")), text


def test_a_details_question_before_any_list_with_a_kind_is_a_search():
    text = "a doc about cooking for me and my husband"
    first = Turn("test", "ask_details", text, [at(text, "doc", "genre", "documentary")], {})
    assert asks_search_not_details(first)
    text = "what is the horror one about"
    assert not asks_search_not_details(after(text, [at(text, "horror", "genre", "horror")], "ask_details"))
