"""Dialogue round 21d through the real stack: follow-ups that point at the list by position or at its era, and years
said after a comparison.

Classes (phrasings are this module's own):
1. an ordinal without "one" before "but" and a change ("the second but ...") pivots to that listed title as "the second
   one but ..." does (nlu/extraction/positions.py, actions/listed_pivots.py);
2. the era of the list shown said back ("from before that decade", "same era", "from around then") is a year bound
   from the list's years: strict before / after, a window for "around" (nlu/extraction/years.py, actions/list_eras.py);
3. "after the years <year>" is after that year, never its decade (nlu/extraction/years.py).
Near misses: "the years 2000" alone stays the decade; an era turned down adds no bound.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, shown_ids

pytestmark = pytest.mark.integration


async def test_the_second_but_a_series_pivots_to_it(stack: Any, chat: WebChat) -> None:
    first = await chat.say("david spade movies")
    ids = shown_ids(first)
    assert len(ids) > 1, first.text
    turn = await chat.say("ok the second but a series")
    got = applied(turn)
    assert got.get("similar_to") == ids[1], got
    assert got.get("media_type") in ("series", ["series"]), got
    assert ids[1] not in shown_ids(turn), turn.text


async def test_before_that_decade_is_before_the_lists_decade(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedies from the 90s")
    assert shown_ids(first), first.text
    turn = await chat.say("hmm, got anything from before that decade?")
    got = applied(turn)
    assert got.get("year_max") == 1989 and not got.get("year_min"), got
    assert all(int(i["year"]) <= 1989 for i in turn.items if i.get("year")), turn.text


async def test_same_era_but_a_comedy_keeps_the_lists_years(stack: Any, chat: WebChat) -> None:
    first = await chat.say("dramas from the 2000s")
    assert shown_ids(first), first.text
    turn = await chat.say("the same era but a comedy")
    got = applied(turn)
    assert (got.get("year_min"), got.get("year_max")) == (2000, 2009), got
    assert "comedy" in (got.get("genres") or []), got


async def test_around_then_widens_the_era(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedies from the 90s")
    assert shown_ids(first), first.text
    turn = await chat.say("something from around then, a drama maybe")
    got = applied(turn)
    assert got.get("year_min") == 1987 and got.get("year_max") == 2002, got


async def test_after_the_years_2000_is_after_that_year(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("comedies after the years 2000")
    got = applied(turn)
    assert got.get("year_min") == 2001 and not got.get("year_max"), got


async def test_the_years_2000_alone_stays_the_decade(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("comedies of the years 2000")
    got = applied(turn)
    assert (got.get("year_min"), got.get("year_max")) == (2000, 2009), got
