"""The frames of "is <title> here?" (contract/availability.py, round 22b): the slot holding the words asked about, in
every casual shape, and the messages whose words are no slot. Phrasings are this module's own."""

from __future__ import annotations

import pytest

from contract.availability import asked_slot, within_slot


@pytest.mark.parametrize(("text", "words"), [
    ("goodfelas on here?", "goodfelas"),
    ("the irishman available?", "irishman"),
    ("ozark on netflix", "ozark"),
    ("sherlock is it here", "sherlock"),
    ("the dark crystal show, is that on here?", "dark crystal"),
    ("stranger things - do you have it?", "stranger things"),
    ("got narcos?", "narcos"),
    ("u guys have the witcher", "witcher"),
    ("is there a pokemon thing?", "pokemon"),
    ("is there a sherlock series on here", "sherlock"),
    ("theres a naruto anime right?", "naruto"),
    ("there's a bridgerton show, isn't there?", "bridgerton"),
    ("hey quick question, goodfellas on here pls", "goodfellas"),
])
def test_the_slot_holds_the_words_asked_about(text: str, words: str) -> None:
    slot = asked_slot(text)
    assert slot is not None and slot.words == words, slot


def test_a_kind_word_after_the_words_is_inside_the_slot() -> None:
    text = "theres a naruto anime right?"
    slot = asked_slot(text)
    assert slot is not None and text[slot.start:slot.end] == "naruto anime"
    assert within_slot(text, text.index("anime"), text.index("anime") + len("anime"))


@pytest.mark.parametrize("text", [
    "is it on here?",  # a pronoun: no words to ask about
    "anything good on netflix?",
    "got any comedies?",
    "is there anything scary",
    "do you have something for kids",
    "is there a way to turn on subtitles for this thing",  # more after the kind word: no frame
    "goodfellas on here? if not something like it",  # a request after the question
    "do you have goodfellas or some other movie",
    "got goodfellas or anything similar?",
    "i watched goodfellas",
    "something like goodfellas",
])
def test_no_slot_outside_the_frames(text: str) -> None:
    assert asked_slot(text) is None
