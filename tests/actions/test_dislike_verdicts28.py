"""Round 28: one verdict of dislike (``contract.words.DISLIKE_VERDICT_PATTERN``) read by both rules that judge a title
the viewer has seen: a listed title turned down (actions/listed_dislikes.py) and "done with <title>, it was awful" as
no like-search (actions/references.finished_title). Praise that negates a bad word ("not bad") is no dislike."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from actions.entities import Entity  # noqa: E402
from actions.listed_dislikes import listed_title_disliked  # noqa: E402
from actions.references import finished_title  # noqa: E402
from actions.turn import Turn  # noqa: E402
from contract.words import DISLIKE_VERDICT_PATTERN  # noqa: E402

_VERDICT = re.compile(rf"\b(?:{DISLIKE_VERDICT_PATTERN})\b", re.IGNORECASE)


def _turn(text: str) -> Turn:
    items = [{"id": f"s{n}", "title": f"Title {n}"} for n in (1, 2, 3)]
    position = Entity("position", "2", None, start=text.index("second"), end=text.index("second") + len("second"))
    return Turn("test", "ask_details", text, [position], {"last_items": items, "shown_ids": [i["id"] for i in items]})


@pytest.mark.parametrize("text", ["honestly it was meh", "that one sucked", "i didnt get into it", "we bailed on it",
                                  "loathed every minute", "it's not my thing", "couldnt finish it"])
def test_words_of_a_bad_review_are_a_verdict_of_dislike(text: str) -> None:
    assert _VERDICT.search(text)


@pytest.mark.parametrize("text", ["not bad at all", "it wasn't boring", "really good", "loved it", "we finished it"])
def test_praise_and_plain_facts_are_no_verdict_of_dislike(text: str) -> None:
    assert not _VERDICT.search(text)


@pytest.mark.parametrize("text", ["the second one looked meh, show me something different",
                                  "the second one we bailed on, anything else?"])
def test_a_listed_title_judged_with_any_word_of_the_shared_verdict_is_turned_down(text: str) -> None:
    assert listed_title_disliked(_turn(text)) is not None


def test_a_title_finished_and_found_not_bad_still_starts_a_like_search(fixture_gazetteer: None) -> None:
    found = finished_title("done with dark, not bad at all, what next")
    assert found is not None and found.value == "Dark"


def test_a_title_finished_and_found_dull_starts_no_like_search(fixture_gazetteer: None) -> None:
    assert finished_title("done with dark, it was meh honestly") is None
