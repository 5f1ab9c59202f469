"""Dialogue round 25b through the real stack: people in free text and references back to what was said.

Classes (phrasings are this module's own; the fixture catalog):
1. a well-known director's surname with little around it ("any <surname> works for me", "<surname> from the 1990s")
   is that director (names.LooseNames._surnames: ``_ends_request``, ``_period_beside``);
2. a city after "from" is no surname and someone else's family met is no audience (names._placed,
   audience.families_met);
3. "how about for me, anything he's in" after a person's search for a child is that person for the viewer alone
   (edits.asks_for_the_persons_titles, edits.says_alone); "which one is for kids" after a list is the listed title
   that suits kids (fitting_pick); "is it on here" after a likeness is the card of the title in talk
   (title_in_talk.asks_if_the_title_in_talk_is_here); "any with both?" after two people keeps them
   (constraints.asks_for_both_people);
4. "other <origin> films" after a director's list is a new search of that origin without the director
   (constraints.other_origin_after_people).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, shown_ids
from contract.payloads import ItemDetails

pytestmark = pytest.mark.integration

SCORSESE = "Martin Scorsese"
KEITEL = "Harvey Keitel"
BREAKING_BAD = "s5941"
YOUNG_CAPS = {"TV-Y", "TV-G", "G", "TV-Y7", "TV-Y7-FV", "PG", "TV-PG"}
NOT_UNDERSTOOD = ("Which one do you mean", "didn't quite get that")


def _card_of(turn: Any) -> str | None:
    found = [a for a in turn.answers if isinstance(a, ItemDetails)]
    return found[0].item.id if found else None


# -- 1 -------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["ok, any scorsese works for me", "scorsese from the 1990s"])
async def test_a_directors_surname_with_little_around_it(stack: Any, chat: WebChat, text: str) -> None:
    await chat.say("a korean thriller series")
    turn = await chat.say(text)
    got = applied(turn)
    assert got.get("directors") == [SCORSESE], (turn.text, got)
    assert not got.get("actors"), (turn.text, got)


# -- 2 -------------------------------------------------------------------------------------------------------------

async def test_a_city_and_a_family_met_are_no_person_and_no_audience(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my nephew's bride is from lagos and we meet her family soon, any nigerian films to prepare?")
    got = applied(turn)
    assert not got.get("actors") and not got.get("directors"), (turn.text, got)
    assert not got.get("audience") and not got.get("ratings"), (turn.text, got)
    assert got.get("countries") == ["Nigeria"], (turn.text, got)


# -- 3 -------------------------------------------------------------------------------------------------------------

async def test_his_titles_for_me_after_a_search_for_a_child(stack: Any, chat: WebChat) -> None:
    await chat.say("harvey keitel films for my 9 year old")
    turn = await chat.say("how about for me, anything he's in")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    got = applied(turn)
    assert got.get("actors") == [KEITEL] and not got.get("audience"), (turn.text, got)
    assert shown_ids(turn), turn.text


async def test_the_one_for_kids_after_a_list_is_a_title_that_suits_kids(stack: Any, chat: WebChat) -> None:
    await chat.say("emily mortimer films")
    turn = await chat.say("which one is for children?")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    card = _card_of(turn)
    ratings = [i.get("rating") for i in turn.items]
    assert card is not None or (ratings and set(ratings) <= YOUNG_CAPS), turn.text


async def test_is_it_on_here_after_a_likeness_is_the_title_in_talk(stack: Any, chat: WebChat) -> None:
    await chat.say("people at work rave about breaking bad, is there something like it but lighter")
    turn = await chat.say("fine, i'll try the original then. is it on here?")
    assert _card_of(turn) == BREAKING_BAD, turn.text


async def test_any_with_both_after_two_people_keeps_them_together(stack: Any, chat: WebChat) -> None:
    await chat.say("i like robert de niro, my brother likes harvey keitel")
    turn = await chat.say("any with both of them?")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    got = applied(turn)
    people = set(got.get("actors") or []) | set(got.get("any_people") or [])
    assert people == {"Robert De Niro", KEITEL}, (turn.text, got)


# -- 4 -------------------------------------------------------------------------------------------------------------

async def test_other_origin_films_after_a_directors_list_drop_the_director(stack: Any, chat: WebChat) -> None:
    await chat.say("films by martin scorsese")
    turn = await chat.say("other hong kong films then")
    got = applied(turn)
    assert not got.get("directors"), (turn.text, got)
    assert got.get("countries") == ["Hong Kong"], (turn.text, got)
    assert shown_ids(turn), turn.text
