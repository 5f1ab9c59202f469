"""Dialogue round 16 (part D) through the real stack, every pick judged on its catalog record. Phrasings are this
module's own.

Classes: chat noise before "anything else" still asks for more picks; a bare bound with a number word takes the
search's unit; a bare number said as acceptable widens the season bound; a superlative after a list ("the oldest
ones") is older than the list; the searched person's "other movies" drop the genre; "<genre> is too intense" turns
that genre down; "films, and longer ones" after series is films; "more seasons" above the bound in force; "put on"
with constraints as a first message is a request; "but newer" after a like-search is newer than its title.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks, runtime_at_most

pytestmark = pytest.mark.integration


async def test_chat_noise_before_anything_else_asks_for_more(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedy movies")
    turn = await chat.say("heh alright, anything else?")
    shown = {i["id"] for i in first.items}
    picks = await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and r["type"] == "movie")
    assert not shown & {p["id"] for p in picks}


async def test_a_bare_bound_in_number_words_takes_the_minutes(stack: Any, chat: WebChat) -> None:
    await chat.say("dramas no longer than 2 hours")
    turn = await chat.say("hmm below a hundred and ten then")
    assert applied(turn).get("max_minutes") == 110, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "drama" in r["genres"] and runtime_at_most(110)(r))


async def test_a_bare_count_said_as_fine_widens_the_season_bound(stack: Any, chat: WebChat) -> None:
    await chat.say("a comedy series with only one season")
    turn = await chat.say("three would be ok too")
    assert applied(turn).get("max_seasons") == 3, applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and (r.get("seasons") or 99) <= 3)


async def test_the_oldest_after_a_list_is_older_than_it(stack: Any, chat: WebChat) -> None:
    first = await chat.say("thriller movies")
    years = sorted(i["year"] for i in first.items if i.get("year"))
    turn = await chat.say("what are the oldest ones you've got")
    await checked_picks(stack.gateway_url, turn, lambda r: "thriller" in r["genres"] and r["year"] < years[len(years) // 2])


async def test_the_searched_persons_other_films_drop_the_genre(stack: Any, chat: WebChat) -> None:
    await chat.say("andy samberg comedies")
    turn = await chat.say("and his other work?")
    assert "comedy" not in (applied(turn).get("genres") or []), applied(turn)


async def test_a_genre_said_too_intense_is_turned_down(stack: Any, chat: WebChat) -> None:
    await chat.say("horror movies")
    turn = await chat.say("a mystery then, horror is a bit too intense for me")
    await checked_picks(stack.gateway_url, turn, lambda r: "horror" not in r["genres"])


async def test_films_and_longer_after_series_are_films(stack: Any, chat: WebChat) -> None:
    await chat.say("crime series")
    turn = await chat.say("films, and longer ones")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie")
    assert applied(turn).get("min_seasons") is None, applied(turn)


async def test_more_seasons_are_above_the_bound_in_force(stack: Any, chat: WebChat) -> None:
    await chat.say("comedy series with no more than 2 seasons")
    turn = await chat.say("ones with more seasons then")
    assert (applied(turn).get("min_seasons") or 0) >= 3, applied(turn)


async def test_put_on_with_constraints_first_is_a_request(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("put on a comedy that runs around ninety minutes")
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"])


async def test_but_newer_after_a_like_search_is_newer_than_its_title(stack: Any, chat: WebChat) -> None:
    await chat.say("something like Shelter")
    turn = await chat.say("but newer")
    await checked_picks(stack.gateway_url, turn, lambda r: (r.get("year") or 0) > 2010)


async def test_laughter_before_others_asks_for_more(stack: Any, chat: WebChat) -> None:
    first = await chat.say("some documentaries")
    turn = await chat.say("lmao ok, others?")
    picks = await checked_picks(stack.gateway_url, turn, lambda r: "documentary" in r["genres"])
    assert not {i["id"] for i in first.items} & {p["id"] for p in picks}


async def test_a_bare_word_bound_after_a_runtime_search(stack: Any, chat: WebChat) -> None:
    await chat.say("comedy films under two hours")
    turn = await chat.say("under ninety five then")
    assert applied(turn).get("max_minutes") == 95, applied(turn)


async def test_the_shortest_after_a_list_of_films_is_shorter_than_it(stack: Any, chat: WebChat) -> None:
    first = await chat.say("drama movies")
    minutes = sorted(i["duration_minutes"] for i in first.items if i.get("duration_minutes"))
    turn = await chat.say("the shortest ones you have")
    await checked_picks(stack.gateway_url, turn, runtime_at_most(minutes[len(minutes) // 2]))


async def test_play_a_film_of_a_runtime_first_is_a_request(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("play a film that's roughly an hour and a half")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie")
