"""Follow-ups, second round (issue 10, class 1): short replies during an active search are edits
(more picks, seen titles, recency, topic replies, limits removed by their own words, "any <person>"),
and "shorter" again goes below the bound in force and the longest item shown. Pure: no recommender,
no Rasa (docs/contracts.md "Dialogue edit rules")."""

from __future__ import annotations

from typing import Any

import pytest

from actions.constraints import shorter_bound, starts_new_search
from actions.edits.list_reactions import wants_more_picks
from actions.edits.person_pivots import find_person_pivot
from actions.edits.recency import recency_cues
from actions.edits.removals import find_removals
from actions.edits.routing import carries_search_words, edit_cues
from actions.edits.seen import find_seen
from actions.edits.topics import topic_reply_entities
from actions.entities import Entity
from actions.planning import Plan, plan_recommendation
from actions.turn import Turn
from contract.constraints import Constraints

ITEMS = [{"id": f"s{i}", "title": f"Title {i}", "type": "movie", "year": 2010 + i, "duration_minutes": 80 + i}
         for i in range(1, 6)]


def at(text: str, phrase: str, name: str, value: str, role: str | None = None) -> Entity:
    start = text.index(phrase)
    return Entity(name, value, role, start, start + len(phrase))


def searching(text: str, entities: list[Entity] = (), intent: str = "refine", **slots: Any) -> Turn:
    """A turn while a list of comedy movies is shown."""
    state = {"genres": ["comedy"], "media_type": ["movie"], "last_items": ITEMS,
             "shown_ids": [i["id"] for i in ITEMS]}
    state.update(slots)
    return Turn("test", intent, text, list(entities), state)


@pytest.mark.parametrize("text", ["another one", "one more", "any others?", "ok, another", "got any others",
                                  "different ones please", "more"])
def test_more_picks_words(text):
    assert wants_more_picks(text)
    t = searching(text, intent="nlu_fallback")
    assert carries_search_words(t, need_active=True)
    plan = plan_recommendation(t)
    assert isinstance(plan, Plan) and set(plan.exclude_ids) >= {i["id"] for i in ITEMS}
    assert plan.constraints.genres == ["comedy"]


@pytest.mark.parametrize("text", ["one more thing, is it on netflix", "more like the second one", "the other one"])
def test_not_more_picks(text):
    assert not wants_more_picks(text)  # a question, a pivot to similarity, a reference


@pytest.mark.parametrize("text, group", [("no time limit actually", "runtime"), ("no age limit", "audience"),
                                         ("time doesn't matter", "runtime"),
                                         ("without a time limit", "runtime"), ("no max length", "runtime")])
def test_a_limit_named_by_its_own_words_is_removed(text, group):
    assert group in find_removals(text, []).groups


def test_no_time_limit_drops_the_runtime_and_keeps_the_rest():
    plan = plan_recommendation(searching("no time limit actually", max_minutes=40))
    assert isinstance(plan, Plan) and plan.constraints.max_minutes is None
    assert plan.constraints.genres == ["comedy"]


@pytest.mark.parametrize("text, entities, expected", [
    ("I've seen the second one", [("second", "position", "2")], ["s2"]),
    ("seen the first two", [], ["s1", "s2"]),
    ("already watched the last two", [], ["s4", "s5"]),
    ("seen 1 and 3", [], ["s1", "s3"]),
])
def test_seen_titles_of_the_list(text, entities, expected):
    ents = [at(text, phrase, name, value) for phrase, name, value in entities]
    t = searching(text, ents, intent="feedback_seen")
    seen = find_seen(t, t.intent)
    assert seen is not None and list(seen.item_ids) == expected
    plan = plan_recommendation(t)
    assert isinstance(plan, Plan) and plan.seen_ids == expected
    assert set(expected) <= set(plan.rejected_ids) and set(expected) <= set(plan.exclude_ids)


