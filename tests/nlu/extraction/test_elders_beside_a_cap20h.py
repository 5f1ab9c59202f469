"""Round 20h: an elder relative watching beside a content cap is the grown-ups' cap, never the children's audience
(since round 21q the elder's company caps nothing: nlu/extraction/audience.py ``elders_in_company``; round 22d: a grandparent's company is the grown-ups' cap; the cap
word is the grown-ups' cap on its own); a child named keeps the family audience."""

from __future__ import annotations


def test_an_elder_with_a_clean_cap_is_only_a_cap(values):
    assert values("keep it clean, it is for my nana tonight", "audience") == [("family", "cap")]
    assert values("nothing with swearing, watching with my grandfather", "audience") == [("family", "cap")]


def test_near_miss_an_elder_without_a_cap_caps_nothing(values):
    # round 21q: grown-up company is no children's audience; round 22d: a grandparent's company is the grown-ups' cap
    # (audience.elders_in_company), a parent's still nothing
    assert values("a film to watch with my grandfather", "audience") == [("family", "cap")]
    assert values("a film to watch with my father", "audience") == []


def test_near_miss_a_child_beside_the_elder_keeps_the_family_audience(values):
    assert ("family", None) in values("keep it clean, for my nana and my 9 year old", "audience")
