"""References into the last list: the extra ``position`` entity (``1``..``10`` or ``last``)."""

from __future__ import annotations

import pytest

from conftest import Ent


@pytest.mark.parametrize("text,surface,value", [
    ("the second one", "the second one", "2"),
    ("last one", "last one", "last"),
    ("#3", "#3", "3"),
    ("# 4 please", "# 4", "4"),
    ("the first one sounds good", "the first one", "1"),
    ("tell me more about the 3rd option", "the 3rd option", "3"),
    ("number 5", "number 5", "5"),
    ("option two", "option two", "2"),
    ("the last", "the last", "last"),
    ("I'll take the second", "the second", "2"),
    ("the tenth one", "the tenth one", "10"),
])
def test_positions(ents, text, surface, value):
    assert Ent(surface, "position", value) in ents(text)


@pytest.mark.parametrize("text", ["first, I want comedies", "the last five years", "#42", "number 12",
                                  "the second season of Ozark", "last year"])
def test_non_positions(values, text):
    assert values(text, "position") == []
