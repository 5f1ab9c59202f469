"""Relaxation offers through real recommender calls: an empty answer to a known viewer offers the nearest
relaxation, and the viewer's next search with exactly those hard constraints takes it (once)."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from recommender.constraints import Constraints, RecommendationRequest
from recommender.relaxation_offers import RelaxationOffers, hard_key

IMPOSSIBLE = {"genres": ["horror"], "audience": "preschool"}


def ask(rec: Any, user: str | None, constraints: dict[str, Any]) -> dict[str, Any]:
    return rec.recommend(RecommendationRequest.model_validate({"constraints": constraints, "user_id": user}))


def events(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.getMessage().startswith("relaxation_")]


def test_taking_the_offered_relaxation_is_counted_once(fixture_recommender: Any,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="recommender.relaxation_offers")
    empty = ask(fixture_recommender, "offers-a", IMPOSSIBLE)
    assert empty["total_matches"] == 0 and empty["relaxations"]
    offered = empty["relaxations"][0]["constraints"]
    assert ask(fixture_recommender, "offers-a", offered)["total_matches"] > 0
    ask(fixture_recommender, "offers-a", offered)  # asked again: the offer was already taken
    assert events(caplog) == ["relaxation_offered", "relaxation_taken"]


def test_another_search_or_another_viewer_does_not_take_the_offer(fixture_recommender: Any,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="recommender.relaxation_offers")
    offered = ask(fixture_recommender, "offers-b", IMPOSSIBLE)["relaxations"][0]["constraints"]
    ask(fixture_recommender, "offers-c", offered)  # someone else
    ask(fixture_recommender, "offers-b", {"genres": ["comedy"]})  # a different search drops the offer
    ask(fixture_recommender, "offers-b", offered)
    assert ask(fixture_recommender, None, IMPOSSIBLE)["relaxations"]  # anonymous: nothing remembered
    assert events(caplog) == ["relaxation_offered"]


def test_an_offer_expires_and_list_order_does_not_matter() -> None:
    offers = RelaxationOffers(window_s=0.0)
    offers.observe("v", Constraints(genres=["horror"]), [Constraints(genres=["comedy", "drama"])])
    assert not offers.observe("v", Constraints(genres=["drama", "comedy"]), [])  # expired
    assert hard_key(Constraints(genres=["drama", "comedy"])) == hard_key(Constraints(genres=["comedy", "drama"]))
    fresh = RelaxationOffers()
    fresh.observe("v", Constraints(genres=["horror"]), [Constraints(genres=["comedy", "drama"])])
    assert fresh.observe("v", Constraints(genres=["drama", "comedy"]), [])
