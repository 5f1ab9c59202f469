"""Follow-ups as edits of the current search, through the real action classes and the REAL recommender
(fixture catalog): each kind of edit answers with fresh picks that satisfy the edited search, whatever
intent the classifier gave the message (docs/contracts.md "Dialogue edit rules").

Run from the project root in the Rasa runtime: ``.venv-rasa/bin/python -m pytest tests/actions``.
"""

from __future__ import annotations

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from dialogue_driver import ent  # noqa: E402
from real_recommender import item  # noqa: E402,F401
from test_actions import _test_env, api, assert_all_satisfy, convo, hard, span  # noqa: E402,F401


def at(text: str, phrase: str, name: str, value: str, role: str | None = None) -> dict:
    _, start, end = span(text, phrase)
    return ent(name, value, role, start, end)


async def ask_comedies_under_40_minutes(convo) -> None:
    """The opening request several edits start from: a genre and a runtime bound."""
    text = "comedies under 40 minutes"
    await convo.say("request_recommendation", [at(text, "comedies", "genre", "comedy"),
                                               at(text, "under 40 minutes", "duration", "-40")], text)


async def ask_movies_with_de_niro(convo) -> None:
    """The opening request of the person → similarity pivots: a format and an actor."""
    text = "movies with Robert De Niro"
    await convo.say("request_recommendation", [at(text, "movies", "media_type", "movie"),
                                               at(text, "Robert De Niro", "actor", "Robert De Niro")], text)


async def test_make_it_a_crime_show_replaces_the_genre_and_keeps_korean_series(api, convo):
    text = "korean series"
    await convo.say("refine", [at(text, "korean", "language", "ko"), at(text, "series", "media_type", "series")], text)
    text = "make it a crime show"
    # Classified as a new request: still an edit (a genre is not a new subject).
    await convo.say("request_recommendation", [at(text, "crime", "genre", "crime")], text)
    assert hard(convo.applied) == {"genres": ["crime"], "languages": ["ko"], "media_type": ["series"]}
    assert_all_satisfy(api, convo, {"genres": ["crime"], "languages": ["ko"], "media_type": "series"})


async def test_constraints_in_a_misclassified_follow_up_edit_the_search(api, convo):
    await ask_comedies_under_40_minutes(convo)
    for intent in ("out_of_scope", "nlu_fallback", "deny"):
        text = "only movies"
        await convo.say(intent, [at(text, "movies", "media_type", "movie")], text)
        assert convo.items, (intent, convo.text)
        assert hard(convo.applied) == {"genres": ["comedy"], "max_minutes": 40, "media_type": ["movie"]}, intent
        assert convo.slots["failures"] == 0


async def test_any_length_is_fine_removes_the_runtime(api, convo):
    await ask_comedies_under_40_minutes(convo)
    await convo.say("affirm", [], "any length is fine")  # the classifier heard a "yes"
    assert hard(convo.applied) == {"genres": ["comedy"]}
    assert_all_satisfy(api, convo, {"genres": ["comedy"]})


async def test_forget_the_kids_removes_the_audience_not_everything(api, convo):
    text = "comedies for my kids"
    await convo.say("request_recommendation", [at(text, "comedies", "genre", "comedy"),
                                               at(text, "for my kids", "audience", "kids")], text)
    assert convo.slots["audience"] == "kids"
    text = "forget the kids"
    await convo.say("start_over", [at(text, "kids", "audience", "kids")], text)
    assert hard(convo.applied) == {"genres": ["comedy"]} and convo.slots["audience"] is None
    assert_all_satisfy(api, convo, {"genres": ["comedy"]})


async def test_start_over_with_a_request_answers_it_fresh(api, convo):
    await ask_comedies_under_40_minutes(convo)
    text = "start over with documentaries"
    await convo.say("start_over", [at(text, "documentaries", "genre", "documentary")], text)
    assert hard(convo.applied) == {"genres": ["documentary"]}
    assert_all_satisfy(api, convo, {"genres": ["documentary"]})


async def test_not_the_third_never_comes_back_and_fresh_picks_follow(api, convo):
    await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
    first = [i["id"] for i in convo.items]
    third = convo.items[2]
    text = "not the third"
    await convo.say("feedback_dislike", [at(text, "the third", "position", "3", "exclude")], text)
    assert third["title"] in convo.text and convo.items, convo.text
    assert not set(first) & {i["id"] for i in convo.items}, "fresh picks"
    assert_all_satisfy(api, convo, {"genres": ["comedy"]})
    assert third["id"] in convo.slots["rejected_ids"]
    # ... not in later searches of this conversation either
    await ask_comedies_under_40_minutes(convo)
    await convo.say("something_else", [], "something else")
    await convo.say("start_over", [], "start over")
    await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
    assert third["id"] not in {i["id"] for i in convo.items}  # recorded as a dislike for this viewer


async def test_no_not_that_one_rejects_the_list_with_fresh_picks(api, convo):
    await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
    first = {i["id"] for i in convo.items}
    await convo.say("deny", [], "no, not that one")
    assert convo.items and not first & {i["id"] for i in convo.items}
    assert_all_satisfy(api, convo, {"genres": ["comedy"]})


async def test_anything_else_with_her_keeps_the_person_and_drops_the_rest_once_none_are_left(api, convo):
    text = "comedies under 40 minutes with Fortune Feimster"
    await convo.say("request_recommendation", [at(text, "comedies", "genre", "comedy"),
                                               at(text, "under 40 minutes", "duration", "-40"),
                                               at(text, "Fortune Feimster", "actor", "Fortune Feimster")], text)
    shown = {i["id"] for i in convo.items}
    await convo.say("something_else", [], "anything else with her?")  # one of hers is left with the filters
    assert hard(convo.applied) == {"actors": ["Fortune Feimster"], "genres": ["comedy"], "max_minutes": 40}
    assert convo.items and not shown & {i["id"] for i in convo.items}
    shown |= {i["id"] for i in convo.items}
    await convo.say("something_else", [], "anything else with her?")  # none left: the other filters go
    assert hard(convo.applied) == {"actors": ["Fortune Feimster"]}
    assert convo.items and not shown & {i["id"] for i in convo.items}
    for shown_item in convo.items:
        assert "Fortune Feimster" in item(api, shown_item["id"])["cast"]


async def test_more_like_the_second_one_drops_the_person_filter(api, convo):
    await ask_movies_with_de_niro(convo)
    anchor = convo.items[1]
    text = "more like the second one"
    await convo.say("more_like", [at(text, "the second one", "position", "2")], text)
    assert convo.slots["actors"] is None and convo.slots["similar_to"] == anchor["id"]
    assert hard(convo.applied)["media_type"] == ["movie"]
    assert anchor["id"] not in {i["id"] for i in convo.items}
    assert any("Robert De Niro" not in item(api, i["id"])["cast"] for i in convo.items), \
        "no longer limited to the person"


async def test_anything_else_with_him_after_a_similarity_pivot_offers_the_anchor_people(api, convo):
    await ask_movies_with_de_niro(convo)
    text = "more like the second one"
    await convo.say("more_like", [at(text, "the second one", "position", "2")], text)
    await convo.say("something_else", [], "anything else with him?")
    assert "Who do you mean?" in convo.text
    offered = [b for b in convo.buttons if '"actor":"Robert De Niro"' in b["payload"]]
    assert offered, convo.buttons
    await convo.say("something_else", [ent("actor", "Robert De Niro")], offered[0]["payload"])
    assert hard(convo.applied) == {"actors": ["Robert De Niro"]}
