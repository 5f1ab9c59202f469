"""Dialogue round 27C through the real stack: follow-ups that edit the active search.

Removing a constraint with a word about the one watching ("drop the kids filter, it's for me tonight") is an edit of
the search, never the request to delete the viewer's data (actions/privacy.py ``ABOUT_ME``); a maturity bound said
again replaces an adult rating chosen earlier (actions/constraints.py ``_apply_audience_and_rating``). Phrasings are
this module's own; the fixture catalog.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import TEEN, applied, checked_picks

pytestmark = pytest.mark.integration


async def test_dropping_the_age_for_oneself_is_an_edit_not_a_deletion(stack: Any, chat: WebChat) -> None:
    await chat.say("a comedy for my 10 year old nephew")
    turn = await chat.say("alright never mind the kids filter, it's just for me tonight")
    assert "delete" not in turn.text.lower(), turn.text
    got = applied(turn)
    assert not got.get("audience"), (turn.text, got)


async def test_a_lower_cap_replaces_an_adult_rating(stack: Any, chat: WebChat) -> None:
    await chat.say("some action films")
    await chat.say("R rated is ok but nothing stronger")
    turn = await chat.say("hmm better make it pg-13 at most, my dad is watching with me")
    await checked_picks(stack.gateway_url, turn, lambda r: r.get("rating") in TEEN)


async def test_chat_more_with_a_courtesy_shows_fresh_picks_of_the_search(stack: Any, chat: WebChat) -> None:
    first = await chat.say("some sci-fi shows")
    turn = await chat.say("moar plz")
    found = await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series")
    assert not {r["id"] for r in found} & {i["id"] for i in first.items}, turn.text


async def test_a_hedged_year_bound_is_a_bound_not_that_year(stack: Any, chat: WebChat) -> None:
    await chat.say("romance films")
    turn = await chat.say("nothing made before around 2010 please")
    found = await checked_picks(stack.gateway_url, turn, lambda r: int(r["year"]) >= 2010)
    assert len({r["year"] for r in found}) > 1 or len(found) == 1, turn.text


async def test_a_listed_title_disliked_with_others_asked_is_left_out(stack: Any, chat: WebChat) -> None:
    first = await chat.say("crime series with at most 2 seasons")
    second_id = first.items[1]["id"]
    turn = await chat.say("the 2nd one seems like one i tried years ago and couldn't stand, got others?")
    found = await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series")
    assert second_id not in {r["id"] for r in found}, turn.text
    assert "stand" not in turn.text.split("\n")[0].lower(), turn.text


async def test_a_season_count_said_again_after_recalling_the_old_one(stack: Any, chat: WebChat) -> None:
    await chat.say("series with 5 or more seasons")
    turn = await chat.say("hm we said 5 but 3 works too")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and int(r.get("seasons") or 0) >= 3)
    assert applied(turn).get("min_seasons") == 3, (turn.text, applied(turn))


async def test_a_wish_taken_back_in_the_message_is_no_query(stack: Any, chat: WebChat) -> None:
    await chat.say("a family film this evening")
    turn = await chat.say("snowy ones if you can? nah scrap that, just one with songs")
    await checked_picks(stack.gateway_url, turn, lambda r: "music" in " ".join(r["genres"]))
    assert "snowy" not in (applied(turn).get("query") or ""), (turn.text, applied(turn))


async def test_two_fields_dropped_together_both_go(stack: Any, chat: WebChat) -> None:
    await chat.say("horror films from the 90s rated R")
    turn = await chat.say("ok scrap the decade and the rating, any short horror under 90")
    got = applied(turn)
    assert not got.get("year_min") and not got.get("year_max") and not got.get("ratings"), (turn.text, got)
