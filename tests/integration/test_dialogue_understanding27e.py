"""Dialogue round 27e through the real stack: a title someone is fond of, then a request for more like it.

"<someone> is into the <title>, what else is like it" is a like-search on the title (nlu/extraction/names.py
``_fond_then_likeness``); "watched <title> again, got a newer one?" is a like-search on it with the year bound past the
title's own year (names ``_newer_one_after_watched``, actions/contrast.py). Phrasings are this module's own; the
fixture catalog.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import assert_like_list, checked_picks

pytestmark = pytest.mark.integration

_CASTLEVANIA = "s891"  # 2021
_OUTLANDER = "s1378"  # 2018


async def test_a_title_a_child_is_into_then_what_else_is_like_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my little brother is totally into the castlevania. what else is like this")
    assert_like_list(turn, "Castlevania", _CASTLEVANIA)


async def test_a_newer_one_after_a_rewatched_title_is_newer_than_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("rewatched outlander three times now. got a newer one?")
    assert_like_list(turn, "Outlander", _OUTLANDER)
    await checked_picks(stack.gateway_url, turn, lambda r: int(r["year"]) > 2018)
