"""Dialogue round 26e through the real stack: a thrill a liked title gave the viewer describes that title.

"<title> had me on the edge of my seat, more like it" is a like-search on the title: the phrase tells what the title
did to the viewer (nlu/extraction/genres.py ``feeling_in_a_story``), so it never turns into a thriller genre that
replaces the title's own kinds; the exciting mood may rank. "Like <title>, only gentler" is lighter and one maturity level below the title's rating
(actions/contrast.py ``_gentler``). Phrasings are this module's own; the fixture catalog.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, assert_like_list, checked_picks

pytestmark = pytest.mark.integration

_BREAKING_BAD = "s5941"  # TV-MA
_WHITE_LINES = "s2531"  # crime, British, international: no thriller tag


async def test_a_thrill_told_of_a_liked_title_keeps_the_titles_own_kinds(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("just finished white lines, it had me on the edge of my seat. anything like it?")
    assert_like_list(turn, "White Lines", _WHITE_LINES)
    got = applied(turn)
    assert "thriller" not in (got.get("genres") or []), (turn.text, got)


async def test_gentler_than_a_mature_title_is_milder_than_its_rating(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("i want something in the spirit of breaking bad, only gentler")
    assert_like_list(turn, "Breaking Bad", _BREAKING_BAD)
    mature = {"TV-MA", "R", "NC-17", "NR", "UR", ""}
    await checked_picks(stack.gateway_url, turn, lambda r: r.get("rating") not in mature)


async def test_a_kind_after_a_list_is_an_edit_whatever_the_label(stack: Any, chat: WebChat) -> None:
    await chat.say("stuff from the nineties")
    turn = await chat.say("alright, a funny one from that decade")
    assert "which one" not in turn.text.lower(), turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: 1990 <= int(r["year"]) <= 1999)


async def test_laughing_to_tears_asks_for_comedies(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("what a week. i need to laugh till we cry tonight")
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"])
