"""Dialogue round 17 (part G) through the real stack (Rasa + action server + gateway on the fixture catalog), every
pick judged on its catalog record. Phrasings are this module's own.

Classes: a title named through its maker is a search for that person whatever the intent label; an availability
question about a title answers with its details and "more like this", a title the catalog lacks is said so with
titles matching the words; "anything like <title>" stays a like-search.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import checked_picks, details_of

pytestmark = pytest.mark.integration

IRISHMAN_ID, GOODFELLAS_ID = "s3228", "s6881"  # Martin Scorsese films in tests/fixtures/netflix_small.csv



async def test_films_by_the_maker_of_a_title_are_that_persons(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("films by the guy who made the irishman")
    assert "haven't suggested" not in turn.text, turn.text
    records = await checked_picks(stack.gateway_url, turn,
                                  lambda r: "Martin Scorsese" in (r.get("directors") or []))
    assert all(r["id"] != IRISHMAN_ID for r in records)


async def test_do_you_have_a_title_shows_its_details(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("do you guys have goodfellas?")
    found = details_of(turn)
    assert found and found[0].item.id == GOODFELLAS_ID, turn.text
    assert turn.recommendations is None, turn.text
    assert any(b["title"] == "More like this" for b in turn.buttons), turn.buttons


async def test_is_a_title_on_here_shows_its_details(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("is the irishman on here")
    found = details_of(turn)
    assert found and found[0].item.id == IRISHMAN_ID, turn.text


async def test_a_title_the_catalog_lacks_is_said_so(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("do you have the moon patrol movie?")
    assert "I don't see" in turn.text, turn.text
    assert not details_of(turn)


async def test_anything_like_a_title_stays_a_like_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("do you have anything like goodfellas")
    assert not details_of(turn), turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: r["id"] != GOODFELLAS_ID)
