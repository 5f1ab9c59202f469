"""Round 31's own mends through the real stack: "old" is another era (1990 and before on a catalog ending in 2021),
widened to a generation back, and said so, only when the catalog has nothing that old for the search. Phrasings
are this module's own; the fixture catalog (six comedies of 1990 or before, no anime that old but two of 1991-2001)."""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks
from contract import wording

pytestmark = pytest.mark.integration

NEWEST_YEAR = 2021  # of tests/fixtures/netflix_small.csv


async def test_old_comedies_are_of_another_era(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got any old comedies")
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and r["year"] <= 1990)
    assert applied(turn).get("year_max") == 1990


async def test_old_widens_to_a_generation_when_nothing_is_that_old(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("some old anime please")
    await checked_picks(stack.gateway_url, turn, lambda r: "anime" in r["genres"] and r["year"] <= NEWEST_YEAR - 20)
    assert wording.nothing_that_old() in turn.text, turn.text
