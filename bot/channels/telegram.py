"""The Telegram channel: the ``POST /webhooks/telegram`` webhook and pushes to Telegram users.

Telegram retries a webhook call that is not answered with 2xx quickly, so the webhook only checks the
secret header, validates the update and queues it; a background worker per chat then asks the bot
(through the shared ``ConversationRouter``, like every channel) and sends the reply. Turns of one chat
run one at a time in arrival order; different chats run concurrently. Update ids are remembered so a
retried delivery is not answered twice.

Long polling (``mediabot telegram --polling``, see ``telegram_cli``) relays updates to this same
webhook, so both modes share one code path. Rendering lives in ``telegram_render``, the meaning of
updates and buttons in ``telegram_protocol``, flood control in ``telegram_sender``.

The token and the secret are never logged; log records carry event names and counts, never message
texts, names or chat ids.

Longer than ~300 lines on purpose: the webhook, the per-chat queues, the update de-duplication and the
push path (``deliver``) share one piece of state, the chat's queue, and are easiest to check together.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import time
from collections import OrderedDict, deque
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from typing import Any

from aiohttp import web
from telegram import Bot, Update
from telegram.error import TelegramError
from telegram.request import HTTPXRequest

from bot import keys
from bot.channels.telegram_protocol import (
    GROUP_TEXT,
    Callback,
    CallbackAction,
    Ignore,
    Notice,
    PayloadStore,
    Turn,
    callback_to_rasa,
    classify,
    update_kind,
)
from bot.channels.telegram_render import (
    Outgoing,
    esc,
    mark_pressed,
    render_answers,
)
from bot.channels.telegram_sender import SendFailed, TelegramSender, close_requests, make_bot, safe_error
from bot.conversation import ConversationKey, ConversationRouter
from bot.http import INVALID_REQUEST, ApiError, read_json
from contract.payloads import Answer, PlainText
from contract.settings import Settings

log = logging.getLogger(__name__)

CHANNEL = "telegram"
WEBHOOK_PATH = "/webhooks/telegram"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
BUSY = "busy"                   # 503 code telegram_cli's relay retries on (any other 503 is fatal)
MAX_UPDATE_BYTES = 256 * 1024   # real updates are a few KB; a 4,096-character message with entities ~30 KB
MAX_PENDING_JOBS = 1000         # beyond this the webhook answers 503 and Telegram redelivers later
RECENT_UPDATE_IDS = 10_000
SHUTDOWN_GRACE_S = 5.0
DELIVER_TIMEOUT_S = 30.0
SERVER_ERROR_TEXT = "Something went wrong on our side. Please try again."
PRIVATE_ONLY_TOAST = "Please message me in a private chat."

TELEGRAM: web.AppKey["TelegramChannel"] = web.AppKey("telegram")
Job = Callable[[], Awaitable[None]]


def setup(app: web.Application) -> None:
    """Register the webhook; the Bot API client lives from start-up to cleanup."""
    app[TELEGRAM] = TelegramChannel(app[keys.SETTINGS], lambda: app[keys.ROUTER])
    app.router.add_post(WEBHOOK_PATH, webhook)
    app.cleanup_ctx.append(_lifecycle)
    app.on_shutdown.append(_drain)


async def _drain(app: web.Application) -> None:
    """Finish running turns while the router and the handoff store are still up (cleanup is later)."""
    await app[TELEGRAM].drain()


async def _lifecycle(app: web.Application) -> AsyncIterator[None]:
    channel = app[TELEGRAM]
    await channel.start()
    router = app[keys.ROUTER]
    if channel.enabled and hasattr(router, "register_channel"):
        router.register_channel(CHANNEL, channel.deliver)
    yield
    await channel.stop()


# --- the webhook ---------------------------------------------------------------------------------


async def webhook(request: web.Request) -> web.Response:
    """Authenticate, validate, queue, answer 200 — before any slow work happens.

    Refusals are ``ApiError``s rendered by ``bot.http.error_middleware``; Telegram does not reliably
    send ``Content-Type: application/json``, so the body reader does not insist on it.
    """
    channel = request.app[TELEGRAM]
    problem = channel.config_problem()
    if problem is not None:
        raise problem
    check_secret(request.headers.get(SECRET_HEADER), channel.settings.telegram_webhook_secret)
    data = await read_json(request, limit=MAX_UPDATE_BYTES, require_content_type=False)
    update = channel.parse_update(data)
    if channel.already_seen(update.update_id):
        return web.json_response({"ok": True, "duplicate": True})
    if not channel.accept(update):
        raise ApiError(503, BUSY, "Too many updates queued; Telegram will deliver this one again.")
    return web.json_response({"ok": True})


def check_secret(given: str | None, secret: str) -> None:
    """401 without the header, 403 with a wrong one (constant-time comparison); returns when it matches."""
    if not given:
        raise ApiError(401, "missing_secret", f"The {SECRET_HEADER} header is required.")
    if not hmac.compare_digest(given.encode("utf-8", "replace"), secret.encode("utf-8")):
        log.warning("telegram_bad_secret")
        raise ApiError(403, "bad_secret", f"The {SECRET_HEADER} header does not match.")


# --- the channel ---------------------------------------------------------------------------------


class RecentIds:
    """The last N update ids seen (Telegram redelivers an update until it gets a 2xx)."""

    def __init__(self, size: int = RECENT_UPDATE_IDS) -> None:
        self._size = size
        self._ids: OrderedDict[int, None] = OrderedDict()

    def __contains__(self, update_id: object) -> bool:
        return update_id in self._ids

    def add(self, update_id: int) -> bool:
        """Remember ``update_id``; False if it was already there."""
        if update_id in self._ids:
            return False
        self._ids[update_id] = None
        while len(self._ids) > self._size:
            self._ids.popitem(last=False)
        return True


class ChatQueues:
    """Runs jobs one at a time per chat, in arrival order; chats run concurrently.

    ``submit`` is synchronous, so the order of webhook calls is the order of processing even when
    a job waits for Rasa or for Telegram's flood control.
    """

    def __init__(self, max_pending: int = MAX_PENDING_JOBS) -> None:
        self._max_pending = max_pending
        self._queues: dict[int, deque[Job]] = {}
        self._workers: dict[int, asyncio.Task[None]] = {}
        self.pending = 0

    def submit(self, chat_id: int, job: Job) -> bool:
        """Queue ``job`` for the chat; False when the backlog is full."""
        if self.pending >= self._max_pending:
            return False
        self._queues.setdefault(chat_id, deque()).append(job)
        self.pending += 1
        if chat_id not in self._workers:
            self._workers[chat_id] = asyncio.create_task(self._drain(chat_id))
        return True

    async def _drain(self, chat_id: int) -> None:
        queue = self._queues[chat_id]
        try:
            while queue:
                job = queue.popleft()
                try:
                    await job()
                except Exception as exc:  # one broken turn must not stop the chat's queue
                    log.error("telegram_job_failed", extra=safe_error(exc),
                              exc_info=not isinstance(exc, TelegramError))
                finally:
                    self.pending -= 1
        finally:
            self._workers.pop(chat_id, None)
            if not queue:
                self._queues.pop(chat_id, None)

    def in_worker_of(self, chat_id: int) -> bool:
        """True when called from the chat's own worker (queueing more work there would wait on itself)."""
        worker = self._workers.get(chat_id)
        return worker is not None and worker is asyncio.current_task()

    async def close(self, grace_s: float) -> None:
        """Let running turns finish for ``grace_s``, then cancel the rest."""
        workers = list(self._workers.values())
        if not workers:
            return
        _, late = await asyncio.wait(workers, timeout=grace_s)
        for task in late:
            task.cancel()
        await asyncio.gather(*late, return_exceptions=True)


