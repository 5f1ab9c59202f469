"""The constraint schema is defined once: the Rasa slots and the recommender's API model agree with it."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import yaml

from contract.constraints import (API_FIELDS, DISPLAY_FIELDS, HARD_FIELDS, REQUEST_FIELDS, SOFT_FIELDS,
                                  Constraints)
from recommender.constraints import Constraints as ApiConstraints
from recommender.constraints import RecommendationRequest

DOMAIN = Path(__file__).resolve().parents[2] / "domain.yml"
# Slots that are dialogue memory or handoff policy, not constraints (domain.yml says which).
NON_CONSTRAINT_SLOTS = {"last_items", "shown_ids", "focused_id", "pending_relaxation", "failures", "rejected_ids",
                        "earlier_lists", "privacy_delete_pending"}


def domain_slots() -> dict[str, dict]:
    return yaml.safe_load(DOMAIN.read_text(encoding="utf-8"))["slots"]


def test_domain_constraint_slots_are_exactly_the_contract_fields() -> None:
    slots = set(domain_slots()) - NON_CONSTRAINT_SLOTS
    assert slots == {f.name for f in fields(Constraints)}


def test_list_fields_are_list_slots() -> None:
    slots, empty = domain_slots(), Constraints()
    for f in fields(Constraints):
        assert (slots[f.name]["type"] == "list") == isinstance(getattr(empty, f.name), list), f.name


def test_the_api_model_accepts_exactly_the_contract_api_fields() -> None:
    assert set(ApiConstraints.model_fields) == set(API_FIELDS)


def test_fields_are_hard_soft_display_or_request_only_and_nothing_twice() -> None:
    groups = HARD_FIELDS + SOFT_FIELDS + DISPLAY_FIELDS + REQUEST_FIELDS
    assert len(groups) == len(set(groups))
    assert {f.name for f in fields(Constraints)} == set(HARD_FIELDS + SOFT_FIELDS + DISPLAY_FIELDS)


def test_what_the_dialogue_sends_the_api_accepts_and_echoes_back_unchanged() -> None:
    state = Constraints(genres=["comedy"], exclude_genres=["horror"], media_type=["movie"], max_minutes=40,
                        audience="kids", mood=["feel-good"], similar_to="s8", similar_title="Stranger Things",
                        query="holiday")
    echoed = RecommendationRequest(constraints=state.to_api()).merged().public()
    assert echoed == state.to_api()
    assert Constraints.from_api(echoed, similar_title="Stranger Things") == state


def test_both_models_name_the_same_hard_fields_in_the_same_order() -> None:
    api = {"genres": ["comedy"], "max_minutes": 40, "audience": "kids", "mood": ["funny"], "query": "x"}
    assert Constraints.from_api(api).hard_fields() == ApiConstraints(**api).hard_fields() == \
        ["genres", "max_minutes", "audience"]


def test_slots_from_rasa_are_coerced_to_the_field_types() -> None:
    slots = {"max_minutes": 30.0, "media_type": "movie", "mood": "scary", "genres": ["comedy"], "query": None}
    state = Constraints.from_slots(slots)
    assert (state.max_minutes, state.media_type, state.mood, state.genres) == (30, ["movie"], ["scary"], ["comedy"])
    assert Constraints.from_slots(state.to_slots()) == state


def test_request_only_fields_are_not_part_of_the_state() -> None:
    state = Constraints.from_api({"genres": ["comedy"], "exclude_ids": ["s1"]})
    assert state.to_api() == {"genres": ["comedy"]}
