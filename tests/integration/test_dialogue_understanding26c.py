"""Dialogue round 26c through the real stack: titles named inside free text, and likeness or availability asked of them.

Classes (phrasings are this module's own; the fixture catalog):
1. a title's one rare word said alone is the title ("kulipari" for "Kulipari: Dream Walker"; nlu/extraction/names.py
   ``_add_rare_title_parts``), and a title said to be over, then more asked for ("<title> wrapped up …, anything
   similar?"), is a like-search on it (names ``_ended_subject``) — an everyday-word title too;
2. a one-word everyday title with a hint in brackets, praised with a verb ("<title> (the german one) wrecked me"), then
   "more like that": like that title, the hint no constraint (names ``_char_past_hint``, contract/praise.py);
3. "<title> <origin> version, is it on here?": its card, the origin only saying which title (actions/edits/asked_titles.py
   ``_which_version``);
4. "are the sequels on here too?" after a title's card: the other titles of its franchise, or said honestly that the
   catalog has none (actions/franchise_titles.py ``sequels_asked``);
5. "<listed title> is one of them right? any others" after a list: confirmed, and more of the same search
   (actions/listed_confirmations.py);
6. "that <two plot words> <origin> movie": the one title those words and the origin single out, its card
   (actions/identification.py ``sketch_of``).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import NOT_UNDERSTOOD, applied, shown_ids
from contract.payloads import ItemDetails

pytestmark = pytest.mark.integration

KULIPARI, LIES_WITHIN, DARK, ITAEWON = "s4372", "s3427", "s2328", "s2960"
DARK_CRYSTAL, AGE_OF_RESISTANCE, TOLL_BOOTH, ISI_OSSI = "s8267", "s3552", "s2040", "s2915"
SCORSESE = "Martin Scorsese"


def _card_of(turn: Any) -> str | None:
    found = [a for a in turn.answers if isinstance(a, ItemDetails)]
    return found[0].item.id if found else None


def _like(turn: Any, item_id: str) -> None:
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    got = applied(turn)
    assert got.get("similar_to") == item_id, (turn.text, got)
    assert item_id not in shown_ids(turn), turn.text


# -- 1 -------------------------------------------------------------------------------------------------------------

async def test_a_titles_rare_word_said_over_then_similar(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("kulipari wrapped up and now the kids are bored, anything similar?")
    _like(turn, KULIPARI)


async def test_an_everyday_title_said_finished_then_similar(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the lies within just ended and i need a replacement. similar?")
    _like(turn, LIES_WITHIN)


# -- 2 -------------------------------------------------------------------------------------------------------------

async def test_an_everyday_title_with_a_hint_praised_then_more_like_that(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("dark (the german series) wrecked me. got more like that?")
    _like(turn, DARK)
    got = applied(turn)
    assert not got.get("countries") and not got.get("languages"), (turn.text, got)


# -- 3 -------------------------------------------------------------------------------------------------------------

async def test_a_title_with_its_origin_version_asked_on_here(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("itaewon class korean version, is it on here?")
    assert _card_of(turn) == ITAEWON, turn.text
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text


# -- 4 -------------------------------------------------------------------------------------------------------------

async def test_the_sequels_of_the_title_in_focus(stack: Any, chat: WebChat) -> None:
    card = await chat.say("tell me about the dark crystal")
    assert _card_of(card) == DARK_CRYSTAL, card.text
    turn = await chat.say("oh nice! is the follow-up on here as well")
    ids = shown_ids(turn)
    assert AGE_OF_RESISTANCE in ids and DARK_CRYSTAL not in ids, turn.text


async def test_no_sequels_said_honestly(stack: Any, chat: WebChat) -> None:
    card = await chat.say("tell me about toll booth")
    assert _card_of(card) == TOLL_BOOTH, card.text
    turn = await chat.say("cool, any sequels?")
    assert "no sequel" in turn.text and not turn.items, turn.text


# -- 5 -------------------------------------------------------------------------------------------------------------

async def test_a_listed_title_confirmed_then_others(stack: Any, chat: WebChat) -> None:
    first = await chat.say("movies directed by martin scorsese")
    assert len(first.items) >= 2, first.text
    named = first.items[1]["title"]
    turn = await chat.say(f"{named.lower()} is one of them right? any others")
    assert f"Yes, {named} is one of them" in turn.text, turn.text
    assert turn.items and not set(shown_ids(turn)) & set(shown_ids(first)), turn.text
    assert applied(turn).get("directors") == [SCORSESE], turn.text


# -- 6 -------------------------------------------------------------------------------------------------------------

async def test_a_title_told_by_two_words_and_its_origin(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("that boxer billionaire german movie")
    assert _card_of(turn) == ISI_OSSI, turn.text
