"""Review mend of round 18 (M3): a clock deadline beside "a long movie" is the top of the long film's window.
Sentences are this module's own; near-misses keep their old readings."""

from __future__ import annotations

import pytest


# -- finding 7: a clock deadline and "a long movie" ------------------------------------------------------------------

@pytest.mark.parametrize("text, window", [
    ("it's 6 now and we leave at 9, a long movie please", "140-180"),
    ("its 8pm, bed at 11pm, some long film", "140-180"),
    ("right now it's 5 and i head out at 9, a long movie", "140-240"),
])
def test_a_long_movie_sits_under_the_clock_deadline(values, text, window):
    assert values(text, "duration") == [(window, None)]


def test_the_clock_words_are_the_durations_span(ents):
    text = "it's 6 now and we leave at 9, a long movie please"
    assert any("leave" in e.surface for e in ents(text) if e.entity == "duration")


@pytest.mark.parametrize("text, bound", [
    ("it's 6 now and we leave at 9, a movie under 2 hours", "-120"),  # a runtime said outright still wins
    ("it's 8, we leave at 10, a long film", "-120"),  # the time there is is shorter than a long film: it wins alone
    ("a long movie, nothing else", "140-"),  # no clock: the long film alone
])
def test_near_misses_of_the_long_film_beside_a_clock(values, text, bound):
    assert values(text, "duration") == [(bound, None)]
