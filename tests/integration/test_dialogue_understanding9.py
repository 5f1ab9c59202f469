"""Dialogue round 9 through the real stack (Rasa + action server + gateway on the fixture catalog), every pick
judged on its catalog record. Phrasings are this module's own.

Classes: an address to a voice assistant opening a message; people joined by "or"; a story genre said after a
shelf genre narrows the shelf; children said to be asleep leave a grown-up search.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks

pytestmark = pytest.mark.integration


async def test_an_address_to_an_assistant_is_not_read_as_a_greeting(stack: Any, chat: WebChat) -> None:
    first = await chat.say("alexa ask mediabot for a comedy film")
    await checked_picks(stack.gateway_url, first, lambda r: "comedy" in r["genres"] and r["type"] == "movie")
    turn = await chat.say("hey google tell mediabot something else")
    shown = {i["id"] for i in first.items}
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "comedy" in r["genres"] and r["type"] == "movie" and r["id"] not in shown)


async def test_people_joined_by_or_each_pick_has_one_of_them(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("anything with seth rogen or directed by martin scorsese")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "Seth Rogen" in (r.get("cast") or []) or "Martin Scorsese" in (r.get("directors") or []), min_items=2)


async def test_a_story_genre_after_a_shelf_genre_narrows_it(stack: Any, chat: WebChat) -> None:
    await chat.say("kids shows")
    turn = await chat.say("comedy")
    await checked_picks(stack.gateway_url, turn, lambda r: {"kids", "comedy"} <= set(r["genres"]))


async def test_children_asleep_leave_a_grown_up_thriller_search(stack: Any, chat: WebChat) -> None:
    await chat.say("family movies for my 9 year old")
    turn = await chat.say("the kids are asleep now. a thriller")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "thriller" in r["genres"] and not {"kids", "family"} & set(r["genres"]))
    assert applied(turn).get("audience") in (None, "adult"), applied(turn)
