"""Round 29D: a clause about how the viewer's partner is ("my fiancée is shattered", "the hubby's knackered") is the
viewers' state, for every partner word of contract/words.py's one list (edits ``_STATE_SUBJECT``): a reason, never
the titles' topic. Phrasings are this module's own."""

from __future__ import annotations

import pytest

from actions.edits.viewer_state import viewer_state_spans


@pytest.mark.parametrize("text, clause", [
    ("under 90 minutes, my fiancée is shattered", "my fiancée is shattered"),
    ("keep it short because the hubby's knackered", "the hubby's knackered"),
    ("nothing long, my gf got sleepy", "my gf got sleepy"),
    ("max an hour, my other half is wiped", "my other half is wiped"),
    ("shorter please, my spouse feels rough", "my spouse feels rough"),
])
def test_a_clause_about_any_partner_is_the_viewers_state(text: str, clause: str) -> None:
    assert [text[e.start:e.end] for e in viewer_state_spans(text, [])] == [clause]


@pytest.mark.parametrize("text", ["my fiance is into heists", "the wifey is obsessed with baking shows"])
def test_a_partner_wishing_for_something_is_no_state(text: str) -> None:
    assert viewer_state_spans(text, []) == []
