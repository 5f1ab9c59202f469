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


@pytest.mark.parametrize("text, year", [
    ("something from the year i was born 1985", "1985-1985"),
    ("anything from the year my daughter was born 2012", "2012-2012"),
    ("something from when i was born 1990", "1990-1990"),
])
def test_a_year_asked_for_by_a_birth_is_the_wish(values, text, year):
    assert values(text, "year") == [(year, None)]


@pytest.mark.parametrize("text", ["i was born in 1985 and i like comedies", "my dad was born in 1950, anything fun"])
def test_a_birth_told_is_still_no_year(values, text):
    assert values(text, "year") == []


@pytest.mark.parametrize("text", ["my dad took me to the pictures every saturday, i love westerns",
                                  "my grandma used to take us to the cinema, something romantic"])
def test_kin_who_took_the_viewer_somewhere_are_the_past(values, text):
    """Round 21j: taking the viewer somewhere as a child is a past deed, nobody watching now."""
    assert values(text, "audience") == []
