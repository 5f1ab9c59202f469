"""The taste model: dislikes are a negative signal, viewing events count with recency decay, every signal
can be undone, and a viewer who stops personalisation gets only the exclusions they asked for.
Real Recommender over the fixture catalog; each test is its own viewer."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from recommender import profiles
from recommender.constraints import RecommendationRequest
from recommender.taste import TasteConfig, taste_of

HORROR = ("s608", "s533", "s29")  # The Strangers, Scream, Dark Skies
VAGUE = {"query": "a scary night in", "limit": 30}


def viewer() -> str:
    return f"v1{uuid.uuid4().hex}"


def horror_count(rec: Any, user_id: str | None) -> int:
    items = rec.recommend(RecommendationRequest(user_id=user_id, **VAGUE))["items"]
    return sum("horror" in it["genres"] for it in items)


def test_several_disliked_horror_titles_mean_less_horror_not_only_those_hidden(fixture_recommender) -> None:
    rec, me = fixture_recommender, viewer()
    before = horror_count(rec, None)
    for sid in HORROR:
        rec.record_feedback(me, sid, "dislike")
    after = horror_count(rec, me)
    assert before >= 5 and after <= before - 3 - 2, (before, after)  # 3 hidden, and at least 2 more gone


def test_with_dislikes_ignored_only_the_disliked_titles_go(fixture_recommender) -> None:
    rec, me = fixture_recommender, viewer()
    for sid in HORROR:
        rec.record_feedback(me, sid, "dislike")
    sig = profiles.signals(rec.factory, me)
    assert "horror" in taste_of(rec.snapshot, sig).genre_affinity
    ignored = taste_of(rec.snapshot, sig, TasteConfig(use_dislikes=False))
    assert ignored.genre_affinity == {} and set(HORROR) <= set(ignored.hidden)


def test_undoing_a_dislike_brings_the_title_and_its_genre_back(fixture_recommender) -> None:
    rec, me = fixture_recommender, viewer()
    anonymous = [it["id"] for it in rec.recommend(RecommendationRequest(**VAGUE))["items"]]
    for sid in HORROR:
        rec.record_feedback(me, sid, "dislike")
    for sid in HORROR:
        assert profiles.undo_feedback(rec.factory, me, sid, "dislike")
    assert not profiles.undo_feedback(rec.factory, me, HORROR[0], "dislike")  # nothing left to undo
    assert [it["id"] for it in rec.recommend(RecommendationRequest(user_id=me, **VAGUE))["items"]] == anonymous


def test_a_completed_title_is_hidden_and_events_are_stored_once(fixture_recommender) -> None:
    rec, me = fixture_recommender, viewer()
    at = profiles.now()
    batch = [profiles.NewEvent("e1", "s608", "play", None, at),
             profiles.NewEvent("e2", "s608", "completion", 1.0, at)]
    assert profiles.record_events(rec.factory, me, batch) == (2, 0)
    assert profiles.record_events(rec.factory, me, batch) == (0, 2)  # a retried batch changes nothing
    assert len(profiles.signals(rec.factory, me).events) == 2
    ids = [it["id"] for it in rec.recommend(RecommendationRequest(user_id=me, constraints={"genres": ["horror"]},
                                                                  limit=50))["items"]]
    assert "s608" not in ids
    assert profiles.undo_events(rec.factory, me, "s608") == 2


def test_old_signals_count_less(fixture_recommender) -> None:
    rec, me = fixture_recommender, viewer()
    rec.record_feedback(me, HORROR[0], "like")
    sig = profiles.signals(rec.factory, me)
    liked_at = sig.feedback[0].at
    fresh = taste_of(rec.snapshot, sig, TasteConfig(half_life_days=30), at=liked_at)
    later = taste_of(rec.snapshot, sig, TasteConfig(half_life_days=30), at=liked_at + dt.timedelta(days=30))
    assert later.genre_affinity["horror"] == pytest.approx(fresh.genre_affinity["horror"] / 2)


def test_personalisation_off_keeps_only_the_exclusions(fixture_recommender) -> None:
    rec, me = fixture_recommender, viewer()
    for sid in HORROR:
        rec.record_feedback(me, sid, "dislike")
    personal = horror_count(rec, me)
    profiles.set_personalize(rec.factory, me, False)
    off = taste_of(rec.snapshot, profiles.signals(rec.factory, me))
    assert off.genre_affinity == {} and off.liked == [] and set(HORROR) <= set(off.hidden)
    items = rec.recommend(RecommendationRequest(user_id=me, **VAGUE))["items"]
    assert not set(HORROR) & {it["id"] for it in items}
    assert horror_count(rec, me) >= personal + 2  # the genre no longer sinks
    profiles.set_personalize(rec.factory, me, True)
    assert horror_count(rec, me) == personal
