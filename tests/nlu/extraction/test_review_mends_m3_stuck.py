"""Review mend of round 18 (M3): "stuck" is a wait (a ceiling) only with its place.
Sentences are this module's own; near-misses keep their old readings."""

from __future__ import annotations

import pytest


# -- finding 14: "stuck" is a wait only with its place ---------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("i'm stuck picking a film around 2 hours long", "108-132"),
    ("i'm stuck between two films about 90 minutes long", "81-99"),
])
def test_stuck_choosing_keeps_the_window(values, text, value):
    assert values(text, "duration") == [(value, None)]


@pytest.mark.parametrize("text, value", [
    ("stuck in traffic for about an hour, anything", "-60"),
    ("we're stuck on the ferry for about 2 hours", "-120"),
    ("stuck at my cousin's place for about 90 minutes", "-90"),
])
def test_stuck_at_a_place_is_still_a_wait(values, text, value):
    assert values(text, "duration") == [(value, None)]