class TelegramChannel:
    """Telegram updates in, rendered bot replies out; also the push path for the handoff module."""

    def __init__(self, settings: Settings, get_router: Callable[[], ConversationRouter]) -> None:
        self.settings = settings
        self._get_router = get_router
        self.store = PayloadStore()
        self.queues = ChatQueues()
        self._recent = RecentIds()
        self._side_tasks: set[asyncio.Task[None]] = set()
        self._requests: list[HTTPXRequest] = []
        self.bot: Bot | None = None
        self.sender: TelegramSender | None = None
        self._username: str | None = None

    @property
    def enabled(self) -> bool:
        return bool(self.settings.telegram_token)

    def config_problem(self) -> ApiError | None:
        """The 503 the webhook answers while it cannot work, or None when it can."""
        if not self.settings.telegram_token or self.bot is None:
            return ApiError(503, "telegram_not_configured", "Telegram is not configured on this server: "
                            "set TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET (see docs/telegram.md).")
        if not self.settings.telegram_webhook_secret:
            return ApiError(503, "telegram_secret_not_configured", "The Telegram webhook needs "
                            "TELEGRAM_WEBHOOK_SECRET to authenticate Telegram (see docs/telegram.md).")
        return None

    async def start(self) -> None:
        """Create the Bot API client (no network call: Telegram may be unreachable right now)."""
        if not self.enabled:
            log.info("telegram_disabled")
            return
        self.bot, self._requests = make_bot(self.settings)
        for request in self._requests:
            await request.initialize()
        self.sender = TelegramSender(self.bot)
        log.info("telegram_ready", extra={"webhook_secret_set": bool(self.settings.telegram_webhook_secret)})

    async def drain(self) -> None:
        """Let queued turns finish (bounded by ``SHUTDOWN_GRACE_S``), cancel what is left."""
        await self.queues.close(SHUTDOWN_GRACE_S)

    async def stop(self) -> None:
        await self.drain()
        for task in list(self._side_tasks):
            task.cancel()
        await asyncio.gather(*self._side_tasks, return_exceptions=True)
        await close_requests(self._requests)
        self._requests = []

    # --- intake ---

    def parse_update(self, data: dict[str, Any]) -> Update:
        """A validated ``Update``; a 400 ``ApiError`` for anything python-telegram-bot cannot read."""
        update_id = data.get("update_id")
        if not isinstance(update_id, int) or isinstance(update_id, bool) or update_id < 0:
            raise ApiError(400, INVALID_REQUEST, "update_id must be a non-negative integer.")
        try:
            return Update.de_json(data, self.bot)
        except Exception as exc:  # de_json raises KeyError/TypeError/ValueError/... on bad shapes
            log.info("telegram_unparseable_update", extra={"error": type(exc).__name__})
            raise ApiError(400, INVALID_REQUEST, "The body is not a valid Telegram Update.") from exc

    def already_seen(self, update_id: int) -> bool:
        return update_id in self._recent

    def accept(self, update: Update) -> bool:
        """Schedule the work an update asks for; False when too busy (Telegram will retry).

        Raises a 400 ``ApiError`` for an update whose fields have impossible types (e.g. a numeric
        text), which python-telegram-bot does not check.
        """
        try:
            action = classify(update)
        except Exception as exc:
            log.info("telegram_unclassifiable_update", extra={"error": type(exc).__name__})
            raise ApiError(400, INVALID_REQUEST, "The body is not a valid Telegram Update.") from exc
        log.info("telegram_update", extra={"update_id": update.update_id, "kind": update_kind(update),
                                           "action": type(action).__name__.lower()})
        if isinstance(action, Ignore):
            self._recent.add(update.update_id)
            return True
        if isinstance(action, Callback):
            accepted = self._accept_callback(action)
        elif isinstance(action, Turn):
            accepted = self.queues.submit(action.chat_id, lambda: self.turn(action.chat_id, action.text))
        else:
            accepted = self.queues.submit(action.chat_id, lambda: self.notice(action))
        if accepted:
            self._recent.add(update.update_id)
        return accepted

    def _accept_callback(self, press: Callback) -> bool:
        """Answer the press at once (stops the spinner), then queue its turn behind earlier ones."""
        if press.chat_id is None:
            self._spawn(self._answer(press, CallbackAction(None, PRIVATE_ONLY_TOAST)))
            return True
        action = callback_to_rasa(press.data, self.store)
        if action.rasa_text is not None:
            text = action.rasa_text
            if not self.queues.submit(press.chat_id, lambda: self.turn(press.chat_id, text)):  # type: ignore[arg-type]
                return False
        self._spawn(self._answer(press, action))
        return True

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(coro)
        self._side_tasks.add(task)
        task.add_done_callback(self._side_tasks.discard)

    # --- work ---

    async def _answer(self, press: Callback, action: CallbackAction) -> None:
        """answerCallbackQuery with a short toast; tick a pressed 👍/👎/✓ on its message."""
        if self.sender is None:
            return
        toast = action.toast or press.button_text()
        await self.sender.answer_callback(press.query_id, toast)
        if action.item_action in ("like", "dislike", "seen") and press.message_id is not None \
                and press.chat_id is not None and press.data and press.keyboard:
            await self.sender.edit_keyboard(press.chat_id, press.message_id,
                                            mark_pressed(press.keyboard, press.data))

    async def turn(self, chat_id: int, text: str) -> None:
        """One viewer message through the router (``typing…`` meanwhile), then the reply."""
        assert self.sender is not None
        started = time.monotonic()
        key = ConversationKey(CHANNEL, str(chat_id))
        async with self.sender.typing(chat_id):
            try:
                answers = await self._get_router().handle(key, text)
            except Exception as exc:  # a bug elsewhere must cost one answer, not the chat
                log.error("telegram_turn_failed", extra=safe_error(exc), exc_info=True)
                answers = [PlainText(SERVER_ERROR_TEXT)]
        outgoing = render_answers(answers, self.store)
        delivered = await self.sender.send_all(chat_id, outgoing)
        log.info("telegram_turn", extra={"answers": len(answers), "sent": len(outgoing),
                                         "delivered": delivered,
                                         "ms": round((time.monotonic() - started) * 1000)})

    async def notice(self, notice: Notice) -> None:
        """A fixed polite answer (stickers, edits, unknown commands, groups)."""
        assert self.sender is not None
        text = notice.text
        if notice.group:
            username = await self.username()
            text = text.format(handle=f" (@{username})" if username else "")
        await self.sender.send_all(notice.chat_id, [Outgoing(esc(text))])

    async def username(self) -> str | None:
        """The bot's @username (getMe, once); None if Telegram cannot tell us right now."""
        if self._username is None and self.bot is not None:
            try:
                self._username = (await self.bot.get_me()).username
            except TelegramError as exc:
                log.info("telegram_get_me_failed", extra=safe_error(exc))
        return self._username

    async def deliver(self, user_id: str, answers: list[Answer]) -> bool:
        """Push answers (an agent's reply, a handoff notice) to a Telegram chat, in turn order.

        ``user_id`` is the chat id, as in ``ConversationKey("telegram", str(chat_id))``. Returns
        whether every message reached Telegram.
        """
        if self.sender is None:
            return False
        try:
            chat_id = int(user_id)
        except ValueError:
            return False
        outgoing = render_answers(answers, self.store)
        if self.queues.in_worker_of(chat_id):  # pushed from inside this chat's turn: already in order
            return await self.sender.send_all(chat_id, outgoing)
        done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

        async def job() -> None:
            assert self.sender is not None
            try:
                done.set_result(await self.sender.send_all(chat_id, outgoing))
            finally:
                if not done.done():
                    done.set_result(False)

        if not self.queues.submit(chat_id, job):
            return False
        try:
            return await asyncio.wait_for(asyncio.shield(done), DELIVER_TIMEOUT_S)
        except TimeoutError:
            return False


__all__ = [
    "CHANNEL", "GROUP_TEXT", "SECRET_HEADER", "TELEGRAM", "WEBHOOK_PATH", "SendFailed",
    "TelegramChannel", "check_secret", "close_requests", "make_bot", "setup",
]
