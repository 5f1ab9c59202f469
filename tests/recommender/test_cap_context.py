"""Likes and dislikes given under a kids cap (a list shown for a child, or a standing kids audience) do
not shape the viewer's uncapped searches; they still hide their titles and still count when the search is
capped.
Real Recommender over the fixture catalog; each test is its own viewer."""

from __future__ import annotations

import uuid
from typing import Any

from recommender import cap_context, profiles, standing
from recommender.constraints import Constraints, RecommendationRequest
from recommender.taste import taste_of

KIDS = {"query": "something fun for the kids", "constraints": Constraints(audience="kids"), "limit": 10}
ADULT = {"query": "something fun tonight", "limit": 10}


def viewer() -> str:
    return f"v1{uuid.uuid4().hex}"


def shown(rec: Any, user_id: str, request: dict[str, Any]) -> list[str]:
    return [it["id"] for it in rec.recommend(RecommendationRequest(user_id=user_id, **request))["items"]]


def test_likes_from_a_kids_list_leave_the_adult_search_as_if_they_were_only_seen(fixture_recommender) -> None:
    rec, parent, control = fixture_recommender, viewer(), viewer()
    liked = shown(rec, parent, KIDS)[:3]
    assert len(liked) == 3
    for sid in liked:
        rec.record_feedback(parent, sid, "like")
        rec.record_feedback(control, sid, "seen")  # hides the title, shapes nothing
    assert shown(rec, parent, ADULT) == shown(rec, control, ADULT)
    assert not set(liked) & set(shown(rec, parent, ADULT))  # still not offered again


def test_a_capped_search_still_learns_from_the_kids_likes(fixture_recommender) -> None:
    rec, parent = fixture_recommender, viewer()
    liked = shown(rec, parent, KIDS)[:3]
    for sid in liked:
        rec.record_feedback(parent, sid, "like")
    assert set(rec._taste(parent, capped=True).liked) == set(liked)
    assert rec._taste(parent).liked == [] and rec._taste(parent).genre_affinity == {}
    assert set(liked) <= set(rec._taste(parent).hidden)


def test_likes_from_an_uncapped_list_shape_the_adult_taste(fixture_recommender) -> None:
    rec, me = fixture_recommender, viewer()
    liked = shown(rec, me, ADULT)[:3]
    for sid in liked:
        rec.record_feedback(me, sid, "like")
    assert set(rec._taste(me).liked) == set(liked)


def test_a_like_under_a_standing_kids_audience_is_capped_until_liked_again_without_it(fixture_recommender) -> None:
    rec, parent = fixture_recommender, viewer()
    title = shown(rec, parent, ADULT)[0]  # shown uncapped, liked while "only kids' stuff" stands
    standing.update(rec.factory, parent, audience="kids")
    rec.record_feedback(parent, title, "like")
    standing.clear(rec.factory, parent)
    assert rec._taste(parent).liked == []
    rec.record_feedback(parent, title, "like")  # liked again, no cap: it is the parent's own taste now
    assert rec._taste(parent).liked == [title]
    assert taste_of(rec.snapshot, profiles.signals(rec.factory, parent)).liked == [title]


def test_a_pg_ratings_cap_is_a_kids_cap_and_deleting_the_viewer_forgets_it(fixture_recommender) -> None:
    rec, parent = fixture_recommender, viewer()
    capped = {"query": "a film", "constraints": Constraints(ratings=["G", "PG"]), "limit": 5}
    title = shown(rec, parent, capped)[0]
    rec.record_feedback(parent, title, "like")
    assert cap_context.capped_opinions(rec.factory, parent) == {title}
    profiles.delete_viewer(rec.factory, parent)
    assert cap_context.capped_opinions(rec.factory, parent) == frozenset()


