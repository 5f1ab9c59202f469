"""contract/viewing.py: the clauses that tell what the viewer watched last."""

from __future__ import annotations

import pytest

from contract.viewing import viewing_spans


@pytest.mark.parametrize("text, clause", [
    ("the last one we watched was a war film, want a comedy", "the last one we watched was a war film"),
    ("we've just finished a horror now something light", "we've just finished a horror"),
    ("i have been watching anime all week, so a drama", "i have been watching anime all week"),
])
def test_a_viewing_clause_runs_to_the_wish(text, clause):
    assert [text[s:e].strip() for s, e in viewing_spans(text)] == [clause]


@pytest.mark.parametrize("text", ["we've watched every thriller here", "i never watched anime", "i want to watch a comedy",
                                  "we haven't seen a western"])
def test_no_viewing_clause(text):
    assert viewing_spans(text) == []
