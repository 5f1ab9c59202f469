"""Dialogue round 15f through the real stack: English as a second language (literal translations), every pick judged
on its catalog record. Phrasings are this module's own.

Classes: a child's age said "of N years"; a genre noun after "of" ("a movie of terror"); a decade in another word
order ("the years 90").
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import KIDS, applied, checked_picks

pytestmark = pytest.mark.integration


async def test_a_child_of_n_years_caps_the_rating(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("please a film for my little son of 6 years")
    assert applied(turn).get("audience") == "kids", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie" and r["rating"] in KIDS)


async def test_a_movie_of_terror_is_a_horror_movie(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("i search a movie of terror for this night")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie" and "horror" in r["genres"])


async def test_the_years_90_is_the_nineties(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("give me films of the years 90")
    assert applied(turn).get("year_min") == 1990 and applied(turn).get("year_max") == 1999, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie" and 1990 <= r["year"] <= 1999)
