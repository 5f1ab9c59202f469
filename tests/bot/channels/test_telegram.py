"""The Telegram channel against the real gateway app (``create_app``) and a local fake Bot API.

The fake (tests/fakes/telegram_api.py) stands in for Telegram's servers only: python-telegram-bot
talks to it over HTTP through ``TELEGRAM_API_BASE_URL``. No Rasa runs here, so a viewer turn gets the
router's real "can't reach my recommendation brain" answer; what a real dialogue looks like on
Telegram is covered by tests/integration/test_telegram_stack.py. Rich replies are driven through the
channel's push path (``deliver``, used by the handoff module), which renders like a turn does.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import socket
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot import keys
from bot.app import Parts, create_app
from bot.channels import telegram_cli
from bot.channels.telegram import (
    MAX_UPDATE_BYTES,
    SECRET_HEADER,
    TELEGRAM,
    WEBHOOK_PATH,
    ChatQueues,
    make_bot,
)
from bot.channels.telegram_protocol import EDITED_TEXT, EXPIRED_TOAST, NOT_TEXT_TEXT
from bot.channels.telegram_render import Outgoing
from bot.channels.telegram_sender import MAX_ATTEMPTS, TelegramSender
from mediabot.logging import JsonFormatter
from contract.payloads import Item, PlainText, QuickReply, Recommendations
from contract.settings import Settings
from contract.wording import BOT_UNAVAILABLE as UNAVAILABLE_TEXT
from contract.wording import NOT_QUITE
from telegram_testkit import ROOT, TOKEN, FakeBotApi, threaded_fake

SECRET = "s3cret-Token_for-tests"
CHAT = 4242
ClientFactory = Callable[..., Awaitable[TestClient]]

ITEMS = (
    Item("s1", "Short Comedy One", "movie", 2019, 32, rating="TV-14", genres=("comedy",), reason="comedy",
         runtime="32 min"),
    Item("s2", "Short Comedy Two", "movie", 2020, 25, rating="TV-PG", genres=("comedy",), reason="comedy",
         runtime="25 min"),
)
RECOMMENDATIONS = [Recommendations("Here are 2 picks (comedy):", ITEMS, {"genres": ["comedy"]},
                                   (QuickReply("Something else", "/something_else"),
                                    QuickReply("Start over", "/start_over")))]


def closed_port() -> int:
    """A loopback port nothing listens on, so the real Rasa client fails fast."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_settings(tmp_path: Path, fake: FakeBotApi | None, *, rasa_url: str | None = None,
                  **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "var_dir": tmp_path, "database_url": f"sqlite:///{tmp_path / 'test.db'}",
        "rasa_url": rasa_url or f"http://127.0.0.1:{closed_port()}", "rasa_timeout_s": 1.0,
        "telegram_token": TOKEN if fake else "", "telegram_webhook_secret": SECRET,
        "telegram_api_base_url": fake.base_url if fake else "http://127.0.0.1:9/bot",
    }
    return Settings(**(values | overrides))


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    api = await FakeBotApi().start()
    yield api
    await api.stop()


@pytest.fixture
async def client(aiohttp_client: ClientFactory, tmp_path: Path, fake: FakeBotApi) -> TestClient:
    return await aiohttp_client(create_app(make_settings(tmp_path, fake), parts=Parts.channels_only()))


async def post(client: TestClient, update: Any, *, secret: str | None = SECRET, raw: bytes | None = None,
               headers: dict[str, str] | None = None) -> tuple[int, dict[str, Any]]:
    hdrs = dict(headers or {})
    if secret is not None:
        hdrs[SECRET_HEADER] = secret
    body = raw if raw is not None else json.dumps(update).encode()
    resp = await client.post(WEBHOOK_PATH, data=body, headers=hdrs | {"Content-Type": "application/json"})
    return resp.status, await resp.json()


def texts(fake: FakeBotApi, chat_id: int = CHAT) -> list[str]:
    """What the viewer sees (text after Telegram's HTML parsing)."""
    return fake.sent_texts(chat_id)


# --- configuration and authentication ---------------------------------------------------------------


