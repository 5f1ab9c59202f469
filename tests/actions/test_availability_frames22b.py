"""Round 22b: whether the catalog holds a title, asked in casual frames (contract/availability.py read by
actions/edits.asks_if_available and missing_title_words): "<title> on here?", "<title> is it here", "got <title>?",
"the <title> show, is that on here", "is there a <title> thing?", "there's a <title> anime right?". Near misses: a kind
in the slot, a request after the question, a title said with other constraints. Phrasings are this module's own."""

from __future__ import annotations

import pytest

from actions.edits.asked_titles import asks_if_available, missing_title_words
from actions.entities import Entity
from actions.turn import Turn


def _turn(text: str, phrase: str = "paper road", *more: Entity, intent: str = "nlu_fallback") -> Turn:
    start = text.index(phrase)
    return Turn("test", intent, text, [Entity("title", "Paper Road", None, start, start + len(phrase)), *more], {})


def _kind(text: str, word: str, name: str = "media_type", value: str = "series") -> Entity:
    start = text.index(word)
    return Entity(name, value, None, start, start + len(word))


@pytest.mark.parametrize("text", ["paper raod on here?", "paper road available?", "paper road on netflix",
                                  "paper road is it here", "paper road, is that on netflix?", "got paper road?",
                                  "paper road - you got it?", "is there a paper road thing?",
                                  "hi! paper road still on here?"])
def test_a_title_in_a_casual_frame_asks_if_the_catalog_has_it(text: str) -> None:
    phrase = "paper raod" if "raod" in text else "paper road"
    assert asks_if_available(_turn(text, phrase))


def test_the_kind_word_pointing_at_the_title_is_no_constraint() -> None:
    text = "the paper road show is that on here"
    assert asks_if_available(_turn(text, "paper road", _kind(text, "show")))
    text = "theres a paper road anime right?"
    assert asks_if_available(_turn(text, "paper road", _kind(text, "anime", "genre", "anime")))


@pytest.mark.parametrize("text", ["paper road on here? if not something like it",  # a request after the question
                                  "paper road was on here last week, loved it",
                                  "is there a paper road sequel coming"])
def test_no_frame_no_availability_question(text: str) -> None:
    assert not asks_if_available(_turn(text))


def test_a_constraint_outside_the_slot_makes_it_a_search() -> None:
    text = "paper road on netflix for my kids"
    assert not asks_if_available(_turn(text, "paper road", _kind(text, "for my kids", "audience", "kids")))


@pytest.mark.parametrize(("text", "words"), [("got the moon patrol?", "the moon patrol"),
                                             ("the moon patrol movie on here?", "the moon patrol"),
                                             ("is there a moon patrol anime?", "moon patrol"),
                                             ("Moonpatrol available?", "Moonpatrol")])
def test_words_the_catalog_lacks_in_a_frame_are_said_missing(text: str, words: str) -> None:
    found = [_kind(text, "anime", "genre", "anime")] if "anime" in text else []
    assert missing_title_words(Turn("test", "nlu_fallback", text, found, {})) == words


@pytest.mark.parametrize("text", ["anything on here?", "popcorn available?", "got time?", "is there a horror anime?",
                                  "the chess show is that on here",  # a show described by its topic, no name
                                  "a heist movie on here?"])
def test_no_title_words_in_these_frames(text: str) -> None:
    found = [_kind(text, "horror", "genre", "horror"), _kind(text, "anime", "genre", "anime")] if "horror" in text else []
    assert missing_title_words(Turn("test", "nlu_fallback", text, found, {})) is None
