"""Dialogue round 17 (part F) through the real stack (Rasa + action server + gateway on the fixture catalog), every
pick judged on its catalog record. Phrasings are this module's own.

Classes: a person named in apposition to "the lady from <title>" is who the viewer means, whether or not the catalog
lists them in that title's cast; "the main actor of <title>" is the one billed first; a title known under another
name is found by it.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import checked_picks

pytestmark = pytest.mark.integration


def cast_of(record: dict[str, Any]) -> list[str]:
    return list(record.get("cast") or [])


async def test_a_person_named_after_the_pointer_is_who_is_meant(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the lady from stranger things, reese witherspoon, what else has she done")
    await checked_picks(stack.gateway_url, turn, lambda r: "Reese Witherspoon" in cast_of(r))


async def test_the_main_actor_of_a_title_is_its_first_billed(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the main actor from stranger things, is she in other stuff")
    records = await checked_picks(stack.gateway_url, turn, lambda r: "Winona Ryder" in cast_of(r))
    assert all(r["title"] != "Stranger Things" for r in records)