async def test_without_a_token_the_webhook_says_telegram_is_not_configured(
        aiohttp_client: ClientFactory, tmp_path: Path) -> None:
    client = await aiohttp_client(create_app(make_settings(tmp_path, None), parts=Parts.channels_only()))
    status, body = await post(client, {"update_id": 1})
    assert status == 503 and body["error"] == "telegram_not_configured"
    assert "TELEGRAM_BOT_TOKEN" in body["message"]


async def test_without_a_secret_the_webhook_refuses_everything(
        aiohttp_client: ClientFactory, tmp_path: Path, fake: FakeBotApi) -> None:
    app = create_app(make_settings(tmp_path, fake, telegram_webhook_secret=""), parts=Parts.channels_only())
    client = await aiohttp_client(app)
    status, body = await post(client, fake.text_update(CHAT, "hi"), secret="")
    assert status == 503 and body["error"] == "telegram_secret_not_configured"
    assert "TELEGRAM_WEBHOOK_SECRET" in body["message"]


@pytest.mark.parametrize("secret, status, code", [
    (None, 401, "missing_secret"), ("", 401, "missing_secret"), ("wrong", 403, "bad_secret"),
    (SECRET + "x", 403, "bad_secret"), (SECRET[:-1], 403, "bad_secret"), ("é" * 5, 403, "bad_secret"),
])
async def test_bad_secret_is_refused_and_nothing_happens(client: TestClient, fake: FakeBotApi,
                                                         secret: str | None, status: int, code: str) -> None:
    got, body = await post(client, fake.text_update(CHAT, "/start"), secret=secret)
    assert (got, body["error"]) == (status, code)
    await asyncio.sleep(0.2)
    assert fake.calls == []


# --- malformed bodies --------------------------------------------------------------------------------


@pytest.mark.parametrize("raw, code", [
    (b"", "invalid_json"), (b"{not json", "invalid_json"), (b"\xff\xfe\x00garbage", "invalid_json"),
    (b"[1, 2]", "invalid_json"), (b'"update"', "invalid_json"), (b"{}", "invalid_request"),
    (b'{"update_id": "7"}', "invalid_request"), (b'{"update_id": true}', "invalid_request"),
    (b'{"update_id": -1}', "invalid_request"), (b'{"update_id": 7, "message": "hello"}', "invalid_request"),
    (b'{"update_id": 7, "message": {"message_id": 1}}', "invalid_request"),
    (b'{"update_id": 7, "callback_query": {"id": "1"}}', "invalid_request"),
    (b'{"update_id": 7, "message": {"message_id": 1, "date": 1, "chat": {"id": 1, "type": "private"}, "text": 5}}',
     "invalid_request"),
    (b'{"update_id": 7, "message": {"message_id": 1, "date": 1, "chat": {"id": "x", "type": "private"}, "text": "a"}}',
     "invalid_request"),
    (b"[" * 100_000 + b"]" * 100_000, "invalid_json"),
])
async def test_malformed_bodies_get_400_with_a_reason(client: TestClient, fake: FakeBotApi, raw: bytes,
                                                      code: str) -> None:
    status, body = await post(client, None, raw=raw)
    assert status == 400 and body["error"] == code and body["message"]


