"""The life-story verbs shared by kin.py and years.py (nlu/extraction/life_story.py): one list, both readings."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "my grandparents taught at a village school, something for the evening",
    "my kids studied abroad, a film for me",
])
def test_kin_with_a_life_verb_are_no_audience(values, text):
    assert values(text, "audience") == []


def test_kin_who_are_company_stay_the_audience(values):
    assert values("my kids are here tonight, something fun", "audience") == [("family", None)]


@pytest.mark.parametrize("text", ["my grandmother taught piano in the 1960s", "my dad retired in the 2000s"])
def test_an_era_with_a_life_verb_is_no_year(values, text):
    assert values(text, "year") == []
