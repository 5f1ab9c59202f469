"""Dialogue round 13c through the real stack (NLU extraction classes), every pick judged on its catalog record.
Phrasings are this module's own.

Classes: ages listed bare after the children ("the grandkids till sunday, 3 and 9,") give the youngest's audience
like "the kids are 3 and 9"; time already behind the viewer ("2 hours into a drive", "after a 12 hour shift") is
no runtime, while time ahead ("for the next hour and a half") still is; a well-known nickname of a catalog person
("leo", "srk", "bebo") names that person, and the same word used as an ordinary word does not.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, KIDS, PRESCHOOL, ItemCheck, applied, checked_picks, runtime_at_most

pytestmark = pytest.mark.integration

DICAPRIO, SRK, KAREENA = "Leonardo DiCaprio", "Shah Rukh Khan", "Kareena Kapoor"  # each in 3 fixture titles


def starring(name: str) -> ItemCheck:
    return lambda r: name in (r.get("cast") or [])


def no_runtime(turn: Any) -> bool:
    return applied(turn).get("max_minutes") is None and applied(turn).get("min_minutes") is None


async def test_ages_listed_after_the_grandchildren_cap_at_the_youngest(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we've got the grandkids till sunday, 3 and 9, a film for all of us")
    assert applied(turn).get("audience") == "preschool", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in PRESCHOOL)


async def test_ages_after_my_two_cap_at_the_youngest(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my two, 6 and 10, want a cartoon")
    assert applied(turn).get("audience") == "kids", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in KIDS)


async def test_counts_after_the_kids_are_no_ages(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("comedies for the kids, 2 or 3 picks please")
    assert applied(turn).get("audience") == "family", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY and "comedy" in r["genres"])


async def test_hours_into_a_drive_is_no_runtime(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("we're 2 hours into a long drive, what can the kids watch")
    assert no_runtime(turn), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY)


async def test_a_shift_behind_the_viewer_is_no_runtime(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("after a 12 hour shift, a comedy please")
    assert no_runtime(turn), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"])


async def test_time_ahead_is_still_the_time_the_viewer_has(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("free for the next hour and a half, a thriller")
    assert applied(turn).get("max_minutes") == 90, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "thriller" in r["genres"] and runtime_at_most(90)(r))


@pytest.mark.parametrize("text, name", [
    ("something with leo please", DICAPRIO),
    ("srk films", SRK),
    ("any bebo movie", KAREENA),
])
async def test_a_nickname_names_the_person(stack: Any, chat: WebChat, text: str, name: str) -> None:
    turn = await chat.say(text)
    assert applied(turn).get("actors") == [name], applied(turn)
    await checked_picks(stack.gateway_url, turn, starring(name))


async def test_a_nickname_said_as_an_ordinary_word_names_nobody(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my son is a leo and loves cartoons, something for him")
    assert not applied(turn).get("actors"), applied(turn)
