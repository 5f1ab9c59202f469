"""Round 24a, class 1, the action side: a rating turned down is a cap below it (actions/constraints.py
``_apply_audience_and_rating``). Phrasings are this module's own."""

from __future__ import annotations

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from planned_turns import at, planned  # noqa: E402

from actions.entities import EXCLUDE  # noqa: E402
from actions.turn import Turn  # noqa: E402


def first(text, entities):
    return Turn("test", "request_recommendation", text, list(entities), {})


def test_a_teen_rating_turned_down_caps_at_the_family_band():
    text = "a mystery, but no pg-13 and no r"
    plan = planned(first(text, [at(text, "mystery", "genre", "mystery"), at(text, "pg-13", "rating", "PG-13", EXCLUDE),
                                at(text, "r", "rating", "R", EXCLUDE)]))
    assert set(plan.constraints.ratings) == {"TV-Y", "TV-G", "G", "TV-Y7", "TV-Y7-FV", "PG", "TV-PG"}, plan.constraints


def test_an_adult_rating_turned_down_beside_a_teen_age_keeps_the_teen_cap():
    text = "my 13 year old wants a slasher but not R"
    plan = planned(first(text, [at(text, "my 13 year old", "audience", "teen"), at(text, "slasher", "genre", "horror"),
                                at(text, "R", "rating", "R", EXCLUDE)]))
    assert plan.constraints.audience == "teen" and not plan.constraints.ratings, plan.constraints


def test_near_miss_a_rating_asked_for_is_the_rating():
    text = "a mystery rated pg-13"
    plan = planned(first(text, [at(text, "mystery", "genre", "mystery"), at(text, "pg-13", "rating", "PG-13")]))
    assert plan.constraints.ratings == ["PG-13"]
