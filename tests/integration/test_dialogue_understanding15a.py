"""Dialogue round 15a through the real stack (NLU extraction classes), every pick judged on its catalog record.
Phrasings are this module's own.

Classes: a format preferred over another is that format only; a season cap after a refused hyperbole; runtimes in
words with a dropped article; ages said through a birthday, and a follow-up naming the youngest viewer; negations
that reach past a describing word, "anti-" and every conjunct of a list; a teen series is the Teen genre and the
teen cap; a twist is a thriller or a mystery.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, KIDS, PRESCHOOL, TEEN, applied, checked_picks, runtime_at_most

pytestmark = pytest.mark.integration


def _genres(turn: Any) -> list[str]:
    return list(applied(turn).get("genres") or []) + list(applied(turn).get("any_genres") or [])


# -- 1. a format preferred over the other ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "i'd prefer a film over a series tonight",
    "rather a film honestly, shows drag on forever",
])
async def test_a_preferred_film_is_films_only(stack: Any, chat: WebChat, text: str) -> None:
    turn = await chat.say(text)
    assert applied(turn).get("media_type") == ["movie"], applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie")


async def test_a_format_complained_about_leaves_the_other(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a thriller, films are way too long for us")
    assert "movie" not in (applied(turn).get("media_type") or ["movie"]) and not applied(turn).get("query"), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] != "movie" and "thriller" in r["genres"])


async def test_a_series_said_to_suit_better_is_series_only(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy show would suit us better than a movie since we have the whole week")
    assert applied(turn).get("media_type") == ["series"], applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and "comedy" in r["genres"])


# -- 2. season counts --------------------------------------------------------------------------------------------------

async def test_a_refused_hyperbole_with_a_cap_is_the_cap(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy show that isn't like fifty seasons long, 2 max")
    assert applied(turn).get("max_seasons") == 2, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and (r.get("seasons") or 99) <= 2)


async def test_a_show_ruled_out_for_its_count_keeps_series(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy, 2 seasons max, not one of those shows with 10 seasons")
    assert applied(turn).get("max_seasons") == 2, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and (r.get("seasons") or 99) <= 2)


async def test_many_seasons_allowed_is_not_a_long_run(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a crime series, it can be long, even tons of seasons")
    assert applied(turn).get("min_seasons") == 2, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and (r.get("seasons") or 0) >= 2)


# -- 3. runtimes in words ----------------------------------------------------------------------------------------------

async def test_hours_and_half_without_the_article(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a long film, at least two and half hours")
    assert applied(turn).get("min_minutes") == 150, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: (r.get("duration_minutes") or 0) >= 150)


async def test_under_an_hour_and_half(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy film under an hour and half")
    await checked_picks(stack.gateway_url, turn, runtime_at_most(90))


# -- 4. ages through birthdays; some of the children ------------------------------------------------------------------

async def test_a_childs_birthday_party_is_the_childs_cap(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a movie for my nephew's 6th birthday party")
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in KIDS)


async def test_some_of_the_children_younger_lowers_the_cap(stack: Any, chat: WebChat) -> None:
    await chat.say("a film for the kids")
    turn = await chat.say("two of them are only 3 though")
    assert applied(turn).get("audience") == "preschool", applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in PRESCHOOL)


# -- 5. negation -------------------------------------------------------------------------------------------------------

async def test_no_loud_action_excludes_action(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a film tonight, no loud action")
    await checked_picks(stack.gateway_url, turn, lambda r: "action" not in r["genres"])


async def test_anti_romance_excludes_romance(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("an anti-romance drama for valentine's day")
    await checked_picks(stack.gateway_url, turn, lambda r: "drama" in r["genres"] and "romance" not in r["genres"])


async def test_a_negation_over_a_conjunction_excludes_both(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a series, anything but anime and korean stuff")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "anime" not in r["genres"] and "ko" not in (r.get("languages") or [])
                        and "South Korea" not in (r.get("countries") or []))


# -- 6. twists ---------------------------------------------------------------------------------------------------------

async def test_a_twist_is_a_thriller_or_a_mystery(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a film with a proper twist, the kind you never see coming")
    await checked_picks(stack.gateway_url, turn, lambda r: {"thriller", "mystery"} & set(r["genres"]))


# -- 7. a teen series --------------------------------------------------------------------------------------------------

async def test_a_teen_series_is_teen_shows_with_the_teen_cap(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got any teen series?")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: r["type"] == "series" and "teen" in r["genres"] and r["rating"] in TEEN)


async def test_a_twist_beside_a_thriller_is_thrillers(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a twisty thriller, no musicals")
    assert _genres(turn) == ["thriller"], applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "thriller" in r["genres"] and "music" not in r["genres"])


# -- 8. a rambling message keeps every constraint ----------------------------------------------------------------------

async def test_constraints_said_across_a_rambling_message_all_stay(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my flatmate can't stand musicals, i'm not into anything too romantic, and we both love a "
                          "good twist")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: {"thriller", "mystery"} & set(r["genres"]) and not {"music", "romance"} & set(r["genres"]))


# -- review 1 mends (findings 4, 7, 8, 9, 11) ---------------------------------------------------------------------------

async def test_a_format_welcomed_after_a_preference_stays_open(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("preferably a comedy film, though a series would be fine too")
    assert applied(turn).get("media_type") != ["movie"], applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"])


async def test_a_kind_with_a_twist_asks_no_thriller(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy with a clever twist")
    assert not {"thriller", "mystery"} & set(_genres(turn)), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"])


async def test_a_typed_season_range_refused_is_no_miniseries(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a drama series, anything but 2-3 seasons")
    assert applied(turn).get("max_seasons") is None, applied(turn)  # no "fewer than 2": a miniseries
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and "drama" in r["genres"])


async def test_episodes_not_too_long_is_no_season_cap(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a comedy series whose episodes aren't too long")
    assert applied(turn).get("max_seasons") is None, applied(turn)


async def test_a_teen_relative_is_no_teen_genre(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my teenage girl shows me memes all day, a comedy film for us both")
    assert "teen" not in _genres(turn), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and r["type"] == "movie")
