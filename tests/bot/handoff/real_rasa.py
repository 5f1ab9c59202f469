"""Reading the real Rasa's answers in the handoff tests: payloads, the tracker, the catalog behind them."""

from __future__ import annotations

import socket
import uuid
from typing import Any

import aiohttp

from bot.conversation import FAILURE_RESPONSES, ConversationKey, ConversationRouter

# Typed by a viewer; the real NLU answers these with ``utter_out_of_scope`` (a failure response).
NONSENSE = "asdf qwer zxcv"


def closed_url() -> str:
    """A loopback URL nothing listens on (the port was free a moment ago): Rasa is down."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


def unique_key(channel: str = "web") -> ConversationKey:
    """A viewer never seen before: the session's one Rasa keeps every tracker in memory."""
    return ConversationKey(channel, f"handoff-test-{uuid.uuid4().hex[:12]}")


def texts(messages: list[dict[str, Any]]) -> list[str]:
    return [m["text"] for m in messages if m.get("text")]


def customs(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [m["custom"] for m in messages if m.get("custom")]


def recommendations(messages: list[dict[str, Any]]) -> dict[str, Any]:
    """The one recommendations payload among the bot's messages (fails the test when there is none)."""
    found = [c for c in customs(messages) if c.get("type") == "recommendations"]
    assert len(found) == 1, messages
    assert found[0]["items"], found[0]
    return found[0]


async def tracker(router: ConversationRouter, key: ConversationKey) -> dict[str, Any]:
    """The viewer's tracker as the real Rasa holds it (``GET /conversations/{id}/tracker``)."""
    return await router.rasa.tracker(key.sender_id)


def user_texts(tracker_json: dict[str, Any]) -> list[str]:
    return [e.get("text") for e in tracker_json["events"] if e.get("event") == "user"]


def last_utter_action(tracker_json: dict[str, Any]) -> str | None:
    bots = [e for e in tracker_json["events"] if e.get("event") == "bot"]
    return ((bots[-1].get("metadata") or {}).get("utter_action")) if bots else None


def assert_failure_answer(tracker_json: dict[str, Any]) -> None:
    """The bot's latest answer came from ``utter_default`` or ``utter_out_of_scope``."""
    assert last_utter_action(tracker_json) in FAILURE_RESPONSES, tracker_json["events"][-6:]


async def assert_items_fit(gateway_url: str, payload: dict[str, Any], genre: str,
                           max_minutes: int | None = None) -> None:
    """Every recommended item, as the stack's catalog describes it, has ``genre`` and fits the limit."""
    async with aiohttp.ClientSession() as http:
        for item in payload["items"]:
            async with http.get(f"{gateway_url}/api/items/{item['id']}") as resp:
                assert resp.status == 200, item
                record = await resp.json()
            assert genre in record["genres"], record
            if max_minutes is not None:
                assert record["duration_minutes"] is not None, record
                assert record["duration_minutes"] <= max_minutes, record
