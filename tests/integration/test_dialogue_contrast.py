""""Like X but Y" through the real stack (issue 11 item 2; docs/contracts.md "Like X but Y"): the modifier
is a constraint relative to X's own facts, every pick is judged on its catalog record (GET /api/items/{id}),
and the heading says what was kept from X and what was changed.

Runs in the gateway runtime (.venv) on the session's stack and the 596-title fixture catalog.
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat, fetch_item
from checks import FAMILY, applied, checked_picks

pytestmark = pytest.mark.integration


def heading(turn: Any) -> str:
    assert turn.recommendations is not None, turn.text
    return str(turn.recommendations["heading"])


async def test_like_a_title_but_less_scary_has_no_horror_and_a_milder_rating(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got anything like stranger things but less scary?")
    assert applied(turn).get("similar_to"), turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: "horror" not in r["genres"] and r["rating"] in FAMILY)
    assert "like Stranger Things" in heading(turn) and "kept:" in heading(turn), heading(turn)
    assert "no horror" in heading(turn) and "milder than its TV-14" in heading(turn), heading(turn)


async def test_like_a_movie_but_shorter_is_shorter_than_that_movie(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("I loved The Irishman, something like it but shorter")
    seed = await fetch_item(stack.gateway_url, applied(turn)["similar_to"])
    await checked_picks(stack.gateway_url, turn,
                        lambda r: r.get("duration_minutes") is not None and r["duration_minutes"] < seed["duration_minutes"])
    assert f"shorter than its 3 h 29 min" in heading(turn), heading(turn)


async def test_more_like_a_shown_item_but_newer_is_newer_than_that_item(stack: Any, chat: WebChat) -> None:
    first = await chat.say("crime shows from before 2016")
    # the oldest title shown leaves the most room for "newer" (which one that is, is the ranking's business)
    position = min(range(len(first.items)), key=lambda i: first.items[i]["year"])
    anchor = first.items[position]
    ordinal = ("first", "second", "third", "fourth", "fifth")[position]
    turn = await chat.say(f"more like the {ordinal} one but newer")
    assert applied(turn).get("similar_to") == anchor["id"], turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: r["year"] > anchor["year"])
    assert f"newer than its {anchor['year']}" in heading(turn), heading(turn)


async def test_like_a_series_but_as_a_film_keeps_its_genres_and_changes_the_format(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("like Stranger Things but as a film")
    records = await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "movie", min_items=3)
    seed = await fetch_item(stack.gateway_url, applied(turn)["similar_to"])
    specific = set(seed["genres"]) - {"international", "independent"}
    assert all(specific & set(r["genres"]) for r in records), [(r["title"], r["genres"]) for r in records]
    assert "changed: movie" in heading(turn) and "a series" not in heading(turn), heading(turn)


async def test_like_a_drama_but_funnier_brings_comedies(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("like breaking bad but funnier")
    await checked_picks(stack.gateway_url, turn, lambda r: "comedy" in r["genres"])
    assert "with comedy" in heading(turn), heading(turn)


async def test_a_follow_up_comparative_edits_the_like_search(stack: Any, chat: WebChat) -> None:
    first = await chat.say("something similar to Stranger Things")
    assert first.items, first.text
    turn = await chat.say("hmm, not as scary")
    assert applied(turn).get("similar_to") == applied(first)["similar_to"], turn.text
    await checked_picks(stack.gateway_url, turn, lambda r: "horror" not in r["genres"])
