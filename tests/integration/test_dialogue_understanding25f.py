"""Dialogue round 25f through the real stack (the fixture catalog): follow-ups as edits of the active search.
Phrasings are this module's own.

1. The list's origin complained of, or its people refused, rules that country out (``geo.refused_origin_people``).
2. A new runtime limit said as a stretch replaces the old one (``durations._MAX_PRE``).
3. A hedged bound without its unit after a season search moves the seasons (``title_questions._unit_of_the_search``).
4. A decade alone after classics is the era now (``constraints._drop_era_genre``).
5. A take-back naming what it removes drops only that (``constraints.takes_back_a_named_field``).
6. "both A and B" in a first message wants them in one title (``constraints.names_people_together``).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import NOT_UNDERSTOOD, applied, checked_picks, runtime_at_most

pytestmark = pytest.mark.integration


async def test_a_list_all_of_one_origin_rules_it_out(stack: Any, chat: WebChat) -> None:
    await chat.say("some stand-up comedy specials")
    turn = await chat.say("they're all american, got anything different?")
    got = applied(turn)
    assert "United States" in (got.get("exclude_countries") or []), (turn.text, got)
    assert "United States" not in (got.get("countries") or []), (turn.text, got)
    await checked_picks(stack.gateway_url, turn, lambda r: "United States" not in r.get("countries", []))


async def test_a_stretch_is_the_new_upper_runtime(stack: Any, chat: WebChat) -> None:
    await chat.say("a comedy under 30 minutes")
    turn = await chat.say("ok we could stretch it to 100")
    got = applied(turn)
    assert got.get("max_minutes") == 100 and "comedy" in (got.get("genres") or []), (turn.text, got)
    assert "stretch" not in (got.get("query") or ""), (turn.text, got)
    await checked_picks(stack.gateway_url, turn, runtime_at_most(100))


async def test_a_hedged_bound_after_seasons_moves_the_seasons(stack: Any, chat: WebChat) -> None:
    await chat.say("a series with at least 2 seasons")
    turn = await chat.say("like 3 or more")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    assert applied(turn).get("min_seasons") == 3, turn.text


async def test_a_decade_alone_after_classics_drops_the_classic_genre(stack: Any, chat: WebChat) -> None:
    await chat.say("classic action films")
    turn = await chat.say("only the 2000s then")
    got = applied(turn)
    assert "classic" not in (got.get("genres") or []) and got.get("year_min") == 2000, (turn.text, got)


async def test_a_take_back_naming_the_country_keeps_the_genre(stack: Any, chat: WebChat) -> None:
    await chat.say("comedy series from the uk")
    turn = await chat.say("scrap that, any country but only 1 season")
    got = applied(turn)
    assert "comedy" in (got.get("genres") or []) and not got.get("countries"), (turn.text, got)
    assert got.get("max_seasons") == 1, (turn.text, got)


async def test_both_people_in_a_first_message_are_together(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the movie with both robert de niro and joe pesci in it")
    got = applied(turn) if turn.recommendations is not None else {}
    people = set(got.get("actors") or [])
    assert {"Robert De Niro", "Joe Pesci"} <= people and not got.get("any_people"), (turn.text, got)
