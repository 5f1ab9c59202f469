"""Round 24a, class 5: teens who reject children's things ("they roll their eyes at anything for kids") rule the
children's titles out; their age says who watches and the rejecting words are no search (nlu/extraction/childrens.py
``childish_rejected``). Phrasings are this module's own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "my boys are 14 and 16 and they roll their eyes at anything for kids",
    "a film with my teenage niece, she scoffs at kids' movies",
    "my 15 yo thinks he's too cool for kiddie stuff",
])
def test_children_s_things_rejected_are_ruled_out(values, text):
    got = values(text, "audience")
    assert ("kids", "exclude") in got, got
    assert ("teen", None) in got, got
    assert ("family", None) not in got, got


def test_the_rejecting_words_are_the_span(ents):
    text = "two teenagers here who roll their eyes at anything for kids"
    spans = [e.surface for e in ents(text) if e.entity == "audience" and e.role == "exclude"]
    assert spans == ["roll their eyes at anything for kids"]


def test_near_miss_a_film_for_kids_is_still_the_children_s_audience(values):
    assert values("a funny film for kids", "audience") == [("family", None)]
