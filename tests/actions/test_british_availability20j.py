"""Round 20j: British "have you <title>?" asks whether the catalog holds the title (edits._AVAILABLE_BEFORE_RE),
as "have you got <title>" does; "have you seen <title>" asks no such thing. Phrasings are this module's own."""

from __future__ import annotations

import pytest

from actions.edits.asked_titles import asks_if_available
from actions.entities import Entity
from actions.turn import Turn


def _turn(text: str, phrase: str) -> Turn:
    start = text.index(phrase)
    return Turn("test", "request_recommendation", text,
                [Entity("title", "Paper Road", None, start, start + len(phrase))], {})


@pytest.mark.parametrize("text", ["have you 'paper road'?", "Good evening. Have you paper road, please?",
                                  "have you got paper road at all"])
def test_have_you_a_title_asks_if_it_is_held(text: str) -> None:
    assert asks_if_available(_turn(text, "paper road"))


@pytest.mark.parametrize("text", ["have you seen paper road?", "have you watched paper road"])
def test_have_you_seen_a_title_is_no_availability_question(text: str) -> None:
    assert not asks_if_available(_turn(text, "paper road"))
