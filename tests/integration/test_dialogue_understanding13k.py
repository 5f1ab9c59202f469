"""Dialogue round 13k through the real stack (NLU extraction classes), every pick judged on its catalog record.
Phrasings are this module's own.

Classes: a judged kind of the genre the viewer wants ("we want to laugh, just not stupid humour", "a drama, no sappy
dramas") turns down that kind, not the genre; an availability question ("do you have the irishman", "is ozark on
here") names its title in lowercase; falling asleep said as what the title should do ("something to help me doze
off", "put me to sleep") asks for a relaxing title, while the viewer's own sleep or a watched title's is no wish.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from chat import parsed as rasa_parse  # entities read by the running Rasa server
from checks import applied, checked_picks

pytestmark = pytest.mark.integration

# Titles in tests/fixtures/netflix_small.csv
IRISHMAN_ID, OZARK_ID = "s3228", "s2768"


def parsed(stack: Any, text: str) -> list[tuple[str, str, str | None]]:
    return rasa_parse(stack.rasa_url, text)


# -- a judged kind of the genre asked for ------------------------------------------------------------------------


async def test_a_judged_genre_beside_a_funny_wish_rules_out_no_comedy(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we could use a laugh tonight, just not stupid humour")
    constraints = applied(turn)
    assert "comedy" not in (constraints.get("exclude_genres") or []), constraints
    assert "funny" in (constraints.get("mood") or []), constraints
    await checked_picks(stack.gateway_url, turn, lambda r: True)


async def test_a_judged_genre_beside_the_same_genre_keeps_it_asked_for(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a good drama please, but no soppy dramas")
    constraints = applied(turn)
    assert "drama" in (constraints.get("genres") or []), constraints
    assert "drama" not in (constraints.get("exclude_genres") or []), constraints
    await checked_picks(stack.gateway_url, turn, lambda r: "drama" in r["genres"])


async def test_a_judged_genre_alone_is_still_ruled_out(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("anything tonight, only no cheesy horror")
    assert "horror" in (applied(turn).get("exclude_genres") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "horror" not in r["genres"])


# -- availability questions name the title ---------------------------------------------------------------------


async def test_an_availability_question_names_a_lowercase_title(stack: Any, chat: WebChat) -> None:
    assert [e for e in parsed(stack, "hi, do you guys have the irishman?") if e[0] == "title"] == [
        ("title", "The Irishman", None)]
    turn = await chat.say("do you guys have the irishman?")
    assert "The Irishman" in turn.text, turn.text


async def test_is_a_title_on_here_names_it(stack: Any, chat: WebChat) -> None:
    assert [e for e in parsed(stack, "is ozark on here") if e[0] == "title"] == [("title", "Ozark", None)]


async def test_availability_words_around_no_title_read_none(stack: Any, chat: WebChat) -> None:
    for text in ("do you have anything scary", "do you have the time", "is there something dark"):
        assert [e for e in parsed(stack, text) if e[0] == "title"] == [], text


# -- falling asleep --------------------------------------------------------------------------------------------


async def test_something_to_doze_off_to_asks_for_a_relaxing_title(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("need a show to help me doze off")
    assert "relaxing" in (applied(turn).get("mood") or []), applied(turn)
    assert "doze" not in (applied(turn).get("query") or ""), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series")


async def test_a_title_that_put_the_viewer_to_sleep_is_no_wish(stack: Any, chat: WebChat) -> None:
    assert ("mood", "relaxing", None) not in parsed(stack, "that last film put me to sleep, something gripping")
    assert not [e for e in parsed(stack, "don't you fall asleep on me now") if e[0] == "mood"]
