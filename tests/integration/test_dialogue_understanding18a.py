"""Dialogue round 18a through the real stack: people in free text.

Classes (phrasings are this module's own): two directors of one surname named as a family ("the <surname>s",
"<surname> brothers") are both (nlu names._director_pair_matches); a person the catalog lacks offered with an
alternative ("<name>? no? then <request>") lets the alternative be answered (actions/unknown_people
.given_up_for_another); a director's surname typed with one
slip after the exact given name is that director, however few titles they made (names._director_surname_slip);
"stand up" with "stand" mistyped is the stand-up genre (shorthand.MISSPELT); after a comedian's stand-up, "other movies
with him" are his films (actions/constraints.fiction_drops_forms) and "who else is like him?" drops him, keeping
the stand-up (actions/edits._LIKE_THE_PERSON).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied

pytestmark = pytest.mark.integration

# tests/fixtures/netflix_small.csv
HERNGRENS = "s5518"             # directed by Felix Herngren and Måns Herngren
NUTTY_PROFESSOR = "s180"        # directed by Tom Shadyac
BO_BURNHAM_INSIDE = "s827"      # Bo Burnham's stand-up special
NOT_UNDERSTOOD = ("didn't quite get", "I don't have anything with or by")


def _ids(turn: Any) -> set[str]:
    return {str(i["id"]) for i in turn.items}


async def test_two_directors_named_as_a_family_are_both(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("anything by the herngren brothers")
    assert HERNGRENS in _ids(turn), turn.text
    assert set(applied(turn).get("directors") or []) == {"Felix Herngren", "Måns Herngren"}, applied(turn)


async def test_a_missing_person_given_up_for_an_alternative_answers_the_alternative(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("ingmar bergman? no? then something by the herngrens")
    assert "I don't have" not in turn.text, turn.text
    assert HERNGRENS in _ids(turn), turn.text


async def test_a_missing_person_asked_for_alone_is_still_said(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("ingmar bergman films")
    assert "I don't have" in turn.text and not turn.items, turn.text


async def test_a_directors_surname_with_a_slip_finds_the_director(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("tom shadyak 90s comedy")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    assert NUTTY_PROFESSOR in _ids(turn), turn.text


async def test_stand_up_mistyped_is_the_comedians_stand_up(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("bo burnham stnd up")
    assert BO_BURNHAM_INSIDE in _ids(turn), turn.text
    assert "stand-up" in (applied(turn).get("genres") or []), applied(turn)


# -- after a comedian's stand-up ------------------------------------------------------------------------------------------

KEVIN_HART_SPECIAL, DEATH_AT_A_FUNERAL = "s7181", "s6584"


async def test_other_movies_with_him_after_his_stand_up_are_his_films(stack: Any, chat: WebChat) -> None:
    first = await chat.say("kevin hart stand up")
    assert KEVIN_HART_SPECIAL in _ids(first), first.text
    turn = await chat.say("other movies with him")
    assert DEATH_AT_A_FUNERAL in _ids(turn) and KEVIN_HART_SPECIAL not in _ids(turn), turn.text
    assert "stand-up" not in (applied(turn).get("genres") or []), applied(turn)


async def test_who_else_is_like_him_drops_the_comedian_and_keeps_stand_up(stack: Any, chat: WebChat) -> None:
    first = await chat.say("kevin hart stand up")
    assert KEVIN_HART_SPECIAL in _ids(first), first.text
    turn = await chat.say("who else is like him? other stand up")
    assert turn.items and KEVIN_HART_SPECIAL not in _ids(turn), turn.text
    assert "Kevin Hart" not in (applied(turn).get("actors") or []), applied(turn)
    assert "stand-up" in (applied(turn).get("genres") or []), applied(turn)
