"""A title typed with a slip inside a casual availability question is that title (nlu/extraction/names.py reads the
frames of contract/availability.py as a title's evidence, round 22b). Phrasings are this module's own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "haikyuu on here?",
    "u guys have haikyuu",
    "is there a haikyuu thing?",
    "theres a haikyuu anime right?",
    "haikyuu, is it on netflix",
])
def test_a_slipped_title_in_an_availability_frame_is_the_title(values, text: str) -> None:
    assert values(text, "title") == [("Haikyu!!", None)]


@pytest.mark.parametrize(("text", "title"), [
    ("ozark available?", "Ozark"),
    ("got ozark?", "Ozark"),
    ("queens gambit is it here", "The Queen's Gambit"),
])
def test_a_title_in_a_frame_without_asking_words_before_it(values, text: str, title: str) -> None:
    assert values(text, "title") == [(title, None)]


@pytest.mark.parametrize("text", [
    "haikyuu was fun",  # near miss: no question, no cue; a slip alone is no title
    "is there a horror anime?",  # a kind in the slot
    "comedies on here?",
    "got any comedies?",
    "is there a dark thing?",  # an ordinary-word title needs the viewer's capitals in this frame
])
def test_no_slipped_title_outside_a_frame_or_for_a_kind(values, text: str) -> None:
    assert values(text, "title") == []
