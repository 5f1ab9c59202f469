"""Issue 10, seventh round, the dialogue side, through the real stack: Rasa + action server + gateway on the
catalog, every pick judged on its catalog record (GET /api/items/{id}). Phrasings are this module's own, never
the evaluation sets' or the digest's.

Classes: (a) a bare person follow-up ("starring <actor>", "featuring <person>") keeps the search and adds the
person; (d) a genre named in place of one of the search's two genres replaces that one only.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import checked_picks

pytestmark = pytest.mark.integration


async def test_starring_a_person_after_action_films_keeps_the_action(stack: Any, chat: WebChat) -> None:
    await chat.say("some comedy films")
    turn = await chat.say("starring bill murray")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "comedy" in r["genres"] and "Bill Murray" in r["cast"] and r["type"] == "movie")


async def test_featuring_a_person_after_dramas_keeps_the_dramas(stack: Any, chat: WebChat) -> None:
    await chat.say("dramas please")
    turn = await chat.say("ok featuring robert de niro")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "drama" in r["genres"] and "Robert De Niro" in r["cast"])


async def test_a_genre_instead_of_one_of_two_keeps_the_other(stack: Any, chat: WebChat) -> None:
    await chat.say("romantic comedies")
    turn = await chat.say("make it a drama rather than a comedy")
    await checked_picks(stack.gateway_url, turn, lambda r: {"romance", "drama"} <= set(r["genres"]))
