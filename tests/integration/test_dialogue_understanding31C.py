"""Round 31C through the real stack: two bounds on the season count said in one request both hold (a miniseries
said with a looser ceiling stays one season); a turn-down of the list wrapped in a discourse adverb and laughter is
the same search with fresh picks, never a mix from nothing; an edit relative to the list ("older ones") after two
lists leaves out every title shown so far. Phrasings are this module's own; the fixture catalog (crime series of one
to five seasons, dozens of documentary and thriller films)."""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import NOT_UNDERSTOOD, applied, checked_picks, shown_ids

pytestmark = pytest.mark.integration


async def test_a_miniseries_beside_a_looser_season_ceiling_stays_one_season(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("some crime show but a miniseries, i won't get through more than 4 seasons")
    got = applied(turn)
    assert (got.get("min_seasons"), got.get("max_seasons")) == (1, 1), got
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and r["seasons"] == 1
                        and "crime" in (r.get("genres") or []))


async def test_still_something_else_with_laughter_keeps_the_search(stack: Any, chat: WebChat) -> None:
    first = await chat.say("thriller films")
    second = await chat.say("something else")
    turn = await chat.say("still something else haha")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    got = applied(turn)
    assert "thriller" in (got.get("genres") or []) and got.get("media_type") == ["movie"], got
    before = set(shown_ids(first)) | set(shown_ids(second))
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie" and "thriller" in (r.get("genres") or []))
    assert not before & set(shown_ids(turn)), (before, shown_ids(turn))


async def test_older_after_two_lists_shows_none_of_them_again(stack: Any, chat: WebChat) -> None:
    first = await chat.say("documentary films")
    second = await chat.say("hmm something else")
    turn = await chat.say("older ones")
    got = applied(turn)
    assert got.get("year_max") is not None, got
    before = set(shown_ids(first)) | set(shown_ids(second))
    await checked_picks(stack.gateway_url, turn, lambda r: r["year"] <= got["year_max"]
                        and "documentary" in (r.get("genres") or []))
    assert not before & set(shown_ids(turn)), (before, shown_ids(turn))
