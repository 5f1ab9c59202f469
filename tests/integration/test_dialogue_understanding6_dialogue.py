"""Issue 10, sixth round, the dialogue side, through the real stack: Rasa + action server + gateway on the fixture
catalog, every pick judged on its catalog record (GET /api/items/{id}). Phrasings are this module's own, never the
evaluation sets'.

Classes: a mood naming a genre family narrows a search that has a genre; a turned-down country takes a genre that
is almost all from there with it; "stand-up, not the movies" keeps the specials; a second director is a new
request; the crime-as-thriller stand-in is said in words; short and mixed messages in another language are
answered honestly, never searched.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import checked_picks

from contract import wording

pytestmark = pytest.mark.integration


async def test_the_romantic_kind_after_comedy_films_gets_romantic_comedy_films(stack: Any, chat: WebChat) -> None:
    await chat.say("some comedy films please")
    turn = await chat.say("only the romantic kind")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: {"comedy", "romance"} <= set(r["genres"]) and r["type"] == "movie")


async def test_turning_down_japan_after_anime_drops_anime_and_says_so(stack: Any, chat: WebChat) -> None:
    await chat.say("japanese anime series")
    turn = await chat.say("nothing japanese, korean ones instead")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "anime" not in r["genres"] and "ko" in r["languages"] and r["type"] == "series")
    assert "anime" in turn.text.splitlines()[0].lower()


async def test_his_stand_up_not_his_movies_keeps_the_specials(stack: Any, chat: WebChat) -> None:
    await chat.say("kevin hart")
    turn = await chat.say("just his stand-up, not the movies")
    await checked_picks(stack.gateway_url, turn, lambda r: "stand-up" in r["genres"] and "Kevin Hart" in r["cast"])


async def test_and_something_by_another_director_is_that_directors_list(stack: Any, chat: WebChat) -> None:
    await chat.say("films directed by martin scorsese")
    turn = await chat.say("and something by karan johar")
    await checked_picks(stack.gateway_url, turn, lambda r: "Karan Johar" in r["directors"] and "Martin Scorsese" not in r["directors"])


async def test_crime_films_are_said_to_be_thrillers_about_crime(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("any good crime films?")
    assert "No crime films are tagged here; these are thrillers about crime." in turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: "thriller" in r["genres"] and r["type"] == "movie")


@pytest.mark.parametrize("text", ["quiero una película sobre dragones y caballeros", "something to watch avec ma copine ce soir"])
async def test_a_short_or_mixed_request_in_another_language_is_answered_honestly(stack: Any, chat: WebChat,
                                                                                  text: str) -> None:
    turn = await chat.say(text)
    assert not turn.items
    assert wording.ENGLISH_ONLY in turn.text
