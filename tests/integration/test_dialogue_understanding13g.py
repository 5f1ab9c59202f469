"""Dialogue round 17 (part E) through the real stack, every pick judged on its catalog record. Phrasings are this
module's own.

Classes: a new person named after a person's titles ("and the actress, <name>?", "what about <name>") is the next
person, not both together ("<name> too, in the same film" keeps both); "other comedians like him" drops the person,
keeps the rest and ranks like his titles; a topic that says the kind of title ("kung fu", "spy") asks for its genres
beside a person too; story clauses of a run-on before a request clause with its own constraints give no query
words, while a list of wishes stays the request.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks

pytestmark = pytest.mark.integration

SHUTTER_ISLAND = "Shutter Island"


def _cast(r: dict[str, Any]) -> list[str]:
    return list(r.get("cast") or [])


# -- 1. the next person, not both together ------------------------------------------------------------------------------

async def test_and_the_actress_after_a_filmography_is_her_filmography(stack: Any, chat: WebChat) -> None:
    await chat.say("the guy from Shutter Island, Ben Kingsley, what else is he in")
    turn = await chat.say("and the actress, Emily Mortimer?")
    assert applied(turn).get("actors") == ["Emily Mortimer"], applied(turn)
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "Emily Mortimer" in _cast(r) and r["title"] != SHUTTER_ISLAND)


async def test_what_about_another_person_is_her_titles_not_a_title_details(stack: Any, chat: WebChat) -> None:
    await chat.say("the guy from Shutter Island, Ben Kingsley, what else is he in")
    turn = await chat.say("what about Emily Mortimer")
    assert applied(turn).get("actors") == ["Emily Mortimer"], applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "Emily Mortimer" in _cast(r))


async def test_a_person_said_to_be_in_the_same_film_keeps_both(stack: Any, chat: WebChat) -> None:
    await chat.say("Leonardo DiCaprio movies")
    turn = await chat.say("Matt Damon too, in the same film")
    assert sorted(applied(turn).get("actors") or []) == ["Leonardo DiCaprio", "Matt Damon"], applied(turn)
    await checked_picks(stack.gateway_url, turn,
                        lambda r: {"Leonardo DiCaprio", "Matt Damon"} <= set(_cast(r)))


# -- 2. others like the person --------------------------------------------------------------------------------------

async def test_other_comedians_like_him_keeps_stand_up_without_him(stack: Any, chat: WebChat) -> None:
    await chat.say("Kevin Hart")
    await chat.say("only his stand-up")
    turn = await chat.say("other comedians like him")
    assert not applied(turn).get("actors") and applied(turn).get("similar_to"), applied(turn)
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "stand-up" in r["genres"] and "Kevin Hart" not in _cast(r), min_items=2)


async def test_anything_else_with_him_still_keeps_the_person(stack: Any, chat: WebChat) -> None:
    await chat.say("Kevin Hart")
    turn = await chat.say("anything else with him?")
    if turn.recommendations is not None and turn.items:
        await checked_picks(stack.gateway_url, turn, lambda r: "Kevin Hart" in _cast(r))


# -- 3. a topic genre beside a person -----------------------------------------------------------------------------

async def test_kung_fu_beside_an_actor_asks_for_her_action_titles(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("michelle rodriguez kung fu movies")
    # "kung fu" is read as the action genre itself now (round 16d), not as a topic implying it: either way, action only
    assert (applied(turn).get("any_genres") or applied(turn).get("genres")) == ["action"], applied(turn)
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "action" in r["genres"] and "Michelle Rodriguez" in _cast(r))


async def test_spy_beside_an_actor_leaves_out_his_dramas(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("liam neeson spy films")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: {"thriller", "action"} & set(r["genres"]) and "Liam Neeson" in _cast(r))


async def test_an_actor_alone_gets_no_topic_genre(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("liam neeson films")
    assert not applied(turn).get("any_genres"), applied(turn)


# -- 4. story clauses before a request clause -----------------------------------------------------------------------

async def test_story_clauses_before_a_question_never_reach_the_query(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("started night shifts in march, the neighbours are renovating, my cat ran off, "
                          "what are some comedies from the 90s")
    assert not applied(turn).get("query"), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"] and 1990 <= r["year"] <= 1999)


async def test_a_list_of_wishes_stays_the_request(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("cozy, funny, british")
    constraints = applied(turn)
    assert constraints.get("countries") == ["United Kingdom"] and "funny" in (constraints.get("mood") or []), \
        constraints
