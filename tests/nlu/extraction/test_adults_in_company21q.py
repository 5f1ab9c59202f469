"""Grown-up kin watching too impose no cap (nlu/extraction/audience.py ``elders_in_company``), round 21q; since
round 22d grandparents are the grown-ups' cap (tests/nlu/extraction/test_who_is_watching22d.py).

"A show to watch with my mum, she only watches crime dramas" was for kids and family and matched nothing: a parent or
grandparent is no child. A child named beside them still decides, and a cap word is still a cap.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "a series to watch with my mother, she loves police dramas",
    "something for me and my dad, he's 72",
    "the in-laws are over this weekend, any comedies",
    "my parents are staying with us, a good thriller?",
])
def test_grown_up_company_caps_nothing(values, text):
    assert values(text, "audience") == [], values(text, "audience")


def test_a_child_beside_an_elder_decides(values):
    # round 22d: grandpa is the grown-ups' cap (family), the boys' age the stricter audience that decides
    assert values("a film for grandpa (80) and my boys, 5 and 9", "audience") == [("family", "cap"), ("kids", None)]


# Near misses: a cap word beside an elder is still a cap; children are still children.
@pytest.mark.parametrize("text, expected", [
    ("keep it clean, it's for my grandmother", [("family", "cap")]),
    ("something with my mum and my 10 year old", [("family", None)]),
    ("a cartoon for the grandkids", [("family", None)]),
])
def test_caps_and_children_beside_elders_stay(values, text, expected):
    assert values(text, "audience") == expected, values(text, "audience")
