"""The real stack end to end: viewer messages through the gateway's web chat, Rasa, the action server
and the recommender; every recommended item is fetched from GET /api/items/{id} and checked against
the hard constraints of the request (DESIGN.md: every item shown satisfies them).

Runs in the gateway runtime (.venv); the servers are started once per session (conftest.py), and
each test talks to them in a fresh web chat tab (the ``chat`` fixture).
The catalog is the 596-title fixture (tests/fixtures/netflix_small.csv).
"""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest

from chat import Turn, WebChat, rasa_rest
from checks import ItemCheck, checked_picks, runtime_at_most
from contract.vocabulary import ratings_for_audience

pytestmark = pytest.mark.integration


async def check_items(gateway_url: str, turn: Turn, check: ItemCheck, *, min_items: int = 1) -> list[dict[str, Any]]:
    """Every recommended item, as the catalog describes it, satisfies ``check``, and the plain-text
    rendering lists every item; returns the records."""
    records = await checked_picks(gateway_url, turn, check, min_items=min_items)
    assert turn.text.count("\n") >= len(turn.items), "plain-text rendering lists every item"
    return records


async def test_comedies_under_40_minutes(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("comedies under 40 minutes")
    await check_items(stack.gateway_url, turn,
                      lambda r: "comedy" in r["genres"] and runtime_at_most(40)(r))
    assert turn.recommendations["constraints"]["max_minutes"] == 40
    assert any(b["title"] == "Something else" for b in turn.buttons)


async def test_with_my_kids_tonight(stack: Any, chat: WebChat) -> None:
    kids_ratings = set(ratings_for_audience("family"))  # children of no stated age: family (PG)
    turn = await chat.say("what should I watch with my kids tonight?")
    await check_items(stack.gateway_url, turn, lambda r: r.get("rating") in kids_ratings)


async def test_korean_dramas(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("Korean dramas")
    await check_items(stack.gateway_url, turn,
                      lambda r: "drama" in r["genres"] and "ko" in (r.get("languages") or []))


async def test_movies_directed_by_scorsese(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("movies directed by Martin Scorsese")
    await check_items(stack.gateway_url, turn,
                      lambda r: r["type"] == "movie" and "Martin Scorsese" in (r.get("directors") or []))


async def test_comedies_then_under_30_minutes(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedies")
    await check_items(stack.gateway_url, first, lambda r: "comedy" in r["genres"])
    second = await chat.say("under 30 minutes please")
    await check_items(stack.gateway_url, second,
                      lambda r: "comedy" in r["genres"] and runtime_at_most(30)(r))


async def test_something_like_stranger_things(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("something like Stranger Things")
    records = await check_items(stack.gateway_url, turn, lambda r: r["title"] != "Stranger Things")
    assert turn.recommendations["constraints"].get("similar_to")
    assert len(records) >= 3


async def test_something_else_excludes_what_was_shown_and_keeps_constraints(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedies")
    shown = {i["id"] for i in first.items}
    second = await chat.click(first, "Something else")
    await check_items(stack.gateway_url, second, lambda r: "comedy" in r["genres"])
    assert not shown & {i["id"] for i in second.items}
    third = await chat.say("something else")
    assert not (shown | {i["id"] for i in second.items}) & {i["id"] for i in third.items}


async def test_shorter_tightens_the_runtime(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedies under 40 minutes")
    second = await chat.click(first, "Shorter")
    await check_items(stack.gateway_url, second,
                      lambda r: "comedy" in r["genres"] and runtime_at_most(30)(r))


async def test_details_and_why_of_the_second_one(chat: WebChat) -> None:
    first = await chat.say("Korean dramas")
    second_item = first.items[1]
    details = await chat.say("tell me about the second one")
    payload = next(m for m in details.messages if m["type"] == "item_details")
    assert payload["item"]["id"] == second_item["id"]
    assert second_item["title"] in details.text
    why = await chat.say("why did you pick this")
    assert second_item["title"] in why.text


async def test_more_like_the_second_one(stack: Any, chat: WebChat) -> None:
    first = await chat.say("comedies")
    anchor = first.items[1]
    turn = await chat.say("more like the second one")
    await check_items(stack.gateway_url, turn, lambda r: r["id"] != anchor["id"])
    assert turn.recommendations["constraints"].get("similar_to") == anchor["id"]


async def test_start_over_clears_constraints(chat: WebChat) -> None:
    await chat.say("comedies under 30 minutes")
    reset = await chat.say("start over")
    assert "fresh" in reset.text.lower()
    turn = await chat.say("only movies")
    constraints = turn.recommendations["constraints"] if turn.recommendations else {}
    assert "genres" not in constraints and "max_minutes" not in constraints


@pytest.mark.parametrize("text", ["asdfgh", "what's the weather like?", "????"])
async def test_nonsense_gets_a_friendly_answer(chat: WebChat, text: str) -> None:
    turn = await chat.say(text)
    assert turn.text.strip(), turn.messages
    assert turn.recommendations is None
    assert turn.buttons, "suggests what to ask instead"


async def test_empty_message_through_rasa_gets_an_answer(stack: Any) -> None:
    turn = await rasa_rest(stack.rasa_url, "it-empty", " ")
    assert turn.text.strip()


async def test_asking_for_a_human_gets_an_answer(chat: WebChat) -> None:
    """The handoff itself belongs to the handoff router; the dialogue must route the request to it."""
    turn = await chat.say("can I talk to a person?")
    assert turn.text.strip() and turn.recommendations is None


async def test_a_list_goes_out_once_over_rasas_rest_channel(stack: Any) -> None:
    """Issue 7: one payload carries the list; no text message repeats it for channels to drop."""
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{stack.rasa_url}/webhooks/rest/webhook",
                             json={"sender": "it-once", "message": "comedies under 40 minutes"}) as resp:
            messages = await resp.json()
    lists = [m["custom"] for m in messages if (m.get("custom") or {}).get("type") == "recommendations"]
    assert len(lists) == 1 and lists[0]["items"], messages
    titles = [item["title"] for item in lists[0]["items"]]
    texts = [m["text"] for m in messages if m.get("text")]
    assert not any(title in text for title in titles for text in texts), texts
