"""A grown-up's visit is kept out of the query (actions/query_text.py ``_ELDER_VISITING``), round 21q.

Since grown-up company caps nothing, the extractor no longer claims "grandma is visiting" as an audience, and
"visiting" reached the search as a topic.
"""

from __future__ import annotations

import pytest

from actions.query_text import companion_scopes


@pytest.mark.parametrize("text, said", [
    ("grandma is visiting this weekend, any movie ideas?", "grandma is visiting"),
    ("the in-laws are over tonight, a comedy maybe", "the in-laws are over"),
    ("grandparents visiting, something funny", "grandparents visiting"),
])
def test_a_visit_of_grown_ups_is_company(text, said):
    assert said in [text[a:b] for a, b in companion_scopes(text)]


def test_near_miss_a_visit_in_a_story_is_the_topic():
    text = "a film about a grandma visiting paris"
    assert companion_scopes(text) == []
