"""Dialogue round 16e through the real stack, every pick judged on its catalog record. Phrasings are this module's own.

Classes: the viewers' home asked for by reference once they said where they come from ("films of us", "something
from home"); an origin said beside a wish is a request, not a statement of where the viewers live; two region
words together are one search.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, applied, checked_picks

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("text, country", [
    ("i'm from brazil, do you have films of us?", "Brazil"),
    ("we're from turkey, something from home please", "Turkey"),
])
async def test_the_viewers_home_asked_for_by_reference_is_searched(stack: Any, chat: WebChat, text: str,
                                                                   country: str) -> None:
    turn = await chat.say(text)
    assert applied(turn).get("countries") == [country], applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: country in r["countries"])


async def test_an_origin_said_beside_a_wish_is_a_request(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my partner is australian and wants aussie stuff, anything from australia")
    assert applied(turn).get("countries") == ["Australia"], turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: "Australia" in r["countries"])


async def test_two_regions_together_are_one_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("dramas, european or asian ones")
    assert "can't search" not in turn.text and len(applied(turn).get("countries") or []) > 20, turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: "drama" in r["genres"] and "United States" not in
                        r["countries"][:1])


# -- who is watching lasts across searches -----------------------------------------------------------------------------

async def test_a_title_to_search_like_keeps_the_childs_cap(stack: Any, chat: WebChat) -> None:
    await chat.say("a sci-fi series for me and my 9 year old")
    turn = await chat.say("we finished sweet tooth already, something else like it")
    assert applied(turn).get("similar_to") and applied(turn).get("audience") in ("kids", "family"), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY)


async def test_for_me_after_a_childs_search_drops_the_cap(stack: Any, chat: WebChat) -> None:
    await chat.say("something with david spade for my 6 year old")
    turn = await chat.say("ok any of his then, just for me")
    assert not applied(turn).get("audience") and applied(turn).get("actors") == ["David Spade"], applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "David Spade" in r["cast"])


# -- the person's other titles without "other" -------------------------------------------------------------------------

async def test_more_of_his_stuff_keeps_only_the_person(stack: Any, chat: WebChat) -> None:
    await chat.say("david spade comedies from 2015")
    turn = await chat.say("more of his stuff")
    constraints = applied(turn)
    assert constraints.get("actors") == ["David Spade"] and not constraints.get("genres") \
        and not constraints.get("year_min"), constraints
    await checked_picks(stack.gateway_url, turn, lambda r: "David Spade" in r["cast"])


# -- time left said as two clock times ---------------------------------------------------------------------------------

async def test_a_deadline_and_the_time_now_bound_the_runtime(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("just got home, bed at 10, it's 8:45. a comedy that fits")
    assert applied(turn).get("max_minutes") == 75, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: (r.get("duration_minutes") or 999) <= 75
                        and "comedy" in r["genres"])
