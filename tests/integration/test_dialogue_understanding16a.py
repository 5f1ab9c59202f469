"""Dialogue round 16a through the real stack: a title the viewer half remembers or asks for by name, with no "what
was that" (actions/identification.py, actions/like_focused.py). Phrasings are this module's own.

Classes: a description of one title (its plot, a star, "is that on here", "the one where …") is that title's card,
its words never a search's filters; a title named with words that pick it is that title; a name the catalog lacks is
said honestly with no picks; "something like that" after a card is a like-search on it. Requests that only mention a
star, children or a decade stay searches.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, applied, checked_picks
from contract.payloads import ItemDetails

pytestmark = pytest.mark.integration

# tests/fixtures/netflix_small.csv
BREAKING_BAD, STRANGER_THINGS, THE_OFFICE_US = "s5941", "s3686", "s8443"


def _card_id(turn: Any) -> str | None:
    card = next((a for a in turn.answers if isinstance(a, ItemDetails)), None)
    return card.item.id if card is not None else None


# -- 1. a description of one title, without "what was that" -----------------------------------------------------------

async def test_a_plot_and_its_star_asked_on_here_is_its_card(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the teacher with cancer who starts cooking meth in a camper, bryan cranston, is that on here?")
    assert _card_id(turn) == BREAKING_BAD, turn.text
    assert "That sounds like Breaking Bad" in turn.text and turn.recommendations is None, turn.text


async def test_the_one_where_is_its_card_and_its_era_no_filter(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the one where a little boy vanishes and the small town finds secret experiments, 80s vibe")
    assert _card_id(turn) == STRANGER_THINGS, turn.text
    assert turn.recommendations is None, turn.text


# -- 2. a title named with words that pick it --------------------------------------------------------------------------

async def test_a_title_with_words_that_pick_it_is_that_title(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the office, the american version with steve carell")
    assert _card_id(turn) == THE_OFFICE_US, turn.text


# -- 3. a name the catalog lacks ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("is the seventh seal on here?", "the seventh seal"),
    ("gone with the wind, fleming, 1939?", "gone with the wind"),
])
async def test_a_title_the_catalog_lacks_is_said_with_no_picks(stack: Any, chat: WebChat, text: str, name: str) -> None:
    turn = await chat.say(text)
    assert f"don't have “{name}”" in turn.text, turn.text
    assert turn.recommendations is None and not turn.items, turn.text


# -- 4. "something like that" after a card -----------------------------------------------------------------------------

async def test_something_like_that_after_the_card_is_titles_like_it(stack: Any, chat: WebChat) -> None:
    first = await chat.say("the teacher with cancer who starts cooking meth in a camper, bryan cranston, is that on here?")
    assert _card_id(first) == BREAKING_BAD, first.text
    turn = await chat.say("ok something like that")
    assert applied(turn).get("similar_to") == BREAKING_BAD, turn.text
    assert BREAKING_BAD not in [i["id"] for i in turn.items], turn.text


# -- near misses: requests stay searches -------------------------------------------------------------------------------

async def test_a_request_for_kids_from_a_decade_is_a_capped_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("a show for my kids from the 2010s")
    assert _card_id(turn) is None, turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY and 2010 <= r["year"] <= 2019)


async def test_anything_with_a_star_is_no_card(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("is there anything with bryan cranston")
    assert _card_id(turn) is None and "That sounds like" not in turn.text, turn.text


async def test_a_description_nothing_fits_is_never_capped_by_its_words(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the one where some kids build a rocket out of junk in a barn, creepy vibe")
    if _card_id(turn) is None:
        assert "not sure which title" in turn.text, turn.text
        assert not applied(turn).get("audience") and not applied(turn).get("mood"), applied(turn)


# -- review 2 mends: a title the catalog has is never "missing"; an occasion and a person stay a search ----------------

@pytest.mark.parametrize("text", [
    "is ozark season 4 on here",
    "is the new season of ozark on here?",
    "is breaking bad or better call saul on here",
])
async def test_a_title_the_catalog_has_said_with_its_season_is_never_missing(stack: Any, chat: WebChat,
                                                                             text: str) -> None:
    turn = await chat.say(text)
    assert "don't have" not in turn.text, turn.text


async def test_an_occasion_then_a_star_is_a_search_for_the_star(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("long drive tomorrow night, bryan cranston?")
    assert "don't have" not in turn.text and _card_id(turn) is None, turn.text
    assert turn.recommendations is not None, turn.text


async def test_a_ranking_asked_for_is_no_closest_titles(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("show me the one with the highest score from the 2010s")
    assert "not sure which title" not in turn.text and "don't have" not in turn.text, turn.text
