"""Sending to the Bot API within Telegram's rules: flood control, typing indicator, safe errors.

Telegram answers 429 with ``retry_after`` when a bot sends too fast (about one message per second per
chat, with short bursts allowed). A recommendation turn is a burst of several messages, so every call
goes through ``TelegramSender.call``, which waits as told and retries a bounded number of times instead
of dropping a message or hammering the API.

Exception texts from the Bot API client can contain the request URL, and the URL contains the bot
token, so errors are logged by type and Telegram's own description only — never ``str(exc)`` of a
network error.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.request import HTTPXRequest

from bot.channels.telegram_render import Keyboard, Outgoing, plain_text

log = logging.getLogger(__name__)

T = TypeVar("T")
MAX_ATTEMPTS = 4              # first try + 3 retries after a 429 or a network hiccup
MAX_RETRY_AFTER_S = 60.0      # longer waits are not worth holding a turn for: give up, log
NETWORK_RETRY_DELAY_S = 1.0
TYPING_REFRESH_S = 4.5        # Telegram shows "typing…" for 5 s per sendChatAction
TYPING_FIRST_WAIT_S = 1.0     # the longest a fast reply waits for its first "typing…" to land
Sleep = Callable[[float], Awaitable[None]]


def make_bot(settings: Any, *, pool_size: int = 32) -> tuple[Bot, list[HTTPXRequest]]:
    """A Bot API client for ``TELEGRAM_API_BASE_URL`` plus its HTTP pools (the caller closes them).

    The pools are ours rather than ``Bot.initialize()``'s because that also calls getMe: a gateway
    must start (and serve its other channels) even when Telegram is unreachable.
    """
    request = HTTPXRequest(connection_pool_size=pool_size, read_timeout=10.0, pool_timeout=5.0)
    updates = HTTPXRequest(connection_pool_size=1, read_timeout=10.0)
    bot = Bot(settings.telegram_token, base_url=settings.telegram_api_base_url, request=request,
              get_updates_request=updates)
    return bot, [request, updates]


async def close_requests(requests: list[HTTPXRequest]) -> None:
    for request in requests:
        await request.shutdown()


class SendFailed(RuntimeError):
    """A Bot API call failed for good (blocked by the user, bad request, flood wait too long)."""


def retry_after_seconds(exc: RetryAfter) -> float:
    """``retry_after`` in seconds whether PTB gives an int or a timedelta (it is migrating)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


def safe_error(exc: BaseException) -> dict[str, str]:
    """Loggable facts about an error: its type, and Telegram's description for API errors only."""
    facts = {"error": type(exc).__name__}
    if isinstance(exc, (BadRequest, Forbidden)):
        facts["description"] = exc.message[:200]
    return facts


def to_markup(keyboard: Keyboard) -> InlineKeyboardMarkup | None:
    if not keyboard:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.text, callback_data=b.data) for b in row]
                                 for row in keyboard])


