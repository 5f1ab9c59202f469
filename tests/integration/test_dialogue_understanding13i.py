"""Dialogue round 17 (part F) through the real stack (Rasa + action server + gateway on the fixture catalog), every
pick judged on its catalog record. Phrasings are this module's own.

Classes: a bound on the other side of the range in force narrows it (runtime, years, a bare season count), while a
replacing word replaces it; a relative edit said again ("even less", "again") applies the last relative edit once more
relative to the list shown, and changes nothing with no relative edit before it; several "like" titles in one message
are all left out, named, and a genre they share is asked for.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import TEEN, applied, checked_picks

pytestmark = pytest.mark.integration

OZARK_ID, BREAKING_BAD_ID = "s2768", "s5941"  # both crime / drama / thriller series in tests/fixtures/netflix_small.csv


def runtime(r: dict[str, Any]) -> int:
    return r.get("duration_minutes") or 0


# -- 1. a bound on the other side narrows -------------------------------------------------------------------------------

async def test_a_runtime_floor_after_a_ceiling_keeps_both(stack: Any, chat: WebChat) -> None:
    await chat.say("some comedy films under 2 hours")
    turn = await chat.say("but at least 95 min though")
    assert (applied(turn).get("min_minutes"), applied(turn).get("max_minutes")) == (95, 120), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and 95 <= runtime(r) <= 120)


async def test_a_year_floor_inside_a_decade_keeps_its_end(stack: Any, chat: WebChat) -> None:
    await chat.say("films from the nineties")
    turn = await chat.say("nothing older than 1995 tho")
    await checked_picks(stack.gateway_url, turn, lambda r: 1995 <= r["year"] <= 1999)


async def test_a_bare_season_floor_under_a_ceiling_is_the_count_between(stack: Any, chat: WebChat) -> None:
    await chat.say("series with fewer than 4 seasons")
    turn = await chat.say("at least three though")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and r.get("seasons") == 3)


async def test_a_replacing_word_replaces_the_range(stack: Any, chat: WebChat) -> None:
    await chat.say("some comedy films under 2 hours")
    turn = await chat.say("actually make it over 100 minutes")
    assert applied(turn).get("max_minutes") is None and applied(turn).get("min_minutes") == 101, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: runtime(r) >= 101)


# -- 2. a relative edit said again ----------------------------------------------------------------------------------

async def test_even_less_after_less_scary_is_milder_than_the_list(stack: Any, chat: WebChat) -> None:
    await chat.say("some horror movies")
    await chat.say("hmm less scary")
    turn = await chat.say("even less")
    assert "change" not in turn.text.lower() or turn.recommendations is not None, turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: r.get("rating") in TEEN)


async def test_again_after_older_is_older_than_the_list_shown(stack: Any, chat: WebChat) -> None:
    await chat.say("action movies")
    first = await chat.say("older ones")
    years = sorted(r["year"] for r in await checked_picks(stack.gateway_url, first, lambda r: True))
    turn = await chat.say("again")
    median = years[len(years) // 2]
    await checked_picks(stack.gateway_url, turn, lambda r: "action" in r["genres"] and r["year"] < median)


async def test_even_less_with_no_relative_edit_before_changes_nothing(stack: Any, chat: WebChat) -> None:
    await chat.say("some horror movies")
    turn = await chat.say("even less")
    assert turn.recommendations is None or "audience" not in applied(turn), turn.text


# -- 3. several "like" titles ---------------------------------------------------------------------------------------

async def test_two_like_titles_are_left_out_named_and_share_a_genre(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("what's out there similar to both ozark and breaking bad")
    assert applied(turn).get("similar_to") == OZARK_ID, applied(turn)
    heading = (turn.recommendations or {}).get("heading", "")
    assert "Ozark" in heading and "Breaking Bad" in heading, heading
    ids = {i["id"] for i in turn.items}
    assert not ids & {OZARK_ID, BREAKING_BAD_ID}, turn.items
    await checked_picks(stack.gateway_url, turn,
                        lambda r: bool({"crime", "drama", "thriller"} & set(r["genres"])))
