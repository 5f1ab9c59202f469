"""Retractions that start the wish over inside one message (nlu/extraction/corrections.py ``_restarted``): what comes
after "never mind" / "forget that" / "scratch that" or a pause-"just" re-saying a kind replaces what came before, so an
earlier refusal does not survive."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, entity", [
    ("something like ozark but no crime stuff... ok just like ozark", "genre"),
    ("something like narcos but no spanish, hmm never mind, a korean thriller", "language"),
    ("no anime please. forget that, a japanese film", "genre"),
    ("thrillers but not american ones, okay just thrillers", "country"),
    ("not a documentary. scratch all that, a nature series", "genre"),
])
def test_a_refusal_before_a_restart_is_taken_back(values, text, entity):
    assert not [v for v, role in values(text, entity) if role == "exclude"]


def test_what_comes_after_the_restart_stays(values):
    assert values("something like narcos but no spanish, hmm never mind, a korean thriller", "language") == [("ko", None)]


@pytest.mark.parametrize("text, entity, value", [
    ("comedies, no horror. just something short", "genre", "horror"),  # "just" re-says no kind: the refusal stays
    ("nothing korean, actually just a spanish film", "language", "ko"),  # a wish of another value, no restatement
    ("no horror, just comedies", "genre", "horror"),  # no pause-cue before "just": "no X, just Y" is one wish
])
def test_a_refusal_without_a_restart_stays(values, text, entity, value):
    assert (value, "exclude") in values(text, entity)
