"""The words of what the viewer watched last leave the free-text query when the message asks for another kind
(actions/query_text.py ``_past_viewing``, contract/viewing.py), and stay when it asks for nothing else."""

from __future__ import annotations

from actions.entities import Entity
from actions.query_text import residual_query


def _at(text: str, phrase: str, name: str, value: str) -> Entity:
    start = text.index(phrase)
    return Entity(name, value, None, start, start + len(phrase))


def test_a_viewing_beside_another_kind_leaves_no_query_words():
    text = "we just sat through a slasher with zombies, now something light"
    assert residual_query(text, [_at(text, "light", "mood", "light")]) is None


def test_a_viewing_said_alone_keeps_its_subject():
    text = "we just watched a documentary about bees, more like that"
    assert "bees" in (residual_query(text, [_at(text, "documentary", "genre", "documentary")]) or "")
