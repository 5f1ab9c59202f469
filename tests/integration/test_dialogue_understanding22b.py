"""Dialogue round 22b through the real stack: "is it here?" in casual frames (contract/availability.py).

Classes (phrasings are this module's own):
1. a title asked about in a casual frame — "<title> on here?", "<title> is it here", "got <title>?", "is there a <title>
   thing?", "there's a <title> show right?" — also typed with a slip, is the title's card (the NLU takes the frame as a
   title's evidence; actions/edits.asks_if_available reads the frame);
2. words the catalog has no title by, in such a frame, are said missing honestly, with the titles of the closest names
   as buttons (actions/missing_titles.py) — never a keyword list of the words.
3. a title described, not named — "the show with <what happens>", "that <star> <title words> thing" — is its card
   ("That sounds like <title> (<year>)"), when one title clearly wins (actions/identification.py).
Near misses: a kind in the frame ("comedies on here?") is a search; a request after the question stays a search; "that
cooking show" (a kind, no person) stays a search.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from contract.payloads import ItemDetails, Recommendations

pytestmark = pytest.mark.integration

GOODFELLAS, OZARK, IRISHMAN, STRANGER_THINGS = "s6881", "s2768", "s3228", "s3686"
DARK_CRYSTAL, PINK_PANTHER = "s8267", "s8455"  # tests/fixtures/netflix_small.csv


def card_of(turn: Any) -> str | None:
    found = [a for a in turn.answers if isinstance(a, ItemDetails)]
    return found[0].item.id if found else None


@pytest.mark.parametrize(("text", "item_id"), [
    ("goodfelas on here?", GOODFELLAS),
    ("ozark is it here", OZARK),
    ("got the irishman?", IRISHMAN),
    ("is there an ozark show?", OZARK),
    ("theres a stranger thigns show right?", STRANGER_THINGS),
    ("the irishman, is that on netflix?", IRISHMAN),
])
async def test_a_title_in_a_casual_availability_frame_is_its_card(stack: Any, chat: WebChat, text: str,
                                                                  item_id: str) -> None:
    turn = await chat.say(text)
    assert card_of(turn) == item_id, turn.text
    assert "Sorry, I didn't quite get that" not in turn.text, turn.text


async def test_a_title_the_catalog_lacks_is_said_missing_with_the_closest_names(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got the crystal movie?")
    assert "I don't see “the crystal”" in turn.text, turn.text
    assert not [a for a in turn.answers if isinstance(a, Recommendations)], turn.text
    assert "The Dark Crystal" in [b["title"] for b in turn.buttons], turn.buttons
    card = await chat.click(turn, "The Dark Crystal")
    assert card_of(card) == DARK_CRYSTAL, card.text


async def test_a_title_missing_with_no_close_name_is_said_plainly(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the moon patrol movie on here?")
    assert "I don't see “the moon patrol”" in turn.text, turn.text
    assert not [a for a in turn.answers if isinstance(a, Recommendations)], turn.text


async def test_a_kind_in_the_frame_is_a_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("comedies on here?")
    assert turn.items and card_of(turn) is None, turn.text


async def test_a_request_after_the_question_stays_a_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("ozark on here? if not something like it")
    assert card_of(turn) is None, turn.text


async def test_a_show_described_by_its_plot_is_its_card(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("the show with the boy who vanishes and the secret experiments")
    assert card_of(turn) == STRANGER_THINGS, turn.text
    assert "That sounds like Stranger Things (" in turn.text, turn.text


async def test_a_star_and_title_words_before_thing_is_that_title(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("that steve martin pink panther thing")
    assert card_of(turn) == PINK_PANTHER, turn.text


async def test_a_kind_pointed_at_stays_a_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("that cooking show")
    assert card_of(turn) is None, turn.text
