"""Dialogue round 22n through the real stack: follow-ups about the title in talk — its franchise, its country, its
director.

Classes (phrasings are this module's own):
1. every entry of a story said to be seen ("the kids have watched all the <name> films", "seen every <name> one")
   leaves out the whole franchise, not only the entry named (actions/franchises.seen_whole_franchises);
2. like the title in talk, away from its country ("similar stuff but from a different country", "same feel,
   other country") or its director ("in that vein but a different director"): a like-search without the anchor's
   countries or its director's titles (actions/anchor_away.py), after its card or after a list like it.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat, fetch_item
from checks import shown_ids

pytestmark = pytest.mark.integration

KUNG_FU_PANDA = {"s5858", "s7242"}  # tests/fixtures/netflix_small.csv
ITAEWON_CLASS = "s2960"  # South Korea
SCORSESE = {"s3228", "s6112", "s6881", "s7432", "s7821", "s8736"}
GOODFELLAS = "s6881"


async def _countries(stack: Any, turn: Any) -> list[tuple[str, list[str]]]:
    return [(str(i["id"]), list((await fetch_item(stack.gateway_url, i["id"])).get("countries") or []))
            for i in turn.items]


async def test_every_entry_seen_leaves_out_the_franchise(stack: Any, chat: WebChat) -> None:
    first = await chat.say("animated movies for kids")
    assert first.items, first.text
    turn = await chat.say("not kung fu panda, the kids have watched all the kung fu panda films")
    assert turn.items, turn.text
    assert not KUNG_FU_PANDA & set(shown_ids(turn)), turn.text


async def test_like_a_card_but_from_another_country(stack: Any, chat: WebChat) -> None:
    card = await chat.say("tell me about itaewon class")
    assert "Itaewon" in card.text, card.text
    turn = await chat.say("similar stuff but from a different country?")
    assert turn.items, turn.text
    found = await _countries(stack, turn)
    assert not [f for f in found if "South Korea" in f[1]], (found, turn.text)
    assert ITAEWON_CLASS not in shown_ids(turn), turn.text


async def test_like_the_anchor_of_a_list_other_country(stack: Any, chat: WebChat) -> None:
    first = await chat.say("shows like itaewon class")
    assert first.items, first.text
    turn = await chat.say("same feel, other country")
    assert turn.items, turn.text
    found = await _countries(stack, turn)
    assert not [f for f in found if "South Korea" in f[1]], (found, turn.text)


async def test_like_a_card_but_another_director(stack: Any, chat: WebChat) -> None:
    card = await chat.say("do you have goodfellas?")
    assert "GoodFellas" in card.text or "Goodfellas" in card.text, card.text
    turn = await chat.say("ok, something in that vein but a different director")
    assert turn.items, turn.text
    assert not SCORSESE & set(shown_ids(turn)), turn.text
