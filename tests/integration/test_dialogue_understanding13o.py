"""Dialogue round 13o through the real stack (action side, round 17 part I), every pick judged on its catalog
record. Phrasings are this module's own.

Class: a genre said with "a/an" as one countable thing ("snacks on the sofa and a thriller") is a film; said as
a series ("a comedy series") or in the plural ("comedies") the format stays as said.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks

pytestmark = pytest.mark.integration


async def test_a_genre_said_with_a_is_a_film(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("snacks on the sofa and a gripping thriller")
    assert applied(turn).get("media_type") == ["movie"], applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie" and "thriller" in r["genres"])


async def test_a_genre_series_with_a_stays_a_series(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy series to unwind with")
    assert applied(turn).get("media_type") == ["series"], applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series")


async def test_a_plural_genre_keeps_both_formats(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("comedies to unwind with")
    assert not applied(turn).get("media_type"), applied(turn)
