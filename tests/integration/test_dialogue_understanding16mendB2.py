"""Evaluation regressions of round 16b in the people rules, through the real stack (the 596-title fixture catalog,
where Mike Flanagan directs one film). Phrasings are this module's own.

Classes: a catalog person's full name wins over a name the catalog lacks read on part of it ("<name> stuff"); a
directing cue makes a lone surname the catalog's director of it; a name after a title described by what is in it is no
person the catalog lacks; near-misses: a name the catalog lacks after "by" is still answered honestly.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import checked_picks

pytestmark = pytest.mark.integration

NOT_IN_CATALOG = "I don't have anything with or by"


async def test_a_catalog_full_name_before_stuff_is_that_director(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("mike flanagan stuff, the creepy guy")
    assert NOT_IN_CATALOG not in turn.text, turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: "Mike Flanagan" in r["directors"])


async def test_a_lone_surname_with_a_directing_cue_is_the_director(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the ghost house one, flanagan directed it i think")
    assert "only as an actor" not in turn.text and NOT_IN_CATALOG not in turn.text, turn.text


async def test_a_name_after_a_described_title_is_no_missing_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("that crime series with the bowler hats, arthur shelby")
    assert NOT_IN_CATALOG not in turn.text, turn.text


async def test_near_miss_a_name_the_catalog_lacks_after_by_is_answered_honestly(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("films by wes anderson")
    assert turn.recommendations is None and not turn.items, turn.text
    assert "Wes Anderson" in turn.text, turn.text
