"""Dialogue round 21h through the real stack: a title identified from a description or a near name.

Classes (phrasings are this module's own):
1. a franchise's words opening a description with a star in it name one title: its card, never the star's films
   searched with the franchise's words (actions/described_names.franchise_opening);
2. a catalog title said after its own description ("that <country> <topic> one, <title>") is that title where the
   description bears it out (actions/described_names.title_closing), never a mood;
3. an exact name beats another title's name with its article left out; with no exact name the article variant is
   the title (nlu/extraction/names.py);
4. a title's word spelt as it sounds names it (contract/sound_alikes.py; on the full catalog "midnite mass").
Near misses: a plural franchise with a star stays a search; "that korean revenge one, dark" is no card of Dark.
"""

from __future__ import annotations

from typing import Any, Optional

import pytest

from chat import WebChat
from checks import shown_ids
from contract.payloads import ItemDetails

pytestmark = pytest.mark.integration

# tests/fixtures/netflix_small.csv
LAST_CRUSADE = "s7072"   # Indiana Jones and the Last Crusade, with Sean Connery
DARK = "s2328"           # the German series Dark
THE_MYSTIC_RIVER = "s887"
GOODFELLAS = "s6881"


def _card(turn: Any) -> Optional[str]:
    return next((a.item.id for a in turn.answers if isinstance(a, ItemDetails)), None)


async def test_the_franchise_film_with_its_star_is_its_card(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("that indiana jones film w/ sean connery in it")
    assert _card(turn) == LAST_CRUSADE, turn.text


async def test_a_title_closing_its_description_is_its_card(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the german series about time travel, dark")
    assert _card(turn) == DARK, turn.text


async def test_a_closing_word_the_description_does_not_bear_out_is_no_card(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("that korean revenge movie, dark")
    assert _card(turn) != DARK, turn.text


async def test_with_no_exact_name_the_article_variant_is_the_title(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got anything similar to mystic river?")
    assert shown_ids(turn) and THE_MYSTIC_RIVER not in shown_ids(turn), turn.text
    assert "The Mystic River" in turn.text, turn.text


async def test_a_title_typed_with_a_slip_is_liked(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("more godfellas type stuff")
    assert shown_ids(turn) and GOODFELLAS not in shown_ids(turn), turn.text
    assert "GoodFellas" in turn.text, turn.text
