"""Review finding 12 (round 18): the chat words a clause may end with are one set (contract/words.py ``ENDING_CHAT_WORDS``,
``is_chat_word``, ``LAUGHTER_PATTERN``) read by the NLU's title slot (names.ENDING_FILLER), the "not <whole title>"
rule after a list (actions/list_follow_ups.py) and the chat noise opening a follow-up (actions/edits/)."""

from __future__ import annotations

import re

import pytest

from actions.edits.list_reactions import _CHAT_LEAD
from contract.words import ENDING_CHAT_WORDS, is_chat_word
from nlu.extraction.names import ENDING_FILLER


def test_the_title_slot_reads_the_shared_set() -> None:
    assert ENDING_FILLER is ENDING_CHAT_WORDS


@pytest.mark.parametrize("word", ["lol", "lolll", "hahaha", "hahah", "heh", "pls", "plz", "thx", "ty", "either",
                                  "again", "tbh", "maybe", "Thanks"])
def test_chat_words(word: str) -> None:
    assert is_chat_word(word)


@pytest.mark.parametrize("word", ["love", "hold", "heat", "hello world", "playlist", "then again", "okay then", "ha"])
def test_no_chat_words(word: str) -> None:
    assert not is_chat_word(word)


@pytest.mark.parametrize("lead", ["haha ok, ", "lolll ", "heh alright, ", "xd "])
def test_laughter_still_opens_a_follow_up(lead: str) -> None:
    assert re.fullmatch(_CHAT_LEAD, lead, re.IGNORECASE)
