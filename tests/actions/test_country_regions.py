"""Region words add up: "european or asian" is one search over about forty countries, answered with picks, never
the recommender's validation message (contract.constraints.MAX_COUNTRIES)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")
sys.path.insert(0, str(Path(__file__).parent))
from dialogue_driver import convo, ent  # noqa: E402,F401
from real_recommender import api  # noqa: E402,F401

from nlu.extraction.geo import REGIONS  # noqa: E402


async def test_two_regions_together_are_searched_not_refused(api, convo):
    text = "coming of age but nothing american. european or asian"
    start = text.index("european or asian")
    countries = [*REGIONS["european"], *REGIONS["asian"]]
    assert len(countries) > 20, "the two regions name more countries than one region does"
    await convo.say("request_recommendation", [ent("country", c, None, start, start + 17) for c in countries], text)
    assert "can't search" not in convo.text
    assert convo.items
