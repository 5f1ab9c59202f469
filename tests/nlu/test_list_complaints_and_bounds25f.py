"""Round 25f of the NLU extraction: follow-ups that edit the active search (nlu/extraction/geo.py, ...).
Each class with this module's own phrasings and near-misses that must not change."""

from __future__ import annotations

import pytest


# -- 1. the list's origin complained of, or its people ruled out, is that country ruled out ------------------------------

@pytest.mark.parametrize("text, value", [
    ("those are all danish, got anything different?", "Denmark"),
    ("it's only mexican stuff, something other than that", "Mexico"),
    ("no canadians please", "Canada"),
    ("nothing with aussies", "Australia"),
    ("not the germans again", "Germany"),
])
def test_an_origin_complained_of_is_ruled_out(values, text, value):
    assert (value, "exclude") in values(text, "country")


@pytest.mark.parametrize("text, value", [
    ("those are all danish, love it", "Denmark"),
    ("more mexican stuff like these", "Mexico"),
])
def test_an_origin_praised_or_asked_for_stays_wished(values, text, value):
    assert values(text, "country") == [(value, None)]


def test_people_of_a_country_not_refused_are_no_exclusion(values):
    assert ("Canada", "exclude") not in values("a comedy where canadians go camping", "country")


# -- 2. a new runtime limit said as a stretch is an upper bound ----------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("ok we could stretch it to 50", "-50"),
    ("i suppose i can push it to an hour", "-60"),
    ("fine, stretch to 2 hours", "-120"),
])
def test_a_stretch_is_a_new_upper_bound(values, text, value):
    assert values(text, "duration") == [(value, None)]


def test_a_stretch_without_a_runtime_is_none(values):
    assert values("a story that will stretch to the end of the world", "duration") == []
