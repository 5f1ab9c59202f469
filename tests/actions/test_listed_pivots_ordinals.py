"""A position said without "one" before "but" and a change is a pivot to that listed title, as "the third one but ..."
is (actions/listed_pivots.py, round 21d); "the last" is the list's last item. Sentences are this module's own."""

from __future__ import annotations

from typing import Any

import pytest
from dialogue_driver import located

from actions.entities import parse_entities
from actions.listed_pivots import pivots_to_a_listed_title
from actions.turn import Turn

ITEMS = [{"id": "s1", "title": "A"}, {"id": "s2", "title": "B"}, {"id": "s3", "title": "C"}]


def _turn(text: str, entities: list[tuple[str, str, str]]) -> Turn:
    located_entities: list[dict[str, Any]] = [located(text, phrase, name, value) for phrase, name, value in entities]
    return Turn("t", "refine", text, parse_entities(located_entities, text),
                {"last_items": ITEMS, "shown_ids": ["s1", "s2", "s3"]})


@pytest.mark.parametrize("text, entities", [
    ("the third but animated", [("the third", "position", "3"), ("animated", "genre", "animation")]),
    ("2nd but a bit shorter", [("2nd", "position", "2"), ("shorter", "duration", "shorter")]),
    ("#1 but more recent", [("#1", "position", "1"), ("more recent", "year", "newer")]),
])
def test_an_ordinal_without_one_then_a_change_pivots(text: str, entities: list[tuple[str, str, str]]) -> None:
    assert pivots_to_a_listed_title(_turn(text, entities)) is True


def test_the_last_but_a_change_is_the_lists_last_title() -> None:
    turn = _turn("the last but in spanish", [("the last", "position", "last"), ("in spanish", "language", "es")])
    assert pivots_to_a_listed_title(turn) is True


@pytest.mark.parametrize("text, entities", [
    ("the third but is it animated?", [("the third", "position", "3"), ("animated", "genre", "animation")]),
    ("the 5th but shorter", [("the 5th", "position", "5"), ("shorter", "duration", "shorter")]),  # no 5th item
])
def test_a_question_or_a_missing_item_is_no_pivot(text: str, entities: list[tuple[str, str, str]]) -> None:
    assert pivots_to_a_listed_title(_turn(text, entities)) is False
