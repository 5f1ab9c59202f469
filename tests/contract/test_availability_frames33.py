"""An availability question in the shapes round 33's blind set met (contract/availability.py): asked of the past ("was
<title> on here"), with its second half asking whether the title was taken away, "on there", "do you still have",
and the title first with which one is meant in apposition ("<title>, the german show. is it here"). Phrasings are
this module's own."""

from __future__ import annotations

import pytest

from contract.availability import asked_slot


@pytest.mark.parametrize("text, words", [
    ("was ozark on here or did they remove it", "was ozark"),
    ("were the barbie films on here, or have they taken them down?", "were the barbie"),
    ("is ozark on there", "is ozark"),
    ("do you guys still have ozark", "ozark"),
    ("ozark on here or is it gone?", "ozark"),
])
def test_the_question_of_the_past_or_of_a_title_taken_away_has_its_slot(text: str, words: str) -> None:
    slot = asked_slot(text)
    assert slot is not None and slot.words == words


def test_which_one_is_meant_in_apposition_belongs_to_the_slot() -> None:
    text = "ozark, the american show. is it here"
    slot = asked_slot(text)
    assert slot is not None and slot.words == "ozark" and text[slot.start:slot.end] == "ozark, the american show"


@pytest.mark.parametrize("text", ["is there anything on there", "was it on here", "anything good on there?"])
def test_no_name_in_the_slot_is_no_question_about_a_title(text: str) -> None:
    assert asked_slot(text) is None


@pytest.mark.parametrize("text", ["is ozark on ther", "is ozark available to stream?", "ozark available to watch"])
def test_a_slipped_there_and_available_to_stream_ask_the_same(text: str) -> None:
    slot = asked_slot(text)
    assert slot is not None and slot.words.split()[-1] == "ozark"
