"""Dialogue round 17 (part H), the action side: 1. a greeting or thanks before a question about one title ("hi, do you
guys have <title>?", "thanks! and is <title> on here?", "hey, tell me about <title>") is answered like the question
alone (``edits.OPENER``, ``fallback.ActionSmallTalk``); a greeting or thanks alone is still small talk; 2. the bound
cues read spoken numbers with ``contract.numbers``' vocabulary (``numbers.alternation``, ``numbers.word_value``).
Sentences are this module's own; near-misses must not trigger."""

from __future__ import annotations

import re
from typing import Optional

import pytest
from dialogue_driver import Conversation, convo, located  # noqa: F401  (convo is a fixture)

from actions.cues import bare_bound_cues, reset_bound_cues
from actions.edits.asked_titles import asks_about_title, asks_if_available, missing_title_words
from actions.entities import Entity
from actions.turn import Turn
from contract import numbers
from contract.constraints import Constraints
from contract.payloads import ItemDetails, Recommendations

GOODFELLAS_ID = "s6881"  # in tests/fixtures/netflix_small.csv


def titled(text: str, phrase: str, value: str, intent: str = "greet", role: Optional[str] = None) -> Turn:
    start = text.index(phrase)
    return Turn("test", intent, text, [Entity("title", value, role, start, start + len(phrase))], {})


# -- 1. a greeting or thanks before a question about a title ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "hello there! is paper road on here?", "thanks! and is paper road available", "good evening, got paper road?",
    "hiya, do you have paper road", "thank you so much. is paper road streaming here?", "hey guys, got paper road pls",
])
def test_an_opener_before_an_availability_question_keeps_it(text: str) -> None:
    turn = titled(text, "paper road", "Paper Road")
    assert asks_if_available(turn) and asks_about_title(turn)


@pytest.mark.parametrize("text,words", [("hey there, do you have the last samurai?", "the last samurai"),
                                        ("thank you! is quiet harbour on here", "quiet harbour"),
                                        ("good morning. have you got moon patrol by any chance", "moon patrol")])
def test_an_opener_before_a_title_the_catalog_lacks_keeps_its_words(text: str, words: str) -> None:
    assert missing_title_words(Turn("test", "greet", text, [], {})) == words


@pytest.mark.parametrize("text", ["thanks for paper road!", "hi, is paper road any good", "hello, paper road was fun",
                                  "hey, forgot paper road"])
def test_an_opener_before_no_availability_question_is_none(text: str) -> None:
    assert not asks_if_available(titled(text, "paper road", "Paper Road"))


async def test_a_greeting_before_do_you_have_answers_with_the_details(api: str, convo: Conversation) -> None:
    text = "hey there, do you guys have goodfellas?"
    await convo.say("greet", [located(text, "goodfellas", "title", "GoodFellas")], text)
    details = [a for a in convo.answers if isinstance(a, ItemDetails)]
    assert details and details[0].item.id == GOODFELLAS_ID, convo.answers
    assert "in the catalog" in convo.text, convo.text


async def test_thanks_before_is_it_on_here_answers_with_the_details(api: str, convo: Conversation) -> None:
    text = "cheers! and is goodfellas on here?"
    await convo.say("thanks", [located(text, "goodfellas", "title", "GoodFellas")], text)
    details = [a for a in convo.answers if isinstance(a, ItemDetails)]
    assert details and details[0].item.id == GOODFELLAS_ID, convo.answers


async def test_a_greeting_before_tell_me_about_answers_with_the_details(api: str, convo: Conversation) -> None:
    text = "hello! tell me about goodfellas"
    await convo.say("greet", [located(text, "goodfellas", "title", "GoodFellas")], text)
    details = [a for a in convo.answers if isinstance(a, ItemDetails)]
    assert details and details[0].item.id == GOODFELLAS_ID, convo.answers


async def test_a_greeting_before_a_missing_title_says_it_is_missing(api: str, convo: Conversation) -> None:
    await convo.say("greet", [], "hiya, do you have the moon patrol movie?")
    assert "I don't see" in convo.text, convo.text
    assert not [a for a in convo.answers if isinstance(a, Recommendations)], convo.answers  # round 22b: no keyword list


async def test_a_greeting_alone_is_still_greeted(api: str, convo: Conversation) -> None:
    await convo.say("greet", [], "hello there")
    assert convo.responses == ["utter_greet"], convo.messages


async def test_thanks_naming_a_title_is_still_thanks(api: str, convo: Conversation) -> None:
    text = "thanks for goodfellas, loved it"
    await convo.say("thanks", [located(text, "goodfellas", "title", "GoodFellas")], text)
    assert convo.responses == ["utter_thanks"], convo.messages


# -- 2. one vocabulary of spoken numbers -----------------------------------------------------------------------------

def test_the_alternation_names_the_words_of_the_values_longest_first() -> None:
    words = numbers.alternation(range(1, 20)).split("|")
    assert set(words) == {w for w, v in numbers.UNITS.items() if 1 <= v <= 19}
    assert words.index("seventeen") < words.index("seven")
    assert re.fullmatch(rf"(?:{numbers.alternation(numbers.TENS.values())})", "eighty")


@pytest.mark.parametrize("words,value", [("seven", 7), ("fifteen", 15), ("ninety", 90), ("seventy-five", 75),
                                         ("forty two", 42), ("twenty ten", None), ("hundred", None), ("a few", None)])
def test_word_value_reads_numbers_below_a_hundred(words: str, value: Optional[int]) -> None:
    assert numbers.word_value(words) == value


@pytest.mark.parametrize("text,value", [("at least seventy-five", "75-"), ("no more than a hundred and fifteen", "-115"),
                                        ("ninety nine max", "-99"), ("up to an hour and a half", "-90")])
def test_spoken_runtimes_still_bound_a_film_search(text: str, value: str) -> None:
    found = bare_bound_cues(text, [], Constraints(media_type=["movie"]))
    assert [(e.name, e.value) for e in found] == [("duration", value)]


def test_a_spoken_pair_still_resets_a_season_count() -> None:
    found = reset_bound_cues("ok eleven or twelve then", "seasons", Constraints(min_seasons=3, max_seasons=3))
    assert [(e.name, e.value) for e in found] == [("seasons", "11-12")]
