"""Impressions through real recommender calls (SQLite and PostgreSQL): a list shown to a known viewer is
recorded with its id and order, and that viewer's feedback is tied back to it with the title's position."""

from __future__ import annotations

from typing import Any

from recommender import impressions
from recommender.constraints import RecommendationRequest


def shown(rec: Any, user: str | None, **body: Any) -> dict[str, Any]:
    return rec.recommend(RecommendationRequest.model_validate({**body, "user_id": user}))


def test_feedback_is_tied_to_the_list_and_position_it_was_shown_at(editable_recommender: Any) -> None:
    rec = editable_recommender
    answer = shown(rec, "viewer-a", constraints={"genres": ["comedy"]}, limit=5)
    third = answer["items"][2]["id"]
    rec.record_feedback("viewer-a", third, "like")
    assert impressions.events_of(rec.factory, answer["impression_id"]) == [(third, 3, "like")]


def test_the_newest_list_that_showed_the_title_gets_the_feedback(editable_recommender: Any) -> None:
    rec = editable_recommender
    older = shown(rec, "viewer-b", constraints={"genres": ["comedy"]}, limit=5)
    first = older["items"][0]["id"]
    newer = shown(rec, "viewer-b", constraints={"genres": ["comedy"]}, exclude_ids=[older["items"][1]["id"]], limit=5)
    assert first in [it["id"] for it in newer["items"]]
    rec.record_feedback("viewer-b", first, "dislike")
    assert impressions.events_of(rec.factory, older["impression_id"]) == []
    position = [it["id"] for it in newer["items"]].index(first) + 1
    assert impressions.events_of(rec.factory, newer["impression_id"]) == [(first, position, "dislike")]


def test_anonymous_lists_and_unshown_titles_record_nothing(editable_recommender: Any) -> None:
    rec = editable_recommender
    assert shown(rec, None, constraints={"genres": ["comedy"]})["impression_id"] is None
    answer = shown(rec, "viewer-c", constraints={"genres": ["horror"]}, limit=3)
    never_shown = shown(rec, None, constraints={"genres": ["comedy"]}, limit=1)["items"][0]["id"]
    rec.record_feedback("viewer-c", never_shown, "seen")
    assert impressions.events_of(rec.factory, answer["impression_id"]) == []
    assert impressions.attribute(rec.factory, "someone-else", answer["items"][0]["id"], "like") is None


def test_asking_about_a_title_is_tied_to_the_list_that_showed_it(editable_recommender: Any) -> None:
    rec = editable_recommender
    answer = shown(rec, "viewer-d", constraints={"genres": ["drama"]}, limit=4)
    second = answer["items"][1]["id"]
    assert rec.item(second, "viewer-d")["id"] == second
    assert rec.item(second)["id"] == second  # anonymous details record nothing
    assert impressions.events_of(rec.factory, answer["impression_id"]) == [(second, 2, "details")]


def test_more_like_a_shown_title_is_tied_to_the_list_once(editable_recommender: Any) -> None:
    rec = editable_recommender
    answer = shown(rec, "viewer-e", constraints={"genres": ["drama"]}, limit=4)
    second = answer["items"][1]["id"]
    more = shown(rec, "viewer-e", constraints={"similar_to": second}, limit=4)
    assert more["similar_to"]["id"] == second
    shown(rec, "viewer-e", constraints={"similar_to": second, "max_minutes": 150}, limit=4)  # "shorter"
    assert impressions.events_of(rec.factory, answer["impression_id"]) == [(second, 2, "more_like")]
    assert impressions.events_of(rec.factory, more["impression_id"]) == []
