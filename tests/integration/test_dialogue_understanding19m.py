"""Dialogue round 19 (the lead's own fixes) through the real stack: words a self-correction took back reach no query
(nlu corrections ``taken_back``); a series search for a genre the catalog tags on films only is answered from the topic
(actions/constraints.genres_for_series); "yes" to a card's offer is a like-search on it (recommend.ActionRelax); a fact
question about a named title is its card (edits._ABOUT_TITLE_RE). Phrasings are this module's own.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied, checked_picks

pytestmark = pytest.mark.integration


async def test_an_origin_taken_back_is_no_search_word(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("french um no italian films")
    assert applied(turn).get("countries") == ["Italy"], applied(turn)
    assert "french" not in str(applied(turn).get("query") or "").lower(), applied(turn)
    await checked_picks(stack.gateway_url, turn, lambda r: "Italy" in r["countries"])


async def test_the_correcting_no_leaves_the_words_after_it_wanted(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("french um no italian cooking films")
    assert applied(turn).get("countries") == ["Italy"] and "cooking" in str(applied(turn).get("query")), applied(turn)


async def test_a_series_about_music_is_answered_from_the_topic(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("any series about music")
    assert "No music series are tagged here" in turn.text, turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series")


async def test_yes_to_a_cards_offer_is_a_like_search_on_it(stack: Any, chat: WebChat) -> None:
    card = await chat.say("do you have dark skies?")
    assert "Dark Skies" in card.text, card.text
    turn = await chat.say("yes please")
    assert turn.items and applied(turn).get("similar_to"), turn.text
    assert "Dark Skies" not in [i["title"] for i in turn.items]


async def test_how_long_is_a_named_title_is_its_card(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("how long is Dark Skies")
    assert "Dark Skies" in turn.text and "like Dark Skies" not in turn.text, turn.text
