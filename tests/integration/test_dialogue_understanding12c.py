"""Dialogue round 16 (part C) through the real stack (Rasa + action server + gateway on the fixture catalog), every
pick judged on its catalog record. Phrasings are this module's own.

Classes: a person pointed at through a title they play in (the title's lead cast, or the one cast member a name hint
fits; the title itself left out; a follow-up keeps the person); a surname between a determiner and a person noun;
another form of a given name; a surname spelt by ear said alone; a surname with a particle added "together" to a
person search.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks

pytestmark = pytest.mark.integration


def cast_of(record: dict[str, Any]) -> list[str]:
    return list(record.get("cast") or [])


async def test_the_guy_from_a_series_gives_its_lead_casts_other_titles(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("that woman from stranger things, what else has she been in?")
    records = await checked_picks(stack.gateway_url, turn,
                                  lambda r: bool({"Winona Ryder", "David Harbour"} & set(cast_of(r))))
    assert all(r["title"] != "Stranger Things" for r in records)
    query = applied(turn).get("query") or ""
    assert not any(w in query for w in ("woman", "stranger", "things")), applied(turn)


async def test_a_name_hint_picks_that_member_of_the_cast(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the legally blonde guy, matthew something, anything else with him")
    records = await checked_picks(stack.gateway_url, turn, lambda r: "Matthew Davis" in cast_of(r))
    assert all(r["title"] != "Legally Blonde" for r in records)


async def test_a_follow_up_keeps_the_person_from_the_title(stack: Any, chat: WebChat) -> None:
    await chat.say("the main actor of the departed, what has he done")
    turn = await chat.say("only movies")
    records = await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie" and bool(
        {"Leonardo DiCaprio", "Matt Damon"} & set(cast_of(r))))
    assert all(r["title"] != "The Departed" for r in records)


async def test_a_surname_with_a_person_noun_is_that_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got anything with that pesci guy")
    await checked_picks(stack.gateway_url, turn, lambda r: "Joe Pesci" in cast_of(r))


async def test_a_short_given_name_finds_the_full_name(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("stuff with dave spade")
    await checked_picks(stack.gateway_url, turn, lambda r: "David Spade" in cast_of(r))


async def test_a_surname_spelt_by_ear_alone_is_a_search_for_that_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("seth rogan")
    await checked_picks(stack.gateway_url, turn, lambda r: "Seth Rogen" in cast_of(r))


async def test_a_particle_surname_added_together_requires_both(stack: Any, chat: WebChat) -> None:
    await chat.say("joe pesci films")
    turn = await chat.say("and de niro as well? together")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: {"Joe Pesci", "Robert De Niro"} <= set(cast_of(r)))
