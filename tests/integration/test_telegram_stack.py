"""Telegram end to end: the real gateway, Rasa and action server, with a local fake of the Bot API.

The fake (tests/fakes/telegram_api.py) plays Telegram's servers: it POSTs updates to the gateway's
webhook with the secret header, exactly as Telegram does once ``setWebhook`` was called, and records
what the gateway sends back through python-telegram-bot (``TELEGRAM_API_BASE_URL`` points at it).
The session's stack (conftest.py) gets its gateway restarted with that Telegram configuration for
this module, and restarted back afterwards.

A viewer says /start, asks for "comedies under 40 minutes" (every item shown must be a comedy of at
most 40 minutes, checked against the catalog record of each id on its buttons, and the list arrives
once: as item messages, with no numbered text copy beside them), presses
"Something else" (new titles, same constraints), likes one; another viewer asks for a person and a
support agent's reply reaches them on Telegram.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from http.cookiejar import CookieJar
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mediabot.stack import restart_gateway  # noqa: E402
from tests.fakes.telegram_api import TOKEN, ThreadedFakeBotApi, threaded_fake  # noqa: E402

pytestmark = pytest.mark.integration

SECRET = "integration-secret_for-telegram-webhooks"
FIRST_TURN_S = 90.0  # the first turn warms up Rasa, the action server and the recommender
QUIET_S = 1.5        # a turn is complete when the gateway sent nothing more for this long


@dataclass
class Sent:
    """One message the gateway sent to the fake Bot API (as Telegram stored it)."""

    message_id: int
    text: str
    buttons: list[tuple[str, str]]  # (label, callback data)

    def item_id(self) -> str | None:
        """The catalog id on this message's 👍 button (item messages only)."""
        return next((d.split(":", 2)[2] for _, d in self.buttons if d.startswith("a:like:")), None)


@dataclass
class TelegramViewer:
    """A Telegram user in a private chat with the bot, driven through the fake Bot API."""

    fake: ThreadedFakeBotApi
    chat_id: int

    def sent(self) -> list[Sent]:
        out = []
        for call in self.fake.calls_of("sendMessage"):
            if call.status != 200 or call.params.get("chat_id") != self.chat_id:
                continue
            rows = (call.result.get("reply_markup") or {}).get("inline_keyboard") or []
            out.append(Sent(call.result["message_id"], call.result["text"],
                            [(b["text"], b.get("callback_data", "")) for row in rows for b in row]))
        return out

    def say(self, text: str, timeout: float = 60.0) -> list[Sent]:
        mark = len(self.sent())
        assert self.fake.push_update(self.fake.text_update(self.chat_id, text)) == 200
        return self.collect(mark, timeout)

    def press(self, message: Sent, label: str, timeout: float = 60.0) -> list[Sent]:
        data = next(d for text, d in message.buttons if text == label)
        mark = len(self.sent())
        answered = len(self.fake.calls_of("answerCallbackQuery"))
        assert self.fake.push_update(self.fake.callback_update(self.chat_id, message.message_id, data)) == 200
        self.fake.wait_for(lambda: len(self.fake.calls_of("answerCallbackQuery")) > answered, 10,
                           "the button press to be answered")
        return self.collect(mark, timeout)

    def collect(self, mark: int, timeout: float) -> list[Sent]:
        """The messages of one bot turn: wait for the first, then until the chat is quiet."""
        self.fake.wait_for(lambda: len(self.sent()) > mark, timeout, "the bot's reply")
        count, quiet_since = len(self.sent()), time.monotonic()
        while time.monotonic() - quiet_since < QUIET_S:
            time.sleep(0.1)
            if len(self.sent()) != count:
                count, quiet_since = len(self.sent()), time.monotonic()
        return self.sent()[mark:]


def get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as resp:
        return json.loads(resp.read())


def items_of(turn: list[Sent]) -> list[Sent]:
    return [m for m in turn if m.item_id()]


def assert_short_comedies(gateway_url: str, turn: list[Sent]) -> list[str]:
    """Every item message is a comedy of at most 40 minutes per its catalog record; returns the ids."""
    items = items_of(turn)
    assert items, "no recommendation messages in: " + " | ".join(m.text for m in turn)
    others = [line for m in turn if not m.item_id() for line in m.text.splitlines()]
    assert not [line for line in others if re.match(r"\d+[.)] ", line)], "the list arrives once, as item messages"
    for position, message in enumerate(items, start=1):
        record = get_json(f"{gateway_url}/api/items/{message.item_id()}")
        assert "comedy" in record["genres"], record
        assert record["duration_minutes"] is not None and record["duration_minutes"] <= 40, record
        assert message.text.startswith(f"{position}. {record['title']}"), message.text
        assert message.text.count(f"{record['duration_minutes']} min") == 1, message.text  # no "32 min … 32 min"
        assert [label for label, _ in message.buttons] == ["👍 Like", "👎 Dislike", "✓ Seen",
                                                           "More like this", "ℹ️ Details"]
    return [m.item_id() for m in items]  # type: ignore[misc]


@pytest.fixture(scope="module")
def telegram(stack: Any) -> Iterator[ThreadedFakeBotApi]:
    """The fake Bot API, and the session's gateway restarted to use it (restored afterwards)."""
    with threaded_fake() as fake:
        restart_gateway(stack, env={"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_SECRET": SECRET,
                                    "TELEGRAM_API_BASE_URL": fake.base_url})
        fake.fake.webhook_url = f"{stack.gateway_url}/webhooks/telegram"  # as after setWebhook
        fake.fake.webhook_secret = SECRET
        try:
            yield fake
        finally:
            restart_gateway(stack)


