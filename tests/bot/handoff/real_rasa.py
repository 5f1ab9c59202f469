"""Reading the real Rasa's answers in the handoff tests: typed answers, and the catalog behind them."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Sequence

import aiohttp

from bot.conversation import ConversationKey
from contract.payloads import Answer, HandoffState, PlainText, Recommendations

# Typed by a viewer; the real NLU answers these with a "didn't get that" failure.
NONSENSE = "asdf qwer zxcv"


def closed_url() -> str:
    """A loopback URL nothing listens on (the port was free a moment ago): Rasa is down."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


def unique_key(channel: str = "web") -> ConversationKey:
    """A viewer never seen before: the session's one Rasa keeps every tracker in memory."""
    return ConversationKey(channel, f"handoff-test-{uuid.uuid4().hex[:12]}")


def states(answers: Sequence[Answer]) -> list[HandoffState]:
    return [a for a in answers if isinstance(a, HandoffState)]


def statuses(answers: Sequence[Answer]) -> list[str]:
    return [a.status for a in states(answers)]


def texts(answers: Sequence[Answer]) -> list[str]:
    """The bot's plain sentences (not lists, states or agent replies)."""
    return [a.text for a in answers if isinstance(a, PlainText)]


def recommendations(answers: Sequence[Answer]) -> Recommendations:
    """The one list of picks among the answers (fails the test when there is none or it is empty)."""
    found = [a for a in answers if isinstance(a, Recommendations)]
    assert len(found) == 1, answers
    assert found[0].items, found[0]
    return found[0]


async def assert_items_fit(gateway_url: str, picks: Recommendations, genre: str,
                           max_minutes: int | None = None) -> None:
    """Every recommended item, as the stack's catalog describes it, has ``genre`` and fits the limit."""
    async with aiohttp.ClientSession() as http:
        for item in picks.items:
            async with http.get(f"{gateway_url}/api/items/{item.id}") as resp:
                assert resp.status == 200, item
                record = await resp.json()
            assert genre in record["genres"], record
            if max_minutes is not None:
                assert record["duration_minutes"] is not None, record
                assert record["duration_minutes"] <= max_minutes, record


async def rasa_heard(rasa_url: str, sender_id: str) -> list[str]:
    """What the real Rasa received from this viewer, read from its tracker: the test's view of what the
    gateway forwarded (the gateway itself never reads trackers). Rasa's API needs the stack's token.
    ``sender_id`` is the viewer key the router sent (``router.viewer_key(key)``, bot/identity.py)."""
    from stack_env import RASA_TOKEN  # tests/integration is on sys.path once the stack fixture ran

    async with aiohttp.ClientSession() as http:
        async with http.get(f"{rasa_url}/conversations/{sender_id}/tracker",
                            params={"token": RASA_TOKEN}) as resp:
            assert resp.status == 200, await resp.text()
            tracker = await resp.json()
    return [e.get("text") for e in tracker["events"] if e.get("event") == "user"]
