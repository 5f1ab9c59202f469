"""Dialogue round 21g through the real stack: follow-ups about one title shown on its own card.

Classes (phrasings are this module's own):
1. a question about the title on the card with its subject left out ("fine for my 9 year old?") is answered from its
   rating, never a new list, and the title stays in focus (actions/title_questions._BARE_FIT_RE);
2. more by its maker said with a pronoun ("any other movies by him?"), also after such a question, is that title's
   director's other titles (actions/made_by._MAKER_PRONOUN_RE); a title the catalog credits no director for is said so,
   its cast offered (actions/made_by.CastOffer);
3. "anything else?" typed right after a card asked about by name is a like-search on that title
   (actions/like_focused.ELSE_RE).
Near miss: the same words after a card opened from a list go on with the list's search.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, shown_ids

pytestmark = pytest.mark.integration

IRISHMAN, SHUTTER_ISLAND = "s3228", "s1359"  # tests/fixtures/netflix_small.csv: Martin Scorsese films, rated R


async def test_a_fit_question_without_its_subject_then_more_by_him(stack: Any, chat: WebChat) -> None:
    card = await chat.say("do you have the irishman?")
    assert "The Irishman" in card.text and not shown_ids(card), card.text
    answer = await chat.say("fine for my 9 year old?")
    assert not shown_ids(answer) and "The Irishman" in answer.text and "R" in answer.text, answer.text
    turn = await chat.say("any other movies by him?")
    assert applied(turn).get("directors") == ["Martin Scorsese"], (turn.text, applied(turn))
    assert IRISHMAN not in shown_ids(turn), turn.text


async def test_no_director_in_the_catalog_offers_the_cast(stack: Any, chat: WebChat) -> None:
    await chat.say("is grace and frankie on here")
    turn = await chat.say("more from that director please")
    assert not shown_ids(turn) and "Grace and Frankie" in turn.text, turn.text
    assert "Jane Fonda" in [b["title"] for b in turn.buttons], turn.buttons


async def test_anything_else_after_a_card_is_like_it(stack: Any, chat: WebChat) -> None:
    await chat.say("have you got shutter island")
    turn = await chat.say("anything else?")
    assert applied(turn).get("similar_to") == SHUTTER_ISLAND, (turn.text, applied(turn))
    assert SHUTTER_ISLAND not in shown_ids(turn), turn.text


async def test_anything_else_after_a_listed_titles_card_goes_on_with_the_list(stack: Any, chat: WebChat) -> None:
    first = await chat.say("some comedies")
    assert len(shown_ids(first)) >= 2, first.text
    await chat.say("tell me about the second one")
    turn = await chat.say("anything else?")
    assert applied(turn).get("similar_to") != shown_ids(first)[1], (turn.text, applied(turn))
    assert "comedy" in (applied(turn).get("genres") or []), applied(turn)
