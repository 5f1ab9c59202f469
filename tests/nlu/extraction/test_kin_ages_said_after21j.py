"""Kin of no stated age whose age is said after all (nlu/extraction/kin.py): the stated age beats the kin word's
family default, since a cap only tightens and the default would pull a teenager down to the family band."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Got the grandchildren staying over. They are 14 and 16.",
    "my grandson is with me this week. he's 15 and into sci-fi",
    "my grand-daughter is coming over. She is 13, anything good?",
])
def test_an_age_said_after_through_a_pronoun_is_the_audience(values, text):
    assert values(text, "audience") == [("teen", None)]


@pytest.mark.parametrize("text", ["my nephews are staying the weekend, both teenagers",
                                  "the grandkids are here and they're teens now"])
def test_kin_called_teenagers_are_teens(values, text):
    assert values(text, "audience") == [("teen", None)]


def test_a_second_viewer_with_an_age_keeps_the_kin_default(values):
    """Near miss: another child's age ("my 15 year old") says nothing about the grandkids of no stated age."""
    got = values("the grandkids are over. my 15 year old is joining too", "audience")
    assert ("family", None) in got or ("family", "cap") in got


def test_kin_with_no_age_stay_family(values):
    assert values("the grandkids are over tonight. something fun?", "audience") == [("family", None)]


def test_a_pronoun_age_after_other_kin_is_theirs(values):
    """Near miss: the pronoun refers to the nearest kin ("my son ... he is 14"), not to the grandkids before."""
    got = values("the grandkids are over. my son came too, he is 14", "audience")
    assert ("family", None) in got
