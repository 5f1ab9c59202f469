"""An address to a voice assistant or to the bot opening a message is not part of the request (bot/addressing.py)."""

from __future__ import annotations

import pytest

from bot.addressing import without_address
from bot.conversation import typed_text_to_rasa


@pytest.mark.parametrize("said, wish", [
    ("alexa ask mediabot for a heist film", "a heist film"),
    ("Hey Google, tell mediabot to find something scary", "find something scary"),
    ("ok google ask mediabot whether there are new anime", "there are new anime"),
    ("alexa, two more please", "two more please"),
    ("mediabot: not the second one", "not the second one"),
    ("hey siri tell mediabot shorter ones", "shorter ones"),
    ("alexa, ask media bot for something educational", "something educational"),
    ("hey google ask the movie bot for a comedy", "a comedy"),
    ("alexa tell media-bot to find westerns", "find westerns"),
    ("alexa, ask for a robot movie", "ask for a robot movie"),  # no skill named: "robot" stays in the request
])
def test_the_address_is_dropped(said: str, wish: str) -> None:
    assert without_address(said, "mediabot") == wish


@pytest.mark.parametrize("said", [
    "alexa", "hey mediabot", "ok google",  # an address alone stays: a greeting
    "google chrome tutorials",  # an assistant's name not said as an address
    "siri is useless, give me a comedy",
    "a film like alexa and katie",
])
def test_words_that_are_no_address_stay(said: str) -> None:
    assert without_address(said, "mediabot") == said


def test_the_bot_is_addressed_by_its_configured_name() -> None:
    assert without_address("alexa ask movie night for westerns", "movie night") == "westerns"


def test_every_typed_channel_drops_the_address() -> None:
    assert typed_text_to_rasa(" /alexa tell mediabot something else") == "something else"
