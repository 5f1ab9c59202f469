"""Round 30: the intent classifier's tokenizer reads a stretched word as the word meant, with the offsets of the word
as typed (``nlu.chat_tokenizer.ChatTokenizer``). Phrasings are this module's own."""

from __future__ import annotations

import pytest

pytest.importorskip("rasa")

from rasa.nlu.constants import TOKENS_NAMES  # noqa: E402
from rasa.shared.nlu.constants import TEXT  # noqa: E402
from rasa.shared.nlu.training_data.message import Message  # noqa: E402

from nlu.chat_tokenizer import ChatTokenizer  # noqa: E402


def _tokens(text: str):
    tokenizer = ChatTokenizer(ChatTokenizer.get_default_config())
    message = Message({TEXT: text})
    tokenizer.process([message])
    return message.get(TOKENS_NAMES[TEXT])


def test_a_stretched_word_is_tokenized_as_the_word_meant():
    assert [t.text for t in _tokens("yessss pleeeease")] == ["yes", "please"]


def test_the_token_keeps_the_typed_offsets():
    token = _tokens("ok mooooore")[1]
    assert (token.text, token.start, token.end) == ("more", 3, 11)


def test_plain_words_are_tokenized_as_whitespace_tokens():
    assert [t.text for t in _tokens("comedies under 40 minutes")] == ["comedies", "under", "40", "minutes"]
