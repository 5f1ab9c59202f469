"""Round 36's mends through the real stack (Rasa, the action server, the recommender; the fixture catalog): "not the
<position>, i hated that show" keeps the format of the list; a rating right after a ruled-out content word caps the
search; "forget the <value> part, just <genre>" leaves only that genre; a reply opening with "but" keeps the likeness
for a child; "is there <title>" and "<title> season N" answer with the title's card. Phrasings are this module's
own."""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import FAMILY, TEEN, checked_picks, details_of, shown_ids

pytestmark = pytest.mark.integration

OZARK_ID, STRANGER_THINGS_ID = "s2768", "s3686"


async def test_an_opinion_on_that_show_keeps_the_lists_format(stack: Any, chat: WebChat) -> None:
    first = await chat.say("funny series")
    turn = await chat.say("drop the second one, we hated that show")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and "comedy" in r["genres"]
                        and r["id"] != shown_ids(first)[1])


async def test_a_rating_after_a_ruled_out_content_word_caps_the_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("anime please, but not the really violent tv-ma ones")
    await checked_picks(stack.gateway_url, turn, lambda r: "anime" in r["genres"] and r["rating"] in TEEN)


async def test_a_genre_let_go_as_a_part_leaves_the_genre_said_after(stack: Any, chat: WebChat) -> None:
    await chat.say("romantic comedies from the 80s")
    turn = await chat.say("hmm scrap the era and the romance part, just comedies")
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"])
    assert "romance" not in turn.text.split("Here are")[-1], turn.text  # the heading names comedy alone


async def test_a_reply_opening_with_but_keeps_the_likeness_for_a_child(stack: Any, chat: WebChat) -> None:
    await chat.say("series like stranger things")
    turn = await chat.say("but one my 9 year old could watch")
    assert "Stranger Things" in turn.text, turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: r["rating"] in FAMILY and r["id"] != STRANGER_THINGS_ID)


@pytest.mark.parametrize("text", ["is there ozark", "ozrak season 2"])
async def test_a_title_asked_in_new_shapes_answers_with_its_card(stack: Any, chat: WebChat, text: str) -> None:
    found = details_of(await chat.say(text))
    assert found and found[0].item.id == OZARK_ID, text
