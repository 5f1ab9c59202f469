"""Dialogue round 18c through the real stack: numbers, time the viewer has, size words, compact words, vocabulary
typed short (issue 10). Phrasings are this module's own.

Classes: a "<" sign is strict and is read after other words (durations.py); a wait with its length is a ceiling
(durations._waited_out); of two deadlines the first ends the evening (clock.py); "a long film" is 140 minutes and
more, and a ceiling beside it the top of a window; a long series has more than one season, few episodes one season
(seasons.py); a rom-com is a film, "teen" before a film an audience (genres.romcoms_as_films); genre and audience
words typed short ("drma", "toddlr", "qck", "telly": typos.py, shorthand.py, media.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import PRESCHOOL, TEEN, applied, checked_picks, runtime_at_most

pytestmark = pytest.mark.integration


async def test_a_less_than_sign_after_a_size_word_is_a_ceiling(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("quick comedy <45")  # round 26b: "<45" is "under 45", its number kept
    assert applied(turn).get("max_minutes") == 45, applied(turn)
    await checked_picks(stack.gateway_url, turn, runtime_at_most(45))


async def test_a_wait_with_its_length_is_a_ceiling(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("stuck at the train station for about 2 hours, got any film for me")
    assert applied(turn).get("max_minutes") == 120 and not applied(turn).get("min_minutes"), applied(turn)
    await checked_picks(stack.gateway_url, turn, runtime_at_most(120))


async def test_the_first_of_two_deadlines_bounds_the_runtime(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("work starts at 11, it's 8 now, have to leave at 10, a comedy movie?")
    assert applied(turn).get("max_minutes") == 120, applied(turn)
    await checked_picks(stack.gateway_url, turn, runtime_at_most(120))


async def test_a_long_film_is_past_two_hours_twenty(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a long film for a rainy sunday")
    assert applied(turn).get("min_minutes") == 140, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: (r.get("duration_minutes") or 0) >= 140)


async def test_a_long_series_has_more_than_one_season(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a long crime series to get into")
    assert applied(turn).get("min_seasons") == 2, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: (r.get("seasons") or 0) >= 2)


async def test_few_episodes_are_one_season(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a drama show with <10 eps")
    assert applied(turn).get("max_seasons") == 1, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r.get("seasons") == 1)


async def test_romcoms_are_films(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("any good rom coms")
    assert applied(turn).get("media_type") in ("movie", ["movie"]), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie")


async def test_a_teen_film_is_for_teens(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("teen movies please")
    assert applied(turn).get("audience") == "teen", applied(turn)
    assert "teen" not in applied(turn).get("genres", []), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie" and r["rating"] in TEEN)


async def test_an_audience_word_typed_short_is_who_is_watching(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("something for my toddlr")
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in PRESCHOOL)


async def test_a_genre_typed_short_is_the_genre(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a good drma")
    assert "drama" in applied(turn).get("genres", []), applied(turn)
    assert "drma" not in str(applied(turn).get("query") or ""), applied(turn)


async def test_an_origin_turned_down_alone_is_a_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("anything NOT indian")
    assert "India" in applied(turn).get("exclude_countries", []), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "India" not in (r.get("countries") or []))


async def test_a_format_before_its_origin_is_a_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("films spanish")  # "spanish" is the language es or the country Spain: either is the origin
    said = applied(turn)
    assert said.get("media_type") in ("movie", ["movie"]) and (said.get("languages") == ["es"]
                                                               or said.get("countries") == ["Spain"]), said
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie")


async def test_classic_beside_old_is_the_classic_band(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("classic films, the properly old stuff")
    await checked_picks(stack.gateway_url, turn, lambda r: r["year"] is not None and r["year"] <= 1990)
