"""A thrill a past title gave the viewer is told of that title (round 26e): "<it> had me / kept us on the edge of my
seat" describes what was watched, so the thriller genre promoted from the phrase goes and only the exciting mood stays
(nlu/extraction/genres.py ``feeling_in_a_story``); asked for, the same phrase is still the thriller genre."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", ["the final season had me on the edge of my seat, more like that please",
                                  "that courtroom one kept us on the edge of our seats. similar stuff?",
                                  "the ending left me really tense lol, anything else like it"])
def test_a_thrill_a_past_title_gave_is_the_mood_only(values, text):
    assert ("thriller", None) not in values(text, "genre")
    assert ("exciting", None) in values(text, "mood")


def test_a_thrill_asked_for_is_still_the_thriller(values):
    assert values("i want something that keeps me on the edge of my seat", "genre") == [("thriller", None)]


# -- gentler (round 26e) ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["like that one but gentler", "same vibe but a bit softer", "similar, but less brutal"])
def test_gentleness_is_its_own_comparative(values, text):
    assert values(text, "contrast") == [("gentler", None)]


def test_a_lighter_tone_stays_lighter(values):
    assert values("like that but less depressing", "contrast") == [("lighter", None)]
