"""Dialogue round 13m through the real stack: a greeting or thanks before a question about a title does not hide it
("hi, do you guys have <title>?" is answered like the question alone, with the title's details); a greeting alone is
still greeted. Phrasings are this module's own."""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat

pytestmark = pytest.mark.integration

NOT_UNDERSTOOD = ("didn't quite get that", "outside what I can help with")


# Titles in tests/fixtures/netflix_small.csv (The Irishman, GoodFellas); "moon patrol" is in none.
@pytest.mark.parametrize("text,said", [
    ("hi, do you guys have the irishman?", "The Irishman is in the catalog"),
    ("thanks! and is goodfellas on here?", "GoodFellas is in the catalog"),
    ("hey there, have you got goodfellas", "GoodFellas is in the catalog"),
    ("good evening, do you have the moon patrol movie?", "I don't see"),
])
async def test_a_greeting_before_an_availability_question_is_answered(stack: Any, chat: WebChat, text: str,
                                                                      said: str) -> None:
    turn = await chat.say(text)
    assert said in turn.text and not any(n in turn.text for n in NOT_UNDERSTOOD), turn.text


async def test_a_greeting_before_tell_me_about_shows_the_title(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("hello! tell me about the irishman")
    assert "The Irishman" in turn.text and not any(n in turn.text for n in NOT_UNDERSTOOD), turn.text


async def test_a_greeting_alone_is_greeted(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("hi there")
    assert "watch" in turn.text and "in the catalog" not in turn.text, turn.text
