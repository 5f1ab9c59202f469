"""Round 20k: "television" spelt out says the format as "tv" does (nlu/extraction/media.py _PHRASES)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, value", [
    ("pardon me, i was after a television programme", "series"),
    ("any good television shows about chefs", "series"),
    ("a television film from the nineties", "movie"),
])
def test_television_before_a_format_noun_is_one_format_span(ents, text: str, value: str) -> None:
    found = [e for e in ents(text) if e.entity == "media_type"]
    assert [e.value for e in found] == [value] and found[0].surface.startswith("television")


def test_television_alone_is_no_format(values) -> None:
    assert values("we had the television on all evening", "media_type") == []


@pytest.mark.parametrize("text", ["a thriller then, directed by anybody at all", "a thriller made by whoever"])
def test_anybody_after_a_credit_cue_is_no_unknown_person(ents, text: str) -> None:
    assert not [e for e in ents(text) if e.entity == "unknown_person"]
