"""The lead of a correction of what the bot understood (contract/words ``correction_lead``, round 22a): answer
particles and a restating cue at the message's start. Near misses: words that start like a particle ("nothing",
"none", "noir"), "not that" before an adjective, a restating cue later in the message."""

from __future__ import annotations

import pytest

from contract.words import correction_lead


@pytest.mark.parametrize("text, particles, restated", [
    ("no i said comedy", (0, 2), True),
    ("No, no, i meant westerns", (0, 6), True),
    ("nah i asked for thrillers", (0, 3), True),
    ("i said kids films", None, True),
    ("nope drama not comedy", (0, 4), False),
    ("not that, a romance", (0, 8), False),
    ("no comedy", (0, 2), False),
])
def test_leads(text, particles, restated):
    lead = correction_lead(text)
    assert lead is not None and lead.particles == particles and lead.restated == restated, lead


@pytest.mark.parametrize("text", ["nothing korean", "none of these", "noir films", "not that scary",
                                  "comedy, i said", "my wife said no horror", "nahuatl language films"])
def test_no_lead(text):
    assert correction_lead(text) is None
