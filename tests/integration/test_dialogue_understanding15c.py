"""Dialogue round 15c through the real stack (follow-ups as edits in the actions), every pick judged on its catalog
record. Phrasings are this module's own.

Classes: a reply labelled as asking for a title or a person that names none but carries an edit is that edit, never
"which one?"; a narrowing or excluding edit shows the matching titles shown before when nothing unseen is left, while
"something else" stays strict; a child leaving leaves the youngest of the rest deciding, a child joining is a cap;
bound edits keep the other side of a window; a wider recent window counts back from the newest year.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, KIDS, PRESCHOOL, applied, checked_picks

pytestmark = pytest.mark.integration

WHICH = ("Which one", "which one", "Who do you mean")


# -- 1. an edit with no title pointed at -------------------------------------------------------------------------------

async def test_a_seen_reply_that_turns_a_country_down_edits_the_search(stack: Any, chat: WebChat) -> None:
    await chat.say("comedies")
    turn = await chat.say("and nothing from the uk, we've seen plenty")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "comedy" in r["genres"] and "United Kingdom" not in (r.get("countries") or []),
                        never_say=WHICH)


async def test_a_more_like_reply_with_a_mood_and_an_audience_edits_the_search(stack: Any, chat: WebChat) -> None:
    await chat.say("films for the kids")
    turn = await chat.say("the spooky sort please, or similar, for the little ones")
    assert not any(w in turn.text for w in WHICH), turn.text
    assert applied(turn).get("audience") == "preschool", applied(turn)
    if turn.items:
        await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in PRESCHOOL)


# -- 2. shown titles come back for a narrowing ------------------------------------------------------------------------

async def test_turning_one_title_down_shows_the_rest_again(stack: Any, chat: WebChat) -> None:
    first = await chat.say("seth rogen movies")
    shown = {i["id"] for i in first.items}
    assert len(shown) == 3, first.text  # every Seth Rogen film of the fixture catalog
    second = first.items[1]["id"]
    turn = await chat.say("not the second")
    assert {i["id"] for i in turn.items} == shown - {second}, turn.text
    assert "That's everything" not in turn.text and "before" in turn.text, turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: "Seth Rogen" in (r.get("cast") or []) and r["type"] == "movie")


async def test_something_else_after_every_match_stays_strict(stack: Any, chat: WebChat) -> None:
    await chat.say("seth rogen movies")
    turn = await chat.say("something else")
    assert not turn.items and "seen all of it" in turn.text, turn.text


# -- 3. children leaving or joining ------------------------------------------------------------------------------------

async def test_a_child_asleep_leaves_the_youngest_of_the_others(stack: Any, chat: WebChat) -> None:
    await chat.say("a film for my kids, they're 3, 9 and 15")
    turn = await chat.say("ok the three year old is asleep, it's just the older pair watching")
    assert applied(turn).get("audience") == "family", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY and r["type"] == "movie")


async def test_an_older_child_joining_keeps_the_younger_cap(stack: Any, chat: WebChat) -> None:
    await chat.say("a movie for my 6 year old")
    turn = await chat.say("plus the big sister is here also, she's 12")
    assert applied(turn).get("audience") == "kids", applied(turn)
    assert not applied(turn).get("year_max"), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in KIDS)


# -- 4. bound edits against a window -----------------------------------------------------------------------------------

async def test_a_wider_upper_bound_said_acceptable_keeps_the_lower_one(stack: Any, chat: WebChat) -> None:
    await chat.say("comedies between 80 and 100 minutes")
    turn = await chat.say("sure, up to two hours would work")
    assert (applied(turn).get("min_minutes"), applied(turn).get("max_minutes")) == (80, 120), applied(turn)
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "comedy" in r["genres"] and 80 <= (r.get("duration_minutes") or 0) <= 120)


async def test_newer_than_the_list_and_an_absolute_cap_both_hold(stack: Any, chat: WebChat) -> None:
    first = await chat.say("movies from the 70s and 80s")
    years = sorted(i["year"] for i in first.items)
    assert years, first.text
    turn = await chat.say("newer ones please, but nothing after 1995")
    assert applied(turn).get("year_max") == 1995 and applied(turn).get("year_min"), applied(turn)
    low = applied(turn)["year_min"]
    assert low > years[len(years) // 2] - 1, (low, years)
    await checked_picks(stack.gateway_url, turn, lambda r: low <= r["year"] <= 1995 and r["type"] == "movie")


async def test_older_said_of_an_age_is_no_older_titles(stack: Any, chat: WebChat) -> None:
    await chat.say("a movie for my niece, she's 6")
    turn = await chat.say("actually my nephew is 10, a little older would be fine")
    assert not applied(turn).get("year_max") and applied(turn).get("audience") == "family", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY and r["type"] == "movie")


# -- review 1 mend (finding 3): an opinion on a listed title named by what it is stays feedback -------------------------

async def test_a_dislike_of_the_described_title_asks_for_no_more_of_it(stack: Any, chat: WebChat) -> None:
    await chat.say("comedies")
    turn = await chat.say("honestly i hated the british one")
    if turn.recommendations is not None:
        assert "United Kingdom" not in (applied(turn).get("countries") or []), applied(turn)
    else:
        assert any(w in turn.text for w in WHICH), turn.text
