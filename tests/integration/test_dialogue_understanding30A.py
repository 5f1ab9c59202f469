"""Round 30A through the real stack: a bound said with a comparator and no unit as a follow-up ("at least 3 now",
"nothing more than 2 this time") reads in the unit of the search shown — seasons after a season bound or a series
search, minutes after a runtime bound — and answers with fresh picks, whatever label the classifier gives it; a
comparative said with an absolute bound on its side ("shorter, no three hour marathons") keeps the stricter of the
bound said and the one relative to the list shown. Phrasings are this module's own; the fixture catalog (crime series
of one to five seasons, comedies of many lengths, Scorsese's films, most over two hours)."""

from __future__ import annotations

import statistics
from typing import Any

import pytest

from chat import WebChat
from checks import NOT_UNDERSTOOD, applied, checked_picks, runtime_at_most, shown_ids

pytestmark = pytest.mark.integration

_CHANGE = "What should I change"


def _crime_series(r: dict[str, Any]) -> bool:
    return r["type"] == "series" and "crime" in (r.get("genres") or [])


@pytest.mark.parametrize("follow_up, low, high", [
    ("at least 3 now", 3, None),
    ("hmm, nothing more than 2 this time", None, 2),
    ("ok make it no less than five", 5, None),
])
async def test_a_bare_season_bound_after_a_season_search(stack: Any, chat: WebChat, follow_up: str,
                                                         low: int | None, high: int | None) -> None:
    first = await chat.say("crime shows that run for lots of seasons")
    assert applied(first).get("min_seasons"), applied(first)
    turn = await chat.say(follow_up)
    assert not any(p in turn.text for p in NOT_UNDERSTOOD + (_CHANGE,)), turn.text
    got = applied(turn)
    assert (got.get("min_seasons"), got.get("max_seasons")) == (low, high), got
    await checked_picks(stack.gateway_url, turn, lambda r: _crime_series(r) and (low is None or r["seasons"] >= low)
                        and (high is None or r["seasons"] <= high))


async def test_a_bare_bound_after_a_series_search_without_seasons(stack: Any, chat: WebChat) -> None:
    await chat.say("any crime series?")
    turn = await chat.say("fewer than 2 tho")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD + (_CHANGE,)), turn.text
    assert applied(turn).get("max_seasons") == 1, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: _crime_series(r) and r["seasons"] == 1)


async def test_a_bare_bound_after_a_runtime_search_is_minutes(stack: Any, chat: WebChat) -> None:
    await chat.say("a funny movie under 2 hours")
    turn = await chat.say("at most 85 actually")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD + (_CHANGE,)), turn.text
    got = applied(turn)
    assert got.get("max_minutes") == 85 and got.get("media_type") == ["movie"], got
    await checked_picks(stack.gateway_url, turn, lambda r: runtime_at_most(85)(r) and "comedy" in (r.get("genres") or []))


async def test_shorter_beside_a_looser_ceiling_is_shorter_than_the_list(stack: Any, chat: WebChat) -> None:
    first = await chat.say("films directed by martin scorsese")
    shown = [r["duration_minutes"] for r in first.items if r.get("duration_minutes")]
    turn = await chat.say("shorter ones, i can't handle three hours tonight")
    got = applied(turn)
    ceiling = got.get("max_minutes")
    assert ceiling is not None and ceiling < statistics.median(shown) and ceiling < 179, (got, shown)
    assert got.get("directors") == ["Martin Scorsese"], got
    picks = await checked_picks(stack.gateway_url, turn, runtime_at_most(ceiling))
    assert not set(shown_ids(turn)) & {str(i["id"]) for i in first.items}, picks


async def test_newer_beside_a_looser_year_is_newer_than_the_list(stack: Any, chat: WebChat) -> None:
    first = await chat.say("films directed by martin scorsese")
    years = sorted(int(r["year"]) for r in first.items)
    turn = await chat.say("newer ones, made after 1985 anyway")
    got = applied(turn)
    assert got.get("year_min") == years[len(years) // 2] + 1, (got, years)
    await checked_picks(stack.gateway_url, turn, lambda r: r["year"] >= got["year_min"])
