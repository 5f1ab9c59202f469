"""The era of the list shown said back (nlu/extraction/years.py "year-list-era*", round 21d): symbolic values the
actions resolve (contract.constraints LIST_ERA_VALUES). Sentences are this module's own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, value", [
    ("hmm, anything from before that era?", "before_then"),
    ("got something earlier than those years", "before_then"),
    ("a thriller from after that decade", "after_then"),
    ("ok something from roughly that time", "around_then"),
    ("a western of the same decade", "then"),
    ("more from that era but funny", "then"),
])
def test_the_lists_era_said_back(values, text, value):
    assert values(text, "year") == [(value, None)]


@pytest.mark.parametrize("text", ["laughs and tears at the same time", "from then on i only liked cartoons",
                                  "what did you show me before that", "something to watch around the house"])
def test_no_era_without_a_reference_to_it(values, text):
    assert values(text, "year") == []


def test_an_era_turned_down_is_excluded(values):
    assert values("nothing from that era", "year") == [("then", "exclude")]