def test_comedies_under_40_minutes_then_something_else(stack: Any, telegram: ThreadedFakeBotApi) -> None:
    viewer = TelegramViewer(telegram, chat_id=910001)

    hello = viewer.say("/start", timeout=FIRST_TURN_S)
    assert "mediabot" in hello[0].text or "watch" in hello[0].text.lower()
    assert hello[-1].buttons, "the greeting offers quick replies"
    typing = [c for c in telegram.calls_of("sendChatAction") if c.params.get("chat_id") == viewer.chat_id]
    assert typing and typing[0].params["action"] == "typing"

    first = viewer.say("comedies under 40 minutes")
    assert "comedy" in first[0].text.lower() and "40" in first[0].text, first[0].text  # the heading
    first_ids = assert_short_comedies(stack.gateway_url, first)
    closing = first[-1]
    assert "Something else" in [label for label, _ in closing.buttons]

    second = viewer.press(closing, "Something else")
    second_ids = assert_short_comedies(stack.gateway_url, second)
    assert not set(first_ids) & set(second_ids), "something else shows new titles"

    liked = items_of(second)[0]
    reply = viewer.press(liked, "👍 Like")
    record = get_json(f"{stack.gateway_url}/api/items/{liked.item_id()}")
    assert any(record["title"] in m.text for m in reply), [m.text for m in reply]
    keyboard = telegram.message(viewer.chat_id, liked.message_id)["reply_markup"]["inline_keyboard"]
    assert keyboard[0][0]["text"] == "👍 Like ✔"


def test_unsupported_messages_get_a_polite_answer(telegram: ThreadedFakeBotApi) -> None:
    viewer = TelegramViewer(telegram, chat_id=910002)
    mark = len(viewer.sent())
    sticker = {"file_id": "f", "file_unique_id": "u", "width": 1, "height": 1, "is_animated": False,
               "is_video": False, "type": "regular"}
    assert telegram.push_update(telegram.message_update(viewer.chat_id, sticker=sticker)) == 200
    assert "only read text" in viewer.collect(mark, 20)[0].text


# --- handoff ---------------------------------------------------------------------------------------


class AgentConsole:
    """A support agent using the console's HTTP API (sign-in cookie + CSRF token), like the page does."""

    def __init__(self, gateway_url: str) -> None:
        self.base = gateway_url
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
        self.csrf = ""

    def call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        request = urllib.request.Request(
            self.base + path, method=method, data=json.dumps(body).encode() if body is not None else None,
            headers={"Content-Type": "application/json", "X-CSRF-Token": self.csrf})
        with self.opener.open(request, timeout=15) as resp:
            return json.loads(resp.read())

    def login(self, username: str, password: str) -> None:
        self.csrf = self.call("POST", "/agent/api/login", {"username": username, "password": password})["csrf"]


def add_agent(stack: Any, username: str, name: str, password: str) -> None:
    env = dict(os.environ) | stack.env
    proc = subprocess.run([sys.executable, "-m", "mediabot.cli", "agent", "add", username, "--name", name,
                           "--password-stdin"], input=password + "\n", env=env, cwd=ROOT, text=True,
                          capture_output=True, timeout=60)
    assert proc.returncode == 0 or "exists" in proc.stderr, proc.stderr


def test_a_telegram_viewer_reaches_a_person(stack: Any, telegram: ThreadedFakeBotApi) -> None:
    add_agent(stack, "tg-agent", "Ana", "correct horse battery staple")
    viewer = TelegramViewer(telegram, chat_id=910003)
    viewer.say("hi", timeout=FIRST_TURN_S)
    agent = AgentConsole(stack.gateway_url)
    agent.login("tg-agent", "correct horse battery staple")  # an agent is present: the handoff is queued

    asked = viewer.say("I want to talk to a person")
    assert any("person" in m.text.lower() or "support" in m.text.lower() for m in asked), [m.text for m in asked]

    entry = next(e for e in agent.call("GET", "/agent/api/queue")["conversations"] if e["channel"] == "telegram")
    assert entry["live_delivery"] is True
    mark = len(viewer.sent())
    agent.call("POST", f"/agent/api/conversations/{entry['ref']}/claim", {})
    joined = viewer.collect(mark, 20)
    assert any("Ana" in m.text for m in joined), [m.text for m in joined]

    mark = len(viewer.sent())
    answer = agent.call("POST", f"/agent/api/conversations/{entry['ref']}/reply",
                        {"text": "Hi, I'm Ana from support. How can I help?"})
    assert answer["delivered"] is True
    pushed = viewer.collect(mark, 20)
    assert [m.text for m in pushed] == ["Ana\nHi, I'm Ana from support. How can I help?"]

    viewer.fake.push_update(viewer.fake.text_update(viewer.chat_id, "Something scary but short please"))
    transcript = agent.call("GET", f"/agent/api/conversations/{entry['ref']}")
    deadline = time.monotonic() + 10
    while not any("scary" in (m.get("text") or "") for m in transcript["messages"]) and time.monotonic() < deadline:
        time.sleep(0.2)
        transcript = agent.call("GET", f"/agent/api/conversations/{entry['ref']}")
    assert any("scary" in (m.get("text") or "") for m in transcript["messages"]), "the agent sees the message"

    mark = len(viewer.sent())
    agent.call("POST", f"/agent/api/conversations/{entry['ref']}/hand-back", {})
    back = viewer.collect(mark, 20)
    assert any("mediabot again" in m.text for m in back), [m.text for m in back]
