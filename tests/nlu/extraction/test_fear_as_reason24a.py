"""Round 24a, class 7: a fear said as what a title would do to a viewer ("the youngest will get scared", "<kind> gives
her nightmares") asks for less fright: horror ruled out, no scary mood (nlu/extraction/moods.py
``_fear_as_consequence``). Phrasings are this module's own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "skip the third one, my son would get scared",
    "not that one please, it might give him nightmares",
    "an adventure film, she scares easily",
])
def test_a_fear_as_consequence_rules_horror_out(values, text):
    assert ("horror", "exclude") in values(text, "genre"), values(text, "genre")
    assert ("horror", None) not in values(text, "genre")
    assert ("scary", None) not in values(text, "mood")


def test_a_kind_that_gives_nightmares_is_ruled_out(values):
    assert values("anything but horror gives my daughter nightmares", "genre") == [("horror", "exclude")]
    got = values("a cartoon, horror gives her nightmares", "genre")
    assert ("horror", "exclude") in got and ("horror", None) not in got, got


@pytest.mark.parametrize("text", ["we want to get scared tonight", "i love getting scared, a horror"])
def test_near_miss_a_wish_to_be_scared_stays_horror(values, text):
    assert ("horror", None) in values(text, "genre"), values(text, "genre")
