"""Dialogue round 19d through the real stack: children's ages, numbers and self-corrections, negation scope.

Classes (phrasings are this module's own): a single viewer's own school age is their audience (nlu audience
._SELF_ONE_RE); kin with bare ages and no separator are children (audience._KIN_PAIRS_RE); "years of age" and a range
after "from" (audience._BARE_KIN_AGE_RE); chat's "n" before a half (shorthand); a trip said as "it" is a ceiling
(durations._TRIP_GAP); a bare "no" between two season counts or runtimes takes the first back
(corrections._numbers_taken_back); "rated ma" is TV-MA ruled out (ratings); "not someone from <country>" excludes
it, and "no" before "something" answers the bot (negation); menace ruled out rules out horror, thriller and action
(negation._menace_kinds); "not that scary" after horror is thriller (actions/edits.horror_toned_down); a known older
child named with "yo" keeps the youngest's cap (actions/company.ages_in).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied

pytestmark = pytest.mark.integration

ADULT_RATINGS = {"TV-MA", "R", "NC-17"}


def _ratings(turn: Any) -> set[str]:
    return {str(i.get("rating")) for i in turn.items}


async def test_a_viewers_own_school_age_is_their_audience(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("im 11, any funny shows?")
    assert applied(turn).get("audience") == "family", applied(turn)
    assert not _ratings(turn) & ADULT_RATINGS, turn.text


async def test_kin_with_bare_ages_are_children(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("son 5 daughter 9, we have about an hour")
    got = applied(turn)
    assert got.get("audience") == "kids", got
    assert "son" not in (got.get("query") or ""), got


async def test_ages_in_words_with_years_of_age(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a film for my grandkids, who are three and eight years of age")
    assert applied(turn).get("audience") == "preschool", applied(turn)


async def test_an_hour_n_a_half_is_ninety_minutes(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a thriller about an hour n a half")
    got = applied(turn)
    assert got.get("min_minutes") and got.get("max_minutes") and got["min_minutes"] <= 90 <= got["max_minutes"], got


async def test_a_flight_said_as_it_is_a_ceiling(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy for my flight its like an hour and a half")
    got = applied(turn)
    assert got.get("max_minutes") == 90 and not got.get("min_minutes"), got


async def test_a_season_count_taken_back(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a crime series with four seasons no three at most")
    got = applied(turn)
    assert got.get("max_seasons") == 3 and not got.get("min_seasons"), got


async def test_rated_ma_turned_down_caps_at_teen(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a crime show but nothing rated ma")
    assert applied(turn).get("audience") == "teen", applied(turn)
    assert not _ratings(turn) & ADULT_RATINGS, turn.text


async def test_not_someone_from_a_country_excludes_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a stand-up special, not someone from the us")
    got = applied(turn)
    assert "United States" in (got.get("exclude_countries") or []) and not got.get("countries"), got


async def test_menace_ruled_out_for_a_child(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a movie for my 6 year old, nothing with ghosts or baddies")
    got = applied(turn)
    assert {"horror", "thriller", "action"} <= set(got.get("exclude_genres") or []), got


async def test_scary_toned_down_after_horror_is_thriller(stack: Any, chat: WebChat) -> None:
    await chat.say("horror movies")
    turn = await chat.say("nothing that scary this time")
    got = applied(turn)
    assert "thriller" in (got.get("genres") or []) and "horror" in (got.get("exclude_genres") or []), got


async def test_an_excluded_kind_with_a_reason_about_a_child_is_no_reference(stack: Any, chat: WebChat) -> None:
    await chat.say("cartoons for my 7 and 10 year olds")
    turn = await chat.say("no anime my youngest says its strange")
    got = applied(turn)
    assert "anime" in (got.get("exclude_genres") or []) and got.get("audience") == "family", got
