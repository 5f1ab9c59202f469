"""Round 34's mends through the real stack (Rasa, the action server, the recommender; the fixture catalog): an
availability question closed by "there"; more seasons than the title a search is like; a bare runtime range after a
runtime word; "cartoons" then "for adults"; "what else" opened by a hesitation; the form closing "A or B <form>"; a
teen's age before "so" with a hedged rating; a documentary restated in plain words after a subject search.
Phrasings are this module's own."""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import TEEN, checked_picks, details_of, shown_ids

pytestmark = pytest.mark.integration

DARK_ID, OZARK_ID, UMBRELLA_ID = "s2328", "s2768", "s2191"
UMBRELLA_SEASONS = 2


@pytest.mark.parametrize("text, item_id", [("is dark there?", DARK_ID), ("ozark - is it still there", OZARK_ID)])
async def test_an_availability_question_closed_by_there_is_its_card(stack: Any, chat: WebChat, text: str,
                                                                    item_id: str) -> None:
    found = details_of(await chat.say(text))
    assert found and found[0].item.id == item_id, text


async def test_more_seasons_than_the_anchor_is_past_its_own_count(stack: Any, chat: WebChat) -> None:
    await chat.say("a show like the umbrella academy")
    turn = await chat.say("with more seasons than that tho")
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series" and r["id"] != UMBRELLA_ID
                        and (r.get("seasons") or 0) > UMBRELLA_SEASONS)


async def test_a_bare_range_after_longer_is_minutes(stack: Any, chat: WebChat) -> None:
    await chat.say("short comedies under 80 min")
    turn = await chat.say("hmm longer than that, like 95 to 125")
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"]
                        and 95 <= (r.get("duration_minutes") or 0) <= 125)


async def test_cartoons_then_for_adults_is_anime(stack: Any, chat: WebChat) -> None:
    await chat.say("cartoons")
    turn = await chat.say("no wait, for adults")
    await checked_picks(stack.gateway_url, turn, lambda r: "anime" in r["genres"] and "kids" not in r["genres"])


async def test_what_else_after_a_hesitation_is_more_of_the_same(stack: Any, chat: WebChat) -> None:
    first = await chat.say("crime series")
    turn = await chat.say("hmm, what else")
    await checked_picks(stack.gateway_url, turn, lambda r: "crime" in r["genres"] and r["type"] == "series"
                        and r["id"] not in shown_ids(first))


async def test_the_form_closing_alternatives_is_required(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("horror or sci-fi anime")
    await checked_picks(stack.gateway_url, turn, lambda r: "anime" in r["genres"]
                        and bool({"horror", "sci-fi"} & set(r["genres"])))


async def test_a_teens_age_before_so_and_a_hedged_rating_cap_the_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("anime series, my sisters 13 so keep it pg13-ish")
    await checked_picks(stack.gateway_url, turn, lambda r: "anime" in r["genres"] and r["rating"] in TEEN)


async def test_a_documentary_restated_after_a_subject_search_narrows_it(stack: Any, chat: WebChat) -> None:
    await chat.say("sports movies")
    turn = await chat.say("true stories, docs")
    await checked_picks(stack.gateway_url, turn, lambda r: "sports" in r["genres"] and "documentary" in r["genres"])