def test_the_because_you_liked_list_of_an_adult_search_has_no_kids_likes(fixture_recommender) -> None:
    rec, parent = fixture_recommender, viewer()
    liked = shown(rec, parent, KIDS)[:3]
    for sid in liked:
        rec.record_feedback(parent, sid, "like")
    assert rec.taste_for(parent, {"audience": None, "ratings": []}).liked == []
    assert set(rec.taste_for(parent, {"audience": "kids", "ratings": []}).liked) == set(liked)


def test_linking_keeps_the_cap_of_the_second_channels_kids_likes(fixture_recommender) -> None:
    from recommender import links

    rec, profile, phone = fixture_recommender, viewer(), viewer()
    liked = shown(rec, phone, KIDS)[:2]
    for sid in liked:
        rec.record_feedback(phone, sid, "like")
    code = links.create_code(rec.factory, profile)
    assert code is not None and links.redeem(rec.factory, phone, code).profile_key == profile
    assert rec._taste(profile).liked == [] and set(rec._taste(profile, capped=True).liked) == set(liked)


def test_dislikes_from_a_kids_list_leave_the_adult_search_as_if_they_were_only_seen(fixture_recommender) -> None:
    rec, parent, control = fixture_recommender, viewer(), viewer()
    disliked = shown(rec, parent, KIDS)[:3]
    assert len(disliked) == 3
    for sid in disliked:
        rec.record_feedback(parent, sid, "dislike")  # "not for her": the child's taste, not the parent's
        rec.record_feedback(control, sid, "seen")
    assert rec._taste(parent).genre_affinity == {}
    assert shown(rec, parent, ADULT) == shown(rec, control, ADULT)
    assert not set(disliked) & set(shown(rec, parent, ADULT))


def test_a_capped_search_still_learns_from_the_kids_dislikes(fixture_recommender) -> None:
    rec, parent = fixture_recommender, viewer()
    disliked = shown(rec, parent, KIDS)[:3]
    for sid in disliked:
        rec.record_feedback(parent, sid, "dislike")
    capped = rec._taste(parent, capped=True).genre_affinity
    assert capped and all(affinity < 0 for affinity in capped.values())
    assert set(disliked) <= set(rec._taste(parent).hidden) and set(disliked) <= set(rec._taste(parent, capped=True).hidden)


def test_a_dislike_under_a_standing_kids_audience_is_capped_until_disliked_again_without_it(
        fixture_recommender) -> None:
    rec, parent = fixture_recommender, viewer()
    title = shown(rec, parent, ADULT)[0]
    standing.update(rec.factory, parent, audience="kids")
    rec.record_feedback(parent, title, "dislike")
    standing.clear(rec.factory, parent)
    assert rec._taste(parent).genre_affinity == {}
    rec.record_feedback(parent, title, "dislike")  # disliked again, no cap: the parent's own taste now
    assert rec._taste(parent).genre_affinity and all(a < 0 for a in rec._taste(parent).genre_affinity.values())


def test_liking_uncapped_a_title_disliked_for_the_child_makes_it_the_viewers_own(fixture_recommender) -> None:
    rec, parent = fixture_recommender, viewer()
    title = shown(rec, parent, ADULT)[0]
    standing.update(rec.factory, parent, audience="kids")
    rec.record_feedback(parent, title, "dislike")
    assert cap_context.capped_opinions(rec.factory, parent) == {title}
    standing.clear(rec.factory, parent)
    rec.record_feedback(parent, title, "like")  # the like replaces the dislike, and so does its cap context
    assert cap_context.capped_opinions(rec.factory, parent) == frozenset() and rec._taste(parent).liked == [title]


def test_linking_keeps_the_cap_of_the_second_channels_kids_dislikes(fixture_recommender) -> None:
    from recommender import links

    rec, profile, phone = fixture_recommender, viewer(), viewer()
    disliked = shown(rec, phone, KIDS)[:2]
    for sid in disliked:
        rec.record_feedback(phone, sid, "dislike")
    code = links.create_code(rec.factory, profile)
    assert code is not None and links.redeem(rec.factory, phone, code).profile_key == profile
    assert rec._taste(profile).genre_affinity == {} and rec._taste(profile, capped=True).genre_affinity