async def test_oversized_bodies_get_413(client: TestClient) -> None:
    big = json.dumps({"update_id": 1, "message": {"text": "x" * MAX_UPDATE_BYTES}}).encode()
    status, body = await post(client, None, raw=big)
    assert status == 413 and body["error"] == "payload_too_large"

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: the limit holds while reading
        for _ in range(MAX_UPDATE_BYTES // 1024 + 2):
            yield b" " * 1024

    resp = await client.post(WEBHOOK_PATH, data=chunks(), headers={SECRET_HEADER: SECRET})
    assert resp.status == 413


# --- turns ---------------------------------------------------------------------------------------


async def test_start_is_answered_with_typing_then_the_reply(client: TestClient, fake: FakeBotApi) -> None:
    status, body = await post(client, fake.text_update(CHAT, "/start"))
    assert (status, body) == (200, {"ok": True})
    await fake.wait_for(lambda: texts(fake), what="a reply")
    assert texts(fake) == [UNAVAILABLE_TEXT]  # Rasa is not running here: the router's honest answer
    typing = fake.calls_of("sendChatAction")
    assert typing and typing[0].params == {"chat_id": CHAT, "action": "typing"}
    assert typing[0].at <= fake.calls_of("sendMessage")[0].at
    assert fake.sent_messages(CHAT)[0]["parse_mode"] == "HTML"


async def test_a_reply_faster_than_the_typing_call_goes_out_after_it(client: TestClient,
                                                                     fake: FakeBotApi) -> None:
    """Telegram is slow to take "typing…" while the answer is instant: the reply still waits for it, so the
    indicator can never land after the answer and hang under it."""
    fake.slow("sendChatAction", 0.4)
    await post(client, fake.text_update(CHAT, "hello"))
    await fake.wait_for(lambda: texts(fake), what="a reply")
    typing, reply = fake.calls_of("sendChatAction")[0], fake.calls_of("sendMessage")[0]
    assert reply.at - typing.at >= 0.4


async def test_slow_rasa_never_delays_the_webhook_answer(aiohttp_client: ClientFactory, tmp_path: Path,
                                                         fake: FakeBotApi) -> None:
    """Rasa accepts the connection and never answers: Telegram still gets its 200 at once."""
    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(30)

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        settings = make_settings(tmp_path, fake, rasa_url=f"http://127.0.0.1:{port}", rasa_timeout_s=2.0)
        client = await aiohttp_client(create_app(settings, parts=Parts.channels_only()))
        started = time.monotonic()
        status, _ = await post(client, fake.text_update(CHAT, "comedies under 40 minutes"))
        assert status == 200 and time.monotonic() - started < 0.5
        await fake.wait_for(lambda: texts(fake), timeout=10, what="the apology after Rasa's timeout")
        assert time.monotonic() - started >= 2.0
        assert texts(fake) == [UNAVAILABLE_TEXT]
    finally:
        server.close()


async def test_a_redelivered_update_is_answered_once(client: TestClient, fake: FakeBotApi) -> None:
    update = fake.text_update(CHAT, "hello")
    assert await post(client, update) == (200, {"ok": True})
    assert await post(client, update) == (200, {"ok": True, "duplicate": True})
    await fake.wait_for(lambda: texts(fake))
    await asyncio.sleep(0.3)
    assert len(texts(fake)) == 1


async def test_turns_of_one_chat_are_answered_in_order(client: TestClient, fake: FakeBotApi) -> None:
    for text in ("/start", "a sticker next", "/help"):
        update = (fake.message_update(CHAT, sticker={"file_id": "f", "file_unique_id": "u", "width": 1,
                                                     "height": 1, "is_animated": False, "is_video": False,
                                                     "type": "regular"})
                  if text == "a sticker next" else fake.text_update(CHAT, text))
        assert (await post(client, update))[0] == 200
    await fake.wait_for(lambda: len(texts(fake)) == 3)
    assert texts(fake) == [UNAVAILABLE_TEXT, NOT_TEXT_TEXT, UNAVAILABLE_TEXT]


# --- update kinds we do not handle -------------------------------------------------------------------


async def test_unhandled_update_kinds_never_crash(client: TestClient, fake: FakeBotApi) -> None:
    other = 77
    updates = [
        fake.message_update(other, kind="edited_message", text="comedies under 40 minuets", edit_date=1),
        fake.message_update(-1001, kind="channel_post", chat_type="channel", text="news"),
        fake.text_update(-5, "anyone up for a movie?", chat_type="group"),
        fake.message_update(other, photo=[{"file_id": "f", "file_unique_id": "u", "width": 1, "height": 1}]),
        fake.message_update(other, new_chat_title="renamed"),
        {"update_id": fake.new_update_id(), "inline_query": {"id": "1", "from": {"id": 1, "is_bot": False,
                                                                                 "first_name": "A"},
                                                              "query": "x", "offset": ""}},
        {"update_id": fake.new_update_id(), "some_kind_from_the_future": {"x": 1}},
        {"update_id": fake.new_update_id(), "callback_query": {
            "id": "cq-old", "from": {"id": other, "is_bot": False, "first_name": "A"}, "chat_instance": "c",
            "message": {"message_id": 3, "date": 0, "chat": {"id": other, "type": "private"}}, "data": "p:/help"}},
    ]
    for update in updates:
        status, _ = await post(client, update)
        assert status == 200, update
    await fake.wait_for(lambda: len(texts(fake, other)) == 3 and fake.calls_of("answerCallbackQuery"))
    assert texts(fake, other)[:2] == [EDITED_TEXT, NOT_TEXT_TEXT]
    assert texts(fake, other)[2] == UNAVAILABLE_TEXT  # the old message's button still works
    assert texts(fake, -1001) == texts(fake, -5) == []


async def test_in_groups_the_bot_points_to_private_chats(client: TestClient, fake: FakeBotApi) -> None:
    member = {"user": {"id": 123456, "is_bot": True, "first_name": "mediabot"}}
    added = {"update_id": fake.new_update_id(), "my_chat_member": {
        "chat": {"id": -7, "type": "supergroup", "title": "Movie night"},
        "from": {"id": 1, "is_bot": False, "first_name": "A"}, "date": 1,
        "old_chat_member": member | {"status": "left"}, "new_chat_member": member | {"status": "member"}}}
    assert (await post(client, added))[0] == 200
    assert (await post(client, fake.text_update(-7, "/start@mediabot_test_bot", chat_type="supergroup")))[0] == 200
    await fake.wait_for(lambda: len(texts(fake, -7)) == 2)
    assert all("only work in private chats" in t and "@mediabot_test_bot" in t for t in texts(fake, -7))


# --- buttons -------------------------------------------------------------------------------------


async def test_recommendations_arrive_as_messages_with_inline_keyboards(client: TestClient,
                                                                         fake: FakeBotApi) -> None:
    channel = client.app[TELEGRAM]
    assert await channel.deliver(str(CHAT), RECOMMENDATIONS) is True
    sent = fake.sent_messages(CHAT)
    assert [t.splitlines()[0] for t in texts(fake)] == [
        "Here are 2 picks (comedy):", "1. Short Comedy One (2019)", "2. Short Comedy Two (2020)",
        NOT_QUITE]
    assert texts(fake)[1].splitlines()[1:] == ["Movie · 32 min · TV-14", "Comedy", "comedy"]
    for item in ITEMS:  # the list arrives once: no text copy beside the item messages
        assert sum(t.count(item.title) for t in texts(fake)) == 1
    assert "<b>1. Short Comedy One</b> (2019)" in fake.calls_of("sendMessage")[1].params["text"]
    labels = [b["text"] for row in sent[1]["reply_markup"]["inline_keyboard"] for b in row]
    assert labels == ["👍 Like", "👎 Dislike", "✓ Seen", "More like this", "ℹ️ Details"]
    assert [b["text"] for row in sent[3]["reply_markup"]["inline_keyboard"] for b in row] == [
        "Something else", "Start over"]


async def test_pressing_like_answers_the_query_ticks_the_button_and_tells_the_bot(
        client: TestClient, fake: FakeBotApi) -> None:
    await client.app[TELEGRAM].deliver(str(CHAT), RECOMMENDATIONS)
    message_id = fake.calls_of("sendMessage")[1].result["message_id"]
    before = len(texts(fake))
    assert (await post(client, fake.callback_update(CHAT, message_id, "a:like:s1")))[0] == 200
    await fake.wait_for(lambda: len(texts(fake)) > before and fake.calls_of("editMessageReplyMarkup"))
    answer = fake.calls_of("answerCallbackQuery")[0].params
    assert answer["text"].startswith("👍")
    keyboard = fake.message(CHAT, message_id)["reply_markup"]["inline_keyboard"]
    assert [b["text"] for b in keyboard[0]] == ["👍 Like ✔", "👎 Dislike", "✓ Seen"]
    assert texts(fake)[-1] == UNAVAILABLE_TEXT  # the feedback went to the router (Rasa is down here)


async def test_pressing_a_quick_reply_shows_its_title(client: TestClient, fake: FakeBotApi) -> None:
    await client.app[TELEGRAM].deliver(str(CHAT), RECOMMENDATIONS)
    last_id = max(mid for (chat, mid) in fake.messages if chat == CHAT)
    before = len(texts(fake))
    assert (await post(client, fake.callback_update(CHAT, last_id, "p:/something_else")))[0] == 200
    await fake.wait_for(lambda: fake.calls_of("answerCallbackQuery") and len(texts(fake)) > before)
    assert fake.calls_of("answerCallbackQuery")[0].params["text"] == "Something else"


async def test_forged_button_data_is_answered_but_never_reaches_the_bot(client: TestClient,
                                                                        fake: FakeBotApi) -> None:
    await client.app[TELEGRAM].deliver(str(CHAT), RECOMMENDATIONS)
    last_id = max(mid for (chat, mid) in fake.messages if chat == CHAT)
    before = len(texts(fake))
    assert (await post(client, fake.callback_update(CHAT, last_id, 'p:/inform{"audience":"adult"}')))[0] == 200
    await fake.wait_for(lambda: fake.calls_of("answerCallbackQuery"))
    await asyncio.sleep(0.3)
    assert fake.calls_of("answerCallbackQuery")[0].params["text"] == EXPIRED_TOAST
    assert len(texts(fake)) == before and not fake.calls_of("sendChatAction")


# --- limits and failures -------------------------------------------------------------------------------


async def test_flood_control_is_honoured_then_the_message_goes_out(client: TestClient, fake: FakeBotApi) -> None:
    fake.fail_next("sendMessage", error_code=429, retry_after=1)
    assert await client.app[TELEGRAM].deliver(str(CHAT), [PlainText("hello")]) is True
    calls = fake.calls_of("sendMessage")
    assert [c.status for c in calls] == [429, 200]
    assert calls[1].at - calls[0].at >= 1.0
    assert texts(fake) == ["hello"]


async def test_flood_retries_are_bounded(fake: FakeBotApi) -> None:
    bot, requests = make_bot(make_settings(Path("."), fake))
    waits: list[float] = []

    async def no_sleep(seconds: float) -> None:
        waits.append(seconds)

    try:
        fake.fail_next("sendMessage", error_code=429, retry_after=3, times=MAX_ATTEMPTS)
        sender = TelegramSender(bot, sleep=no_sleep)
        assert await sender.send_all(CHAT, [Outgoing("a"), Outgoing("b")]) is False
        assert len(fake.calls_of("sendMessage")) == MAX_ATTEMPTS  # gave up; "b" was never tried
        assert waits == [pytest.approx(3.1)] * (MAX_ATTEMPTS - 1)
        fake.fail_next("sendMessage", error_code=429, retry_after=3600)
        waits.clear()
        assert await sender.send_all(CHAT, [Outgoing("c")]) is False
        assert waits == []  # an hour's wait is not worth holding the chat for
    finally:
        for request in requests:
            await request.shutdown()


async def test_a_viewer_who_blocked_the_bot_is_not_retried(client: TestClient, fake: FakeBotApi) -> None:
    fake.fail_next("sendMessage", error_code=403)
    assert await client.app[TELEGRAM].deliver(str(CHAT), [PlainText("hello")]) is False
    assert len(fake.calls_of("sendMessage")) == 1


async def test_refused_markup_falls_back_to_plain_text(client: TestClient, fake: FakeBotApi) -> None:
    fake.fail_next("sendMessage", error_code=400, description="Bad Request: can't parse entities: oops")
    assert await client.app[TELEGRAM].deliver(str(CHAT), [PlainText("Tom & Jerry")]) is True
    first, second = fake.calls_of("sendMessage")
    assert first.params["parse_mode"] == "HTML" and "parse_mode" not in second.params
    assert second.params["text"] == "Tom & Jerry"


async def test_long_replies_are_split_within_telegram_limits(client: TestClient, fake: FakeBotApi) -> None:
    text = "\n".join(f"Line {i}: " + "lorem ipsum " * 8 for i in range(150))
    assert await client.app[TELEGRAM].deliver(str(CHAT), [PlainText(text)]) is True
    sent = texts(fake)
    assert len(sent) == 4 and all(len(t) <= 4096 for t in sent)
    assert "\n".join(sent) == text.strip()
    assert all(c.status == 200 for c in fake.calls_of("sendMessage"))


async def test_deliver_reports_what_it_cannot_do(client: TestClient, fake: FakeBotApi,
                                                 aiohttp_client: ClientFactory, tmp_path: Path) -> None:
    assert await client.app[TELEGRAM].deliver("not-a-chat-id", [PlainText("x")]) is False
    router = client.app[keys.ROUTER]
    assert router.can_push("telegram")
    off = await aiohttp_client(create_app(make_settings(tmp_path / "off", None), parts=Parts.channels_only()))
    assert await off.app[TELEGRAM].deliver(str(CHAT), [PlainText("x")]) is False
    assert not off.app[keys.ROUTER].can_push("telegram")


async def test_when_the_backlog_is_full_telegram_is_asked_to_retry(client: TestClient, fake: FakeBotApi) -> None:
    client.app[TELEGRAM].queues = ChatQueues(max_pending=0)
    update = fake.text_update(CHAT, "hello")
    status, body = await post(client, update)
    assert status == 503 and body["error"] == "busy"
    client.app[TELEGRAM].queues = ChatQueues()
    assert await post(client, update) == (200, {"ok": True})  # the retry is not taken for a duplicate


async def test_chat_queues_serialise_each_chat_but_not_all_chats() -> None:
    queues = ChatQueues()
    log: list[str] = []

    def job(name: str, delay: float) -> Callable[[], Awaitable[None]]:
        async def run() -> None:
            log.append(f"{name}+")
            await asyncio.sleep(delay)
            log.append(f"{name}-")
        return run

    assert queues.submit(1, job("a1", 0.2)) and queues.submit(1, job("a2", 0.0))
    assert queues.submit(2, job("b1", 0.05))
    await asyncio.sleep(0.4)
    assert log.index("a1-") < log.index("a2+")          # one chat: strictly in order
    assert log.index("b1-") < log.index("a1-")          # another chat did not wait
    assert queues.pending == 0


# --- secrets stay secret -------------------------------------------------------------------------------


@pytest.fixture
def json_log() -> Iterator[list[str]]:
    """Everything logged, formatted as in production (mediabot.logging), at DEBUG."""
    from mediabot.logging import setup_logging

    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    lines: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(JsonFormatter().format(record))

    setup_logging("DEBUG")
    root.handlers[:] = saved[0] + [Collect()]
    try:
        yield lines
    finally:
        root.handlers[:], root.level = saved


async def test_token_and_secret_are_never_logged(json_log: list[str], aiohttp_client: ClientFactory,
                                                 tmp_path: Path, fake: FakeBotApi) -> None:
    client = await aiohttp_client(create_app(make_settings(tmp_path, fake), parts=Parts.channels_only()))
    await post(client, fake.text_update(CHAT, "my secret words"))
    await post(client, fake.text_update(CHAT, "x"), secret="wrong")
    fake.fail_next("sendMessage", error_code=403)
    await client.app[TELEGRAM].deliver(str(CHAT), [PlainText("x")])
    await fake.wait_for(lambda: len(fake.calls_of("sendMessage")) >= 2)
    wrong = await aiohttp_client(create_app(make_settings(tmp_path / "w", fake, telegram_token="999:WRONG-token"),
                                            parts=Parts.channels_only()))
    await wrong.app[TELEGRAM].deliver(str(CHAT), [PlainText("x")])  # Telegram says 401
    await asyncio.sleep(0.2)
    everything = "\n".join(json_log)
    assert "telegram_update" in everything and "telegram_bad_secret" in everything
    for secret in (TOKEN, "WRONG-token", SECRET, "my secret words", "Viewer", str(CHAT)):
        assert secret not in everything


# --- long polling --------------------------------------------------------------------------------


@pytest.fixture
async def gateway(tmp_path: Path, fake: FakeBotApi) -> AsyncIterator[TestServer]:
    server = TestServer(create_app(make_settings(tmp_path, fake), parts=Parts.channels_only()))
    await server.start_server()
    yield server
    await server.close()


async def test_polling_hands_updates_to_the_gateway_and_stops_gracefully(gateway: TestServer,
                                                                        fake: FakeBotApi,
                                                                        tmp_path: Path) -> None:
    fake.webhook_url = "https://example.invalid/webhooks/telegram"  # polling must remove it first
    stop = asyncio.Event()
    settings = make_settings(tmp_path, fake)
    poller = asyncio.create_task(telegram_cli.run_polling(settings, str(gateway.make_url("/")), stop=stop,
                                                          poll_timeout=1))
    first, second = fake.text_update(CHAT, "/start"), fake.text_update(CHAT, "/help")
    await fake.wait_for(lambda: fake.calls_of("getUpdates"), what="the first poll")
    await fake.push_update(first)
    await fake.push_update(second)
    await fake.wait_for(lambda: len(texts(fake)) == 2, what="both replies")
    stop.set()
    assert await asyncio.wait_for(poller, 10) == 0
    assert fake.calls_of("deleteWebhook") and fake.webhook_url is None
    assert fake.calls_of("setMyCommands")[0].params["commands"][0]["command"] == "start"
    assert fake.calls_of("getUpdates")[-1].params["offset"] == second["update_id"] + 1  # confirmed
    assert fake._updates == []


async def test_polling_skips_an_update_the_gateway_refuses(gateway: TestServer, fake: FakeBotApi,
                                                           tmp_path: Path) -> None:
    """An update the client library cannot parse is refused (400) by the gateway and skipped."""
    stop = asyncio.Event()
    poller = asyncio.create_task(telegram_cli.run_polling(make_settings(tmp_path, fake),
                                                          str(gateway.make_url("/")), stop=stop, poll_timeout=1))
    broken = {"update_id": fake.new_update_id(), "message": {"message_id": 1, "chat": {"id": CHAT}}}
    good = fake.text_update(CHAT, "/help")
    await fake.push_update(broken)
    await fake.push_update(good)
    await fake.wait_for(lambda: texts(fake), what="the reply to the good update")
    stop.set()
    assert await asyncio.wait_for(poller, 10) == 0
    assert fake.calls_of("getUpdates")[-1].params["offset"] == good["update_id"] + 1


async def test_polling_keeps_updates_while_the_gateway_is_down(fake: FakeBotApi, tmp_path: Path) -> None:
    stop = asyncio.Event()
    poller = asyncio.create_task(telegram_cli.run_polling(make_settings(tmp_path, fake),
                                                          f"http://127.0.0.1:{closed_port()}", stop=stop,
                                                          poll_timeout=1))
    update = fake.text_update(CHAT, "hello")
    await fake.push_update(update)
    await fake.wait_for(lambda: fake.calls_of("getUpdates"))
    await asyncio.sleep(1.5)
    stop.set()
    assert await asyncio.wait_for(poller, 10) == 0
    assert [u["update_id"] for u in fake._updates] == [update["update_id"]]  # not confirmed: not lost


async def test_polling_with_a_secret_the_gateway_does_not_know_stops_with_a_reason(
        gateway: TestServer, fake: FakeBotApi, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    settings = make_settings(tmp_path, fake, telegram_webhook_secret="another-secret")
    await fake.push_update(fake.text_update(CHAT, "hello"))
    code = await asyncio.wait_for(telegram_cli.run_polling(settings, str(gateway.make_url("/")), poll_timeout=1), 10)
    assert code == 1
    assert "same TELEGRAM_WEBHOOK_SECRET" in capsys.readouterr().err


# --- the command line ---------------------------------------------------------------------------------


def run_cli(argv: list[str], settings: Settings) -> int:
    parser = argparse.ArgumentParser()
    telegram_cli.register(parser.add_subparsers())
    args = parser.parse_args(["telegram", *argv])
    return args.func(args, settings)


def test_set_webhook_registers_the_secret_and_the_full_path(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    with threaded_fake() as fake:
        settings = make_settings(tmp_path, fake.fake)
        assert run_cli(["--set-webhook", "http://bot.example.com"], settings) == 2
        assert run_cli(["--set-webhook", "https://bot.example.com"], settings) == 0
        assert fake.webhook_url == "https://bot.example.com/webhooks/telegram"
        assert fake.webhook_secret == SECRET
        params = fake.calls_of("setWebhook")[0].params
        assert params["allowed_updates"] == telegram_cli.ALLOWED_UPDATES
        assert run_cli(["--status"], settings) == 0
        assert "webhook: https://bot.example.com/webhooks/telegram" in capsys.readouterr().out
        assert run_cli(["--delete-webhook"], settings) == 0
        assert fake.webhook_url is None
        bad = make_settings(tmp_path, fake.fake, telegram_token="999:WRONG-token")
        assert run_cli(["--status"], bad) == 1
        err = capsys.readouterr().err
        assert "rejected the bot token" in err and "WRONG-token" not in err


def test_cli_explains_missing_configuration(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["--polling"], make_settings(tmp_path, None)) == 2
    assert "TELEGRAM_BOT_TOKEN" in capsys.readouterr().err
    with threaded_fake() as fake:
        bad_secret = make_settings(tmp_path, fake.fake, telegram_webhook_secret="spaces are not allowed")
        assert run_cli(["--polling"], bad_secret) == 2
        assert "TELEGRAM_WEBHOOK_SECRET" in capsys.readouterr().err
        assert fake.calls == []


def test_polling_command_stops_cleanly_on_ctrl_c(tmp_path: Path) -> None:
    """``mediabot telegram --polling`` as a real process: relays an update, then exits 0 on SIGINT."""
    import os
    import signal
    import subprocess

    with threaded_fake() as fake:
        settings = make_settings(tmp_path, fake.fake)

        async def start_gateway() -> web.AppRunner:
            runner = web.AppRunner(create_app(settings, parts=Parts.channels_only()))
            await runner.setup()
            await web.TCPSite(runner, "127.0.0.1", 0).start()
            return runner

        runner = fake.run(start_gateway())
        port = runner.addresses[0][1]
        env = dict(os.environ) | {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_SECRET": SECRET,
                                  "TELEGRAM_API_BASE_URL": fake.base_url, "MEDIABOT_PORT": str(port)}
        proc = subprocess.Popen([sys.executable, "-m", "mediabot.cli", "telegram", "--polling"], env=env,
                                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            fake.wait_for(lambda: fake.calls_of("getUpdates"), 30, "the poller to start")
            fake.push_update(fake.text_update(CHAT, "/start"))
            fake.wait_for(lambda: fake.sent_texts(CHAT), 30, "the reply")
            proc.send_signal(signal.SIGINT)
            out, err = proc.communicate(timeout=20)
        finally:
            if proc.poll() is None:
                proc.kill()
            fake.run(runner.cleanup())
        assert proc.returncode == 0, err
        assert "polling for @mediabot_test_bot" in out and "handing over 1 update(s)" in out
        assert TOKEN not in out + err and SECRET not in out + err
        assert fake.sent_texts(CHAT) == [UNAVAILABLE_TEXT]


async def test_a_push_from_inside_the_chats_own_turn_does_not_wait_on_itself(client: TestClient,
                                                                             fake: FakeBotApi) -> None:
    channel = client.app[TELEGRAM]
    results: list[bool] = []

    async def turn_that_pushes() -> None:
        results.append(await channel.deliver(str(CHAT), [PlainText("pushed mid-turn")]))

    assert channel.queues.submit(CHAT, turn_that_pushes)
    await fake.wait_for(lambda: results, timeout=5, what="the push (not a 30 s deadlock)")
    assert results == [True] and texts(fake) == ["pushed mid-turn"]
