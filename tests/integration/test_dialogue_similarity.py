""""More like this" through the real stack (issue 11, items 1-2): the answer to "something like X" is
alike — every item shares a specific genre with X (not just "International") and keeps X's type —
and an explicit type in the same request still wins (hard constraints over similarity).

Runs in the gateway runtime (.venv) on the session's stack (tests/integration/conftest.py) and the
596-title fixture catalog; each item is checked against GET /api/items/{id}.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from chat import WebChat, fetch_item

pytestmark = pytest.mark.integration

BROAD = {"international", "independent"}


@pytest.fixture
async def chat(stack: Any) -> AsyncIterator[WebChat]:
    async with WebChat(stack.gateway_url) as tab:
        yield tab


async def _alike(gateway_url: str, seed_id: str, items: list[dict[str, Any]]) -> tuple[dict, list[dict]]:
    seed = await fetch_item(gateway_url, seed_id)
    records = [await fetch_item(gateway_url, it["id"]) for it in items]
    specific = set(seed["genres"]) - BROAD
    assert specific, seed
    unlike = [r["title"] for r in records if not specific & (set(r["genres"]) - BROAD)]
    assert not unlike, f"share no specific genre with {seed['title']} {sorted(specific)}: {unlike}"
    return seed, records


async def test_something_like_a_title_is_alike(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("something like Stranger Things")
    seed_id = turn.recommendations["constraints"].get("similar_to")
    assert seed_id and len(turn.items) >= 3, turn.text
    seed, records = await _alike(stack.gateway_url, seed_id, turn.items)
    assert all(r["type"] == seed["type"] for r in records), [(r["title"], r["type"]) for r in records]
    assert all(r["id"] != seed_id for r in records)


async def test_more_like_a_shown_item_is_alike(stack: Any, chat: WebChat) -> None:
    first = await chat.say("thrillers")
    anchor = first.items[0]
    turn = await chat.say("more like the first one")
    assert turn.recommendations["constraints"].get("similar_to") == anchor["id"], turn.text
    seed, records = await _alike(stack.gateway_url, anchor["id"], turn.items)
    assert sum(r["type"] == seed["type"] for r in records) >= len(records) - 1


async def test_an_explicit_type_beats_the_seed_type(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("movies like Stranger Things")
    assert turn.items, turn.text
    records = [await fetch_item(stack.gateway_url, it["id"]) for it in turn.items]
    assert all(r["type"] == "movie" for r in records), [(r["title"], r["type"]) for r in records]
