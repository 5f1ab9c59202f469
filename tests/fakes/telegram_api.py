"""A local fake of Telegram's Bot API, for tests: an aiohttp server on 127.0.0.1 (free port).

It stands in for Telegram's servers only. python-telegram-bot talks to it through ``base_url``
(``TELEGRAM_API_BASE_URL = fake.base_url``), exactly as it would to api.telegram.org, so the code under
test is the real client and the real gateway.

What it does, like Telegram:

* ``/bot<token>/<method>`` with form or JSON parameters; a wrong token gets 401.
* ``sendMessage`` validates what Telegram validates and would refuse: empty text, more than 4,096
  characters after entity parsing, HTML that Telegram's parser rejects (unknown or unbalanced tags,
  a bare ``&``), callback data over 64 bytes. It returns a real ``Message`` and remembers it, so
  ``editMessageReplyMarkup`` can change its keyboard ("message is not modified" when unchanged).
* ``getUpdates`` long-polls a queue of updates, confirming them by ``offset``; it refuses with 409
  while a webhook is set. ``setWebhook`` (with ``secret_token``) / ``deleteWebhook``.
* ``push_update(update)`` plays Telegram delivering an update: POSTed to the webhook URL with the
  ``X-Telegram-Bot-Api-Secret-Token`` header when a webhook is set, else queued for ``getUpdates``.
* ``fail_next(method, error_code=429, retry_after=1)`` makes the next call(s) fail like Telegram's
  flood control does.

Every call is recorded (``calls``). Use it inside a test's event loop (``await fake.start()``), or in
a background thread (``with ThreadedFakeBotApi() as fake``) when the code under test is another
process or a synchronous test.
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

import aiohttp
from aiohttp import web
from telegram.constants import InlineKeyboardButtonLimit, MessageLimit

TOKEN = "123456:TEST-fake-token_for_tests"
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "mediabot", "username": "mediabot_test_bot",
            "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}
# Telegram's published limits, as python-telegram-bot states them (the one copy of these numbers).
MESSAGE_LIMIT: int = MessageLimit.MAX_TEXT_LENGTH
CALLBACK_DATA_MAX_BYTES: int = InlineKeyboardButtonLimit.MAX_CALLBACK_DATA
SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
INT_FIELDS = {"chat_id", "message_id", "offset", "limit", "timeout", "cache_time"}
JSON_FIELDS = {"reply_markup", "allowed_updates", "commands", "entities", "link_preview_options",
               "reply_parameters", "drop_pending_updates", "show_alert", "disable_notification"}
HTML_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
             "tg-spoiler", "span", "blockquote", "tg-emoji"}
HTML_ENTITY_RE = re.compile(r"&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)")
CHAT_ACTIONS = {"typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
                "upload_document", "choose_sticker", "find_location", "record_video_note",
                "upload_video_note"}


class ApiError(Exception):
    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)
    status: int | None = None  # None while the call is in flight: neither accepted nor refused yet
    result: Any = None


class _TelegramHtml(HTMLParser):
    """Checks markup the way Telegram's HTML parse mode does (allowed tags, balanced nesting)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in HTML_TAGS:
            raise ApiError(400, f"Bad Request: can't parse entities: Unsupported start tag \"{tag}\"")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            raise ApiError(400, f"Bad Request: can't parse entities: Unexpected end tag \"{tag}\"")
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def visible_text(text: str, parse_mode: str | None) -> str:
    """The message text after entity parsing (what the 4,096-character limit counts)."""
    if parse_mode is None:
        return text
    if parse_mode.upper() != "HTML":
        raise ApiError(400, f"Bad Request: unsupported parse_mode {parse_mode!r} in this fake")
    if HTML_ENTITY_RE.search(text):
        raise ApiError(400, "Bad Request: can't parse entities: Unsupported HTML entity (bare &)")
    if re.search(r"<(?![/a-zA-Z])", text):
        raise ApiError(400, "Bad Request: can't parse entities: Unexpected '<'")
    parser = _TelegramHtml()
    parser.feed(text)
    parser.close()
    if parser.stack:
        raise ApiError(400, f"Bad Request: can't parse entities: Can't find end tag \"{parser.stack[-1]}\"")
    return html.unescape("".join(parser.text))


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def check_markup(markup: Any) -> None:
    if markup is None:
        return
    rows = markup.get("inline_keyboard") if isinstance(markup, dict) else None
    if not isinstance(rows, list):
        raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
    for row in rows:
        for button in row:
            if not str(button.get("text", "")).strip():
                raise ApiError(400, "Bad Request: text buttons are unallowed in the inline keyboard")
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode("utf-8")) <= CALLBACK_DATA_MAX_BYTES:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")


