"""Dialogue round 31B through the real stack: a short title typed with a letter doubled after "like" is the title; a
title word typed in two is the title it joins into; a one-word title said before a plural kind word with a period is
a search for that kind, never the title's card; a likeness ask that also says a version was already seen answers with
titles like it (the version seen left out), never a "seen" confirmation. Phrasings are this module's own; the
fixture catalog (Ozark, The Irishman, Traitor (2008), The Office (U.S.)).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, assert_like_list, checked_picks

pytestmark = pytest.mark.integration

_OZARK = "s2768"
_THE_IRISHMAN = "s3228"
_THE_OFFICE_US = "s8443"


async def test_a_short_title_with_a_doubled_letter_after_like(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got anything like ozzark?")
    assert_like_list(turn, "Ozark", _OZARK)


async def test_a_title_word_typed_in_two(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("anything in the vein of the irish man?")
    assert_like_list(turn, "The Irishman", _THE_IRISHMAN)


async def test_a_title_word_before_a_plural_kind_and_a_period_is_a_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("traitor movies from the 2000s or 2010s")
    assert "That sounds like" not in turn.text, turn.text
    assert (applied(turn).get("year_min"), applied(turn).get("year_max")) == (2000, 2019), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie" and 2000 <= r["year"] <= 2019)


async def test_a_likeness_ask_with_a_version_seen_is_a_request(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("shows like the office, but the american one we've already watched")
    assert "out of your suggestions" not in turn.text, turn.text
    assert_like_list(turn, "The Office (U.S.)", _THE_OFFICE_US)
