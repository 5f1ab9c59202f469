"""Dialogue round 25e through the real stack (the fixture catalog). Phrasings are this module's own.

1. Words of a genre family's feeling: tension is the thriller ("full of tension"), a teen feel the teen genre
   (``genres.THRILL_PHRASES``, ``genres.EXTRA``).
2. A word of the supernatural ruled out rules horror out beside the fantasy shelf (``negation._supernatural_kinds``).
3. Part of a well-known name, typed as one word, beside a fan's evidence ("his films") is that person
   (``names._works_called_theirs``); the fan words are no query (``query_text._FAN_OF``).
4. "how many seasons of <title> …" is that title's card, never titles like it (``seasons._HOW_BEFORE_RE``,
   ``edits._ABOUT_TITLE_RE``).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import NOT_UNDERSTOOD, applied, checked_picks
from contract.payloads import ItemDetails

pytestmark = pytest.mark.integration

SHERLOCK = "s8003"


def card_of(turn: Any) -> str | None:
    found = [a for a in turn.answers if isinstance(a, ItemDetails)]
    return found[0].item.id if found else None


# -- 1 ---------------------------------------------------------------------------------------------------------------

async def test_tension_asked_for_is_the_thriller(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("any series full of tension?")
    got = applied(turn)
    assert "thriller" in (got.get("genres") or []) and not got.get("query"), (turn.text, got)
    await checked_picks(stack.gateway_url, turn, lambda r: "thriller" in r.get("genres", []))


async def test_a_teen_feel_is_the_teen_genre(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a show with a high school vibe")
    got = applied(turn)
    assert "teen" in (got.get("genres") or []), (turn.text, got)
    await checked_picks(stack.gateway_url, turn, lambda r: "teen" in r.get("genres", []))


# -- 2 ---------------------------------------------------------------------------------------------------------------

async def test_no_paranormal_rules_out_horror(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("mystery shows, nothing paranormal please")
    got = applied(turn)
    assert {"horror", "fantasy"} <= set(got.get("exclude_genres") or []), (turn.text, got)
    await checked_picks(stack.gateway_url, turn, lambda r: "horror" not in r.get("genres", []))


# -- 3 ---------------------------------------------------------------------------------------------------------------

async def test_a_joined_given_name_with_his_films_is_the_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("my dad is a massive fan of shahrukh, any of his movies")
    got = applied(turn)
    people = [*(got.get("actors") or []), *(got.get("any_people") or [])]
    assert "Shah Rukh Khan" in people and "fan" not in (got.get("query") or ""), (turn.text, got)


# -- 4 ---------------------------------------------------------------------------------------------------------------

async def test_how_many_seasons_of_a_title_is_its_card(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("how many seasons of Sherlock are on this")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    assert card_of(turn) == SHERLOCK, turn.text