class FakeBotApi:
    """The fake server; see the module docstring."""

    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self.calls: list[Call] = []
        self.webhook_url: str | None = None
        self.webhook_secret: str | None = None
        self.webhook_deliveries: list[tuple[int, int]] = []  # (update_id, HTTP status)
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._lock = threading.Lock()
        self._failures: dict[str, list[ApiError]] = {}
        self._latency: dict[str, float] = {}
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1000)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._new_updates: asyncio.Event | None = None
        self._runner: web.AppRunner | None = None
        self._http: aiohttp.ClientSession | None = None
        self.port = 0

    # --- lifecycle ---

    @property
    def base_url(self) -> str:
        """What ``TELEGRAM_API_BASE_URL`` must be (python-telegram-bot appends the token)."""
        return f"http://127.0.0.1:{self.port}/bot"

    async def start(self) -> FakeBotApi:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self._new_updates = asyncio.Event()
        self._http = aiohttp.ClientSession()
        return self

    async def stop(self) -> None:
        if self._http is not None:
            await self._http.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # --- what tests use ---

    def fail_next(self, method: str, *, error_code: int = 429, retry_after: int | None = 1,
                  description: str | None = None, times: int = 1) -> None:
        """The next ``times`` calls of ``method`` fail as Telegram would (default: flood control)."""
        if description is None:
            description = (f"Too Many Requests: retry after {retry_after}" if error_code == 429
                           else "Forbidden: bot was blocked by the user" if error_code == 403
                           else "Bad Request")
        params = {"retry_after": retry_after} if error_code == 429 and retry_after is not None else None
        with self._lock:
            self._failures.setdefault(method, []).extend(
                ApiError(error_code, description, params) for _ in range(times))

    def slow(self, method: str, seconds: float) -> None:
        """Every later call of ``method`` takes ``seconds`` before it is answered (a slow Telegram)."""
        self._latency[method] = seconds

    def calls_of(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def sent_messages(self, chat_id: int | None = None) -> list[dict[str, Any]]:
        """Parameters of every accepted sendMessage (to ``chat_id``), in order."""
        return [c.params for c in self.calls_of("sendMessage")
                if c.status == 200 and (chat_id is None or c.params.get("chat_id") == chat_id)]

    def sent_texts(self, chat_id: int | None = None) -> list[str]:
        """What the viewer sees of every accepted sendMessage (text after entity parsing), in order."""
        return [c.result["text"] for c in self.calls_of("sendMessage")
                if c.status == 200 and (chat_id is None or c.params.get("chat_id") == chat_id)]

    def message(self, chat_id: int, message_id: int) -> dict[str, Any]:
        return self.messages[(chat_id, message_id)]

    def new_update_id(self) -> int:
        return next(self._update_ids)

    async def push_update(self, update: dict[str, Any]) -> int | None:
        """Deliver an update like Telegram: to the webhook (returns its HTTP status) or to getUpdates."""
        if self.webhook_url:
            assert self._http is not None
            headers = {"X-Telegram-Bot-Api-Secret-Token": self.webhook_secret} if self.webhook_secret else {}
            async with self._http.post(self.webhook_url, json=update, headers=headers) as resp:
                self.webhook_deliveries.append((update["update_id"], resp.status))
                return resp.status
        with self._lock:
            self._updates.append(update)
        assert self._new_updates is not None
        self._new_updates.set()
        return None

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 10.0, what: str = "") -> Any:
        """Wait until ``predicate()`` is truthy; returns its value."""
        deadline = time.monotonic() + timeout
        while True:
            value = predicate()
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout}s waiting for {what or predicate}")
            await asyncio.sleep(0.02)

    # --- updates a user's client would cause ---

    def text_update(self, chat_id: int, text: str, *, chat_type: str = "private",
                    **message_fields: Any) -> dict[str, Any]:
        message = self._user_message(chat_id, chat_type) | {"text": text} | message_fields
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return {"update_id": self.new_update_id(), "message": message}

    def message_update(self, chat_id: int, *, kind: str = "message", chat_type: str = "private",
                       **fields: Any) -> dict[str, Any]:
        """Any message-like update (``kind`` = message, edited_message, channel_post, ...)."""
        return {"update_id": self.new_update_id(), kind: self._user_message(chat_id, chat_type) | fields}

    def callback_update(self, chat_id: int, message_id: int, data: str) -> dict[str, Any]:
        """The user pressed the inline button with ``data`` on a message the bot sent."""
        sent = self.messages[(chat_id, message_id)]
        return {"update_id": self.new_update_id(), "callback_query": {
            "id": f"cq{self.new_update_id()}", "from": self._user(chat_id), "chat_instance": "ci1",
            "message": sent, "data": data}}

    def _user(self, chat_id: int) -> dict[str, Any]:
        return {"id": abs(chat_id), "is_bot": False, "first_name": "Viewer", "language_code": "en"}

    def _user_message(self, chat_id: int, chat_type: str) -> dict[str, Any]:
        chat = {"id": chat_id, "type": chat_type}
        chat |= {"first_name": "Viewer"} if chat_type == "private" else {"title": "Movie night"}
        return {"message_id": self._next_message_id(chat_id), "date": int(time.time()), "chat": chat,
                "from": self._user(chat_id)}

    def _next_message_id(self, chat_id: int) -> int:
        return next(self._message_ids.setdefault(chat_id, itertools.count(1)))

    # --- the API ---

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await self._params(request)
        call = Call(method, params)
        with self._lock:
            self.calls.append(call)
        try:
            if request.match_info["token"] != self.token:
                raise ApiError(401, "Unauthorized")
            failure = self._take_failure(method)
            if failure is not None:
                raise failure
            handler = getattr(self, f"_api_{method}", None)
            if handler is None:
                raise ApiError(404, "Not Found")
            await asyncio.sleep(self._latency.get(method, 0.0))
            result = await handler(params)
            call.result, call.status = result, 200
        except ApiError as exc:
            call.status = exc.code
            body: dict[str, Any] = {"ok": False, "error_code": exc.code, "description": exc.description}
            if exc.parameters:
                body["parameters"] = exc.parameters
            return web.json_response(body, status=exc.code)
        return web.json_response({"ok": True, "result": result})

    def _take_failure(self, method: str) -> ApiError | None:
        with self._lock:
            queue = self._failures.get(method)
            return queue.pop(0) if queue else None

    @staticmethod
    async def _params(request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            return await request.json()
        raw = dict(await request.post()) if request.can_read_body else dict(request.query)
        params: dict[str, Any] = {}
        for key, value in raw.items():
            value = str(value)
            if key in INT_FIELDS and re.fullmatch(r"-?\d+", value):
                params[key] = int(value)
            elif key in JSON_FIELDS:
                params[key] = json.loads(value)
            else:
                params[key] = value
        return params

    async def _api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return BOT_USER

    async def _api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, text = params.get("chat_id"), params.get("text")
        if not isinstance(chat_id, int):
            raise ApiError(400, "Bad Request: chat not found")
        if not text or not str(text).strip():
            raise ApiError(400, "Bad Request: message text is empty")
        visible = visible_text(str(text), params.get("parse_mode"))
        if utf16_len(visible) > MESSAGE_LIMIT:
            raise ApiError(400, "Bad Request: message is too long")
        check_markup(params.get("reply_markup"))
        message = {"message_id": self._next_message_id(chat_id), "date": int(time.time()),
                   "chat": {"id": chat_id, "type": "private", "first_name": "Viewer"},
                   "from": BOT_USER, "text": visible}
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        self.messages[(chat_id, message["message_id"])] = message
        return message

    async def _api_sendChatAction(self, params: dict[str, Any]) -> bool:
        if params.get("action") not in CHAT_ACTIONS:
            raise ApiError(400, "Bad Request: wrong parameter action in request")
        return True

    async def _api_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        if not params.get("callback_query_id"):
            raise ApiError(400, "Bad Request: query is too old and response timeout expired or query ID is invalid")
        if len(str(params.get("text") or "")) > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        return True

    async def _api_editMessageReplyMarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        key = (params.get("chat_id"), params.get("message_id"))
        message = self.messages.get(key)  # type: ignore[arg-type]
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        markup = params.get("reply_markup")
        check_markup(markup)
        if markup == message.get("reply_markup"):
            raise ApiError(400, "Bad Request: message is not modified: specified new message content "
                                "and reply markup are exactly the same")
        if markup:
            message["reply_markup"] = markup
        else:
            message.pop("reply_markup", None)
        return message

    async def _api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook_url:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active; "
                                "use deleteWebhook to delete the webhook first")
        offset = params.get("offset")
        timeout = float(params.get("timeout") or 0)
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                if isinstance(offset, int):
                    self._updates = [u for u in self._updates if u["update_id"] >= offset]
                pending = list(self._updates[: int(params.get("limit") or 100)])
            if pending or time.monotonic() >= deadline:
                return pending
            assert self._new_updates is not None
            self._new_updates.clear()
            try:
                await asyncio.wait_for(self._new_updates.wait(), max(0.0, deadline - time.monotonic()))
            except TimeoutError:
                pass

    async def _api_setWebhook(self, params: dict[str, Any]) -> bool:
        url = params.get("url")
        if not url:
            raise ApiError(400, "Bad Request: bad webhook: URL is empty")
        secret = params.get("secret_token")
        if secret is not None and not SECRET_RE.match(secret):
            raise ApiError(400, "Bad Request: bad webhook: secret token contains unallowed characters")
        self.webhook_url, self.webhook_secret = url, secret
        return True

    async def _api_deleteWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook_url = self.webhook_secret = None
        if params.get("drop_pending_updates"):
            with self._lock:
                self._updates.clear()
        return True

    async def _api_getWebhookInfo(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"url": self.webhook_url or "", "has_custom_certificate": False,
                "pending_update_count": len(self._updates)}

    async def _api_setMyCommands(self, params: dict[str, Any]) -> bool:
        if not isinstance(params.get("commands"), list):
            raise ApiError(400, "Bad Request: commands must be a list")
        return True


class ThreadedFakeBotApi:
    """The fake in a background thread with its own event loop (for other processes, sync tests)."""

    def __init__(self, token: str = TOKEN) -> None:
        self.fake = FakeBotApi(token)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="fake-bot-api", daemon=True)

    def __enter__(self) -> ThreadedFakeBotApi:
        self._thread.start()
        self.run(self.fake.start())
        return self

    def __exit__(self, *exc: object) -> None:
        self.run(self.fake.stop())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)

    def run(self, coro: Any, timeout: float = 60.0) -> Any:
        """Run a coroutine on the fake's loop and wait for its result."""
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    def push_update(self, update: dict[str, Any]) -> int | None:
        return self.run(self.fake.push_update(update))

    def wait_for(self, predicate: Callable[[], Any], timeout: float = 30.0, what: str = "") -> Any:
        return self.run(self.fake.wait_for(predicate, timeout, what), timeout + 5)

    def __getattr__(self, name: str) -> Any:  # calls_of, sent_messages, text_update, fail_next, ...
        return getattr(self.fake, name)


@contextmanager
def threaded_fake(token: str = TOKEN) -> Iterator[ThreadedFakeBotApi]:
    with ThreadedFakeBotApi(token) as fake:
        yield fake
