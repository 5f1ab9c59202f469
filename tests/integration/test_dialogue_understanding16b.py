"""Dialogue round 16b through the real stack (people in free text), every pick judged on its catalog record.
Phrasings are this module's own.

Classes: a person the catalog lacks, named in full beside a description, alone, or by one word in a person's place, is
answered honestly with no picks (never their surname's catalog namesake, never a keyword search); a full name the
catalog credits once is that person; catalog people by a part of their name or a slip that makes an everyday word; a
person turned down by a pronoun later in the message; a title pointer after a person's name describes that person
(no co-stars invented from the title's cast).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks

pytestmark = pytest.mark.integration


def _no_picks(turn: Any, name: str) -> None:
    assert turn.recommendations is None and not turn.items, turn.text
    assert name in turn.text, turn.text


# -- 1. people the catalog lacks (the stack serves the 596-title fixture catalog) ---------------------------------------

@pytest.mark.parametrize("text, name", [
    ("sidney lumet, the courtroom drama guy", "Sidney Lumet"),
    ("john cassavetes please", "John Cassavetes"),
    ("hong sang-soo anything", "Hong Sang-soo"),
    ("truffaut please", "Truffaut"),
    ("mizoguchi. ugetsu, sansho the bailiff", "Mizoguchi"),
    ("anything directed by bresson", "Bresson"),
    ("kurosawa films, the old samurai ones", "Kurosawa"),
])
async def test_a_person_the_catalog_lacks_gets_an_honest_answer(stack: Any, chat: WebChat, text: str,
                                                                name: str) -> None:
    _no_picks(await chat.say(text), name)


async def test_a_full_name_the_catalog_credits_once_is_that_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("Iko Uwais films")  # one credit: not in the gazetteer, found in the catalog's credits
    await checked_picks(stack.gateway_url, turn, lambda r: "Iko Uwais" in r["cast"])


async def test_a_park_ranger_is_no_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a park ranger movie")
    assert turn.items, turn.text


# -- 2. an actor asked for as a director -------------------------------------------------------------------------------

async def test_an_actor_asked_to_direct_is_said_so_with_the_acting_titles_offered(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("anything nicolas cage directed?")
    assert turn.recommendations is None and not turn.items, turn.text
    assert "only as an actor" in turn.text, turn.text
    acting = await chat.click(turn, "Titles with Nicolas Cage")
    await checked_picks(stack.gateway_url, acting, lambda r: "Nicolas Cage" in r["cast"])


async def test_an_actor_asked_for_as_an_actor_gets_picks(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("nicolas cage films")
    await checked_picks(stack.gateway_url, turn, lambda r: "Nicolas Cage" in r["cast"])


# -- 3. catalog people by part of a name ------------------------------------------------------------------------------

async def test_an_honorific_before_a_name_is_part_of_it(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("dame judi dench please")
    assert not applied(turn).get("query"), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "Judi Dench" in r["cast"])


async def test_a_surname_joined_to_a_person_is_a_second_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("something with both fortune feimster and spade")
    await checked_picks(stack.gateway_url, turn,
                        lambda r: "Fortune Feimster" in r["cast"] and "David Spade" in r["cast"])


# -- 4. a person turned down by a pronoun ------------------------------------------------------------------------------

async def test_a_pronoun_turned_down_excludes_the_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my roommate worships nicolas cage, i can't stand him. a film without him tonight")
    assert "Nicolas Cage" not in (applied(turn).get("actors") or []), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "Nicolas Cage" not in r["cast"] and r["type"] == "movie")


async def test_a_person_kept_when_the_pronoun_phrase_is_a_situation(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("something with nicolas cage but without him shouting the whole time")
    await checked_picks(stack.gateway_url, turn, lambda r: "Nicolas Cage" in r["cast"])


# -- 5. a person named in what reads as a question about a title -----------------------------------------------------

async def test_a_person_with_a_description_is_their_titles(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("seth rogen? the stoner comedy one, not the other seth")
    await checked_picks(stack.gateway_url, turn, lambda r: "Seth Rogen" in r["cast"])
