"""The dialogue evaluation's reading of a turn's answers (mediabot/eval/dialogue.py)."""

from __future__ import annotations

from mediabot.eval.dialogue import _items


def test_a_title_shown_on_its_own_card_counts_as_shown() -> None:
    answers = [{"type": "text", "text": "That sounds like Breaking Bad — here it is."},
               {"type": "item_details", "item": {"id": "s5941", "title": "Breaking Bad"}}]
    assert [i["id"] for i in _items(answers)] == ["s5941"]


def test_list_items_and_card_items_are_shown_in_order_and_text_shows_nothing() -> None:
    answers = [{"type": "recommendations", "items": [{"id": "s1"}, {"id": "s2"}]},
               {"type": "text", "text": "anything else?"},
               {"type": "item_details", "item": {"id": "s3"}}]
    assert [i["id"] for i in _items(answers)] == ["s1", "s2", "s3"]


def test_a_card_without_an_item_object_shows_nothing() -> None:
    assert _items([{"type": "item_details", "item": "s3"}, {"type": "recommendations", "items": None}]) == []