class TelegramSender:
    """All outgoing Bot API calls of the channel, with bounded flood-control retries."""

    def __init__(self, bot: Bot, *, sleep: Sleep = asyncio.sleep, max_attempts: int = MAX_ATTEMPTS,
                 max_retry_after_s: float = MAX_RETRY_AFTER_S) -> None:
        self.bot = bot
        self._sleep = sleep
        self._max_attempts = max_attempts
        self._max_retry_after_s = max_retry_after_s

    async def call(self, method: str, fn: Callable[[], Awaitable[T]]) -> T:
        """Run one API call; on 429 wait ``retry_after`` and try again (bounded); else raise SendFailed."""
        for attempt in range(1, self._max_attempts + 1):
            try:
                return await fn()
            except RetryAfter as exc:
                wait = retry_after_seconds(exc)
                log.warning("telegram_flood_wait", extra={"method": method, "retry_after_s": wait,
                                                          "attempt": attempt})
                if wait > self._max_retry_after_s or attempt == self._max_attempts:
                    raise SendFailed(f"{method}: flood control") from exc
                await self._sleep(wait + 0.1)
            except TimedOut as exc:  # the request may have gone through: retrying could duplicate
                raise SendFailed(f"{method}: timed out") from exc
            except NetworkError as exc:
                if isinstance(exc, (BadRequest, Forbidden)) or attempt == self._max_attempts:
                    raise SendFailed(f"{method}: {type(exc).__name__}") from exc
                log.warning("telegram_network_retry", extra={"method": method, **safe_error(exc)})
                await self._sleep(NETWORK_RETRY_DELAY_S)
            except TelegramError as exc:
                raise SendFailed(f"{method}: {type(exc).__name__}") from exc
        raise SendFailed(method)  # pragma: no cover - the loop always returns or raises

    async def send(self, chat_id: int, message: Outgoing) -> None:
        """Send one message; if Telegram refuses the markup, send the same words as plain text."""
        markup = to_markup(message.keyboard)
        try:
            await self.call("sendMessage", lambda: self.bot.send_message(
                chat_id, message.html, parse_mode=ParseMode.HTML, reply_markup=markup))
        except SendFailed as exc:
            if not _is_markup_error(exc.__cause__):
                raise
            log.warning("telegram_markup_refused", extra=safe_error(exc.__cause__))  # type: ignore[arg-type]
            await self.call("sendMessage", lambda: self.bot.send_message(
                chat_id, plain_text(message.html), reply_markup=markup))

    async def send_all(self, chat_id: int, messages: list[Outgoing]) -> bool:
        """Send in order; stop at the first failure (later messages would make no sense alone)."""
        for message in messages:
            try:
                await self.send(chat_id, message)
            except SendFailed as exc:
                log.warning("telegram_send_failed", extra=safe_error(exc.__cause__ or exc))
                return False
        return True

    async def answer_callback(self, query_id: str, text: str | None) -> None:
        """Stop the button's spinner; best effort (an old query can no longer be answered)."""
        try:
            await self.call("answerCallbackQuery",
                            lambda: self.bot.answer_callback_query(query_id, text=text))
        except SendFailed as exc:
            log.info("telegram_callback_answer_failed", extra=safe_error(exc.__cause__ or exc))

    async def edit_keyboard(self, chat_id: int, message_id: int, keyboard: Keyboard) -> None:
        """Replace a message's keyboard (e.g. tick the pressed 👍); best effort."""
        try:
            await self.call("editMessageReplyMarkup", lambda: self.bot.edit_message_reply_markup(
                chat_id=chat_id, message_id=message_id, reply_markup=to_markup(keyboard)))
        except SendFailed as exc:
            log.info("telegram_edit_failed", extra=safe_error(exc.__cause__ or exc))

    async def typing_once(self, chat_id: int) -> None:
        try:
            await self.bot.send_chat_action(chat_id, ChatAction.TYPING)
        except Exception as exc:  # cosmetic: never retried, never fatal to the turn
            log.debug("telegram_typing_failed", extra=safe_error(exc))

    @contextlib.asynccontextmanager
    async def typing(self, chat_id: int) -> AsyncIterator[None]:
        """"typing…" from now until the block ends (refreshed, as Telegram shows it for 5 s).

        The first indicator is always let finish before the block's reply goes out: cancelled in
        flight it could still reach Telegram after the reply and leave "typing…" showing under an
        answer for five seconds. Only the refreshes are cancelled.
        """

        async def keep_typing() -> None:
            while True:
                await asyncio.sleep(TYPING_REFRESH_S)
                await self.typing_once(chat_id)

        first = asyncio.create_task(self.typing_once(chat_id))
        refresh = asyncio.create_task(keep_typing())
        try:
            yield
        finally:
            refresh.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await refresh
            with contextlib.suppress(asyncio.TimeoutError):  # wait_for cancels it then
                await asyncio.wait_for(first, TYPING_FIRST_WAIT_S)


def _is_markup_error(exc: BaseException | None) -> bool:
    return isinstance(exc, BadRequest) and "parse" in exc.message.lower()
