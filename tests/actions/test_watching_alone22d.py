"""Watching alone is who watches, never a topic (round 22d, actions/query_text.py ``_ALONE``): "watching alone at 2am
cant sleep" searched the word "alone". Near misses: "home alone", "a film about being alone" keep the word."""

from __future__ import annotations

import pytest

from actions.query_text import companion_scopes, residual_query


@pytest.mark.parametrize("text, said", [
    ("watching alone at 2am", "watching alone"),
    ("im by myself tonight, a thriller", "im by myself"),
    ("on my own again, what should i watch", "on my own"),
    ("all alone tonight", "all alone"),
])
def test_watching_alone_is_company(text, said):
    assert said in [text[a:b] for a, b in companion_scopes(text)]


@pytest.mark.parametrize("text", ["watching alone at 2am", "me alone tonight with snacks, a thriller"])
def test_alone_never_reaches_the_query(text):
    assert "alone" not in (residual_query(text, []) or "")


@pytest.mark.parametrize("text", ["home alone", "a film about being alone in space"])
def test_near_miss_alone_as_a_title_or_topic_stays(text):
    assert companion_scopes(text) == []
