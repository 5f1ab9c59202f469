"""Round 21t: whether the catalog holds a named title, asked with the service as subject or with chatter after the
question (actions/edits.asks_if_available): "does netflix have <title>", "has netflix got <title>", "is <title> on here
or not", "is <title> on here?? <chatter>". Near misses: "is <title> good", and chatter that asks for more ("if not,
something like it") stay what they were. Phrasings are this module's own."""

from __future__ import annotations

import pytest

from actions.edits.asked_titles import asks_if_available
from actions.entities import Entity
from actions.turn import Turn


def _turn(text: str, phrase: str = "paper road", intent: str = "feedback_seen") -> Turn:
    start = text.index(phrase)
    return Turn("test", intent, text, [Entity("title", "Paper Road", None, start, start + len(phrase))], {})


@pytest.mark.parametrize("text", ["does netflix have paper road", "Has Netflix got paper road?", "netflix got paper road?",
                                  "do y'all have paper road on here", "is paper road on netflix or not",
                                  "is paper road still streaming"])
def test_the_service_asked_whether_it_holds_a_title(text: str) -> None:
    assert asks_if_available(_turn(text))


@pytest.mark.parametrize("text", ["is paper raod on here?? my sister will not shut up about it",
                                  "is paper raod on netflix? been hearing about it at work."])
def test_chatter_after_the_question_mark_keeps_the_question(text: str) -> None:
    assert asks_if_available(_turn(text, "paper raod"))


def test_chatter_asking_for_more_is_no_plain_availability_question() -> None:
    assert not asks_if_available(_turn("is paper road on netflix? or anything similar"))


def test_a_request_only_if_the_title_is_missing_leaves_the_question_when_it_is_there() -> None:
    # round 36: the title read is in the catalog, so "if not …" does not apply (round 21t read it as a request)
    assert asks_if_available(_turn("is paper road on here? if not something like it"))


@pytest.mark.parametrize("text", ["is paper road any good", "netflix paper road was great", "does paper road have a sequel"])
def test_other_words_about_a_title_ask_no_availability(text: str) -> None:
    assert not asks_if_available(_turn(text))
