"""Review of round 22a: "no" opening a phrase of its own ("no problem", "no worries", "no one") is no answer particle
of a correction (contract/words ``ANSWER_PARTICLE_PATTERN``); a bare "no" before a correction still is."""

from __future__ import annotations

import pytest

from contract.words import correction_lead


@pytest.mark.parametrize("text", ["no problem, add some romance too", "no worries, a thriller is fine too",
                                  "no one here likes horror", "no-one minds subtitles", "nobody wants horror",
                                  "no probs, what about sci-fi"])
def test_a_phrase_opened_by_no_is_no_correction_lead(text):
    assert correction_lead(text) is None, correction_lead(text)


@pytest.mark.parametrize("text", ["no, a thriller not a crime drama", "nooo i meant comedies", "no no i said westerns",
                                  "no, no horror", "no thanks, a comedy"])
def test_near_miss_a_bare_no_is_still_the_particle(text):
    lead = correction_lead(text)
    assert lead is not None and lead.particles is not None and lead.particles[0] == 0, lead