def test_seen_them_all_is_fresh_picks():
    t = searching("seen them all", intent="something_else")
    seen = find_seen(t, t.intent)
    assert seen is not None and seen.every and edit_cues(t)
    plan = plan_recommendation(t)
    assert set(plan.exclude_ids) >= {i["id"] for i in ITEMS} and plan.constraints.genres == ["comedy"]


@pytest.mark.parametrize("text", ["I haven't seen those", "never watched the first two"])
def test_not_seen_is_not_seen(text):
    assert find_seen(searching(text, intent="feedback_seen"), "feedback_seen") is None


def test_something_new_is_not_a_recency_cue():
    assert not recency_cues("something new", [])


def test_seen_a_title_outside_the_list_is_not_a_list_edit():
    text = "i've seen Narcos"
    t = searching(text, [at(text, "Narcos", "title", "Narcos")], intent="feedback_seen")
    assert find_seen(t, t.intent) is None


@pytest.mark.parametrize("text, value", [("new ones", "recent"), ("newer stuff please", "newer"),
                                         ("any recent ones?", "recent"), ("more recent ones", "newer"),
                                         ("older ones", "older"), ("classic ones", "older")])
def test_recency_words_after_a_list(text, value):
    # "new / recent ones" are the catalog's recent years; "newer / more recent" newer than the list shown
    cues = recency_cues(text, [])
    assert [c.value for c in cues] == [value]
    plan = plan_recommendation(searching(text, intent="start_over"))
    if value == "recent":
        assert plan.constraints.recent_years
    elif value == "newer":
        assert plan.constraints.year_min and plan.constraints.year_min > 2011
    else:
        assert plan.constraints.year_max and plan.constraints.year_max < 2015
    assert plan.constraints.genres == ["comedy"]


def test_a_topic_reply_adds_a_topic_and_keeps_genre_and_format():
    text = "about space"
    t = searching(text, [at(text, "space", "genre", "sci-fi")], intent="request_recommendation")
    kept, topic = topic_reply_entities(text, t.entities)
    assert not kept and [e.value for e in topic] == ["sci-fi"]
    plan = plan_recommendation(t)
    assert plan.constraints.genres == ["comedy"] and plan.constraints.media_type == ["movie"]
    assert "space" in (plan.constraints.query or "")


def test_ones_reply_with_a_topic_is_an_edit():
    t = searching("dinosaur ones", intent="nlu_fallback")
    assert carries_search_words(t, need_active=True)
    plan = plan_recommendation(t)
    assert plan.constraints.genres == ["comedy"] and "dinosaur" in (plan.constraints.query or "")


def test_a_genre_reply_outside_an_about_phrase_still_replaces_the_genre():
    text = "make it a thriller"
    kept, topic = topic_reply_entities(text, [at(text, "thriller", "genre", "thriller")])
    assert len(kept) == 1 and not topic


def test_about_is_an_edit_marker_for_a_topic_only_request():
    state = Constraints(genres=["comedy"])
    assert not starts_new_search("request_recommendation", [], state, has_topic=True, text="about a heist")
    assert starts_new_search("request_recommendation", [], state, has_topic=True, text="something about dinosaurs")


def test_any_person_pivots_and_drops_the_genre():
    text = "fine, any seth rogen"
    t = searching(text, [at(text, "seth rogen", "actor", "Seth Rogen")], intent="thanks", audience="teen")
    assert find_person_pivot(t, t.intent) is not None
    plan = plan_recommendation(t)
    assert plan.constraints.actors == ["Seth Rogen"] and not plan.constraints.genres
    assert plan.constraints.audience == "teen"


@pytest.mark.parametrize("bound, shown, expected", [(60, [58, 40], 43), (60, [], 45), (None, [80], 79),
                                                    (30, [50], 22)])
def test_shorter_goes_below_the_bound_and_the_longest_shown(bound, shown, expected):
    assert shorter_bound(bound, shown) == expected
