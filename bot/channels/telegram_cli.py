"""``mediabot telegram``: long polling for local use, and setting up the production webhook.

``--polling`` is for a machine without a public HTTPS URL: it removes any webhook, fetches updates
with ``getUpdates`` and hands each one to the running gateway's ``POST /webhooks/telegram`` with the
secret header — the same entry point Telegram uses in production. So polling and webhook mode share
one code path (router, handoff, rendering, de-duplication) and there is still exactly one gateway.
An update is confirmed to Telegram (the next ``offset``) only after the gateway accepted it, so
nothing is lost while the gateway restarts. Ctrl-C stops after confirming what was handed over.

Heavy imports happen inside the functions so ``mediabot --help`` stays instant.

Just over ~300 lines on purpose: the one-shot commands and the poller share the bot client set-up and
its error wording.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import re
import signal
import sys
import warnings
from typing import Any
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]
POLL_TIMEOUT_S = 25
SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")  # what Telegram accepts as secret_token
EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
WEBHOOK_PATH = "/webhooks/telegram"


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``mediabot telegram`` to the command line (mediabot/commands.py EXTENSIONS)."""
    p = sub.add_parser("telegram", help="Telegram bot: long polling for local use, webhook set-up",
                       description="Run or set up the Telegram channel (see docs/telegram.md).")
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--polling", action="store_true",
                      help="fetch updates with getUpdates and hand them to the running gateway "
                           "(no public URL needed; stop with Ctrl-C)")
    mode.add_argument("--set-webhook", metavar="URL",
                      help="register the gateway's public HTTPS URL with Telegram, with the secret token "
                           f"(a bare origin gets {WEBHOOK_PATH} appended)")
    mode.add_argument("--delete-webhook", action="store_true", help="remove the webhook")
    mode.add_argument("--status", action="store_true", help="show the bot's username and current webhook")
    p.add_argument("--gateway", default=None,
                   help="gateway base URL for --polling (default: http://127.0.0.1:MEDIABOT_PORT)")
    p.add_argument("--drop-pending", action="store_true",
                   help="discard the updates Telegram queued while the bot was offline")
    p.set_defaults(func=cmd_telegram)


def cmd_telegram(args: argparse.Namespace, settings: Any) -> int:
    if not settings.telegram_token:
        print("error: TELEGRAM_BOT_TOKEN is not set (create a bot with @BotFather; see docs/telegram.md)",
              file=sys.stderr)
        return EXIT_USAGE
    if (args.polling or args.set_webhook) and not SECRET_RE.match(settings.telegram_webhook_secret or ""):
        print("error: TELEGRAM_WEBHOOK_SECRET must be set to 1-256 characters of A-Z, a-z, 0-9, _ or - "
              "(the gateway uses it to recognise Telegram; e.g. `openssl rand -hex 32`)", file=sys.stderr)
        return EXIT_USAGE
    if args.polling:
        gateway = args.gateway or f"http://127.0.0.1:{settings.port}"
        return asyncio.run(run_polling(settings, gateway, drop_pending=args.drop_pending))
    if args.set_webhook:
        url = webhook_url(args.set_webhook)
        if url is None:
            print("error: the webhook URL must be https://host[:443|80|88|8443][/path] "
                  "(Telegram only calls HTTPS webhooks)", file=sys.stderr)
            return EXIT_USAGE
        return asyncio.run(_set_webhook(settings, url, drop_pending=args.drop_pending))
    if args.delete_webhook:
        return asyncio.run(_delete_webhook(settings, drop_pending=args.drop_pending))
    return asyncio.run(_status(settings))


def webhook_url(url: str) -> str | None:
    """The full webhook URL (``/webhooks/telegram`` added to a bare origin); None if not HTTPS."""
    parts = urlsplit(url.strip())
    if parts.scheme != "https" or not parts.hostname:
        return None
    if parts.port not in (None, 443, 80, 88, 8443):
        return None
    return url.strip() if parts.path not in ("", "/") else url.strip().rstrip("/") + WEBHOOK_PATH


# --- one-shot commands ---------------------------------------------------------------------------


async def _with_bot(settings: Any, work: Any) -> int:
    """Run ``work(bot)``; Telegram errors become one clear line (never the token)."""
    from telegram.error import InvalidToken, TelegramError

    from bot.channels.telegram_sender import close_requests, make_bot

    bot, requests = make_bot(settings, pool_size=4)
    try:
        return await work(bot)
    except InvalidToken:
        print("error: Telegram rejected the bot token (check TELEGRAM_BOT_TOKEN)", file=sys.stderr)
    except TelegramError as exc:
        print(f"error: Telegram answered: {_describe(exc)}", file=sys.stderr)
    finally:
        await close_requests(requests)
    return EXIT_ERROR


def _describe(exc: BaseException) -> str:
    from telegram.error import BadRequest, Conflict, Forbidden

    if isinstance(exc, (BadRequest, Conflict, Forbidden)):
        return exc.message
    return f"{type(exc).__name__} (network problem or Telegram unreachable)"


async def set_commands(bot: Any) -> None:
    """The /start, /help, /reset menu in Telegram's UI (best effort)."""
    from telegram import BotCommand
    from telegram.error import TelegramError

    from bot.channels.telegram_protocol import COMMAND_DESCRIPTIONS

    try:
        await bot.set_my_commands([BotCommand(c, d) for c, d in COMMAND_DESCRIPTIONS.items()])
    except TelegramError as exc:
        log.info("telegram_set_commands_failed", extra={"error": type(exc).__name__})


async def _set_webhook(settings: Any, url: str, *, drop_pending: bool) -> int:
    async def work(bot: Any) -> int:
        await bot.set_webhook(url, secret_token=settings.telegram_webhook_secret,
                              allowed_updates=ALLOWED_UPDATES, drop_pending_updates=drop_pending)
        await set_commands(bot)
        me = await bot.get_me()
        print(f"webhook set: Telegram will POST updates for @{me.username} to {url}")
        return EXIT_OK

    return await _with_bot(settings, work)


async def _delete_webhook(settings: Any, *, drop_pending: bool) -> int:
    async def work(bot: Any) -> int:
        await bot.delete_webhook(drop_pending_updates=drop_pending)
        print("webhook deleted")
        return EXIT_OK

    return await _with_bot(settings, work)


async def _status(settings: Any) -> int:
    async def work(bot: Any) -> int:
        me = await bot.get_me()
        info = await bot.get_webhook_info()
        print(f"bot: @{me.username}")
        print(f"webhook: {info.url or '(none: use --polling or --set-webhook)'}")
        print(f"pending updates: {info.pending_update_count}")
        if info.last_error_message:
            print(f"last webhook error: {info.last_error_message}")
        return EXIT_OK

    return await _with_bot(settings, work)


# --- polling -------------------------------------------------------------------------------------


class GatewayRefused(RuntimeError):
    """The gateway refused the relayed updates for good (wrong secret, Telegram not configured)."""


async def run_polling(settings: Any, gateway_url: str, *, drop_pending: bool = False,
                      poll_timeout: int = POLL_TIMEOUT_S, stop: asyncio.Event | None = None) -> int:
    """Poll until Ctrl-C/SIGTERM (or ``stop`` is set); returns the exit code."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(sig, stop.set)

    async def work(bot: Any) -> int:
        poller = Poller(bot, gateway_url.rstrip("/"), settings.telegram_webhook_secret, poll_timeout)
        return await poller.run(stop, drop_pending=drop_pending)

    try:
        return await _with_bot(settings, work)
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.remove_signal_handler(sig)


class Poller:
    """getUpdates → gateway webhook, one update at a time, in order."""

    def __init__(self, bot: Any, gateway_url: str, secret: str, poll_timeout: int) -> None:
        self.bot = bot
        self.webhook = gateway_url + WEBHOOK_PATH
        self.secret = secret
        self.poll_timeout = poll_timeout
        self.offset: int | None = None
        self.relayed = 0

    async def run(self, stop: asyncio.Event, *, drop_pending: bool) -> int:
        import aiohttp

        await self.bot.delete_webhook(drop_pending_updates=drop_pending)
        await set_commands(self.bot)
        me = await self.bot.get_me()
        print(f"polling for @{me.username}; handing updates to {self.webhook} (Ctrl-C to stop)", flush=True)
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=15)) as http:
            try:
                await _until(stop, self._loop(http, stop))
            except GatewayRefused as exc:
                print(f"error: {exc}", file=sys.stderr)
                return EXIT_ERROR
        await self._confirm()
        print(f"stopped after handing over {self.relayed} update(s)", flush=True)
        return EXIT_OK

    async def _loop(self, http: Any, stop: asyncio.Event) -> None:
        from telegram.error import Conflict, NetworkError, RetryAfter

        from bot.channels.telegram_sender import retry_after_seconds

        while not stop.is_set():
            try:
                updates = await self._fetch()
            except Conflict as exc:
                raise GatewayRefused(f"Telegram refused polling: {exc.message} "
                                     "(another poller running, or a webhook was set meanwhile)") from exc
            except RetryAfter as exc:
                await asyncio.sleep(retry_after_seconds(exc))
                continue
            except NetworkError as exc:  # includes timeouts: Telegram unreachable for a moment
                log.warning("telegram_poll_failed", extra={"error": type(exc).__name__})
                await asyncio.sleep(3)
                continue
            for update in updates:
                update_id = update.get("update_id") if isinstance(update, dict) else None
                if not isinstance(update_id, int):
                    continue
                await self._relay(http, update_id, json.dumps(update), stop)
                self.offset = update_id + 1

    async def _fetch(self) -> list[Any]:
        """One long poll, as raw JSON: the gateway is the one place that parses and validates updates,
        so an update this client version cannot parse is refused there (and skipped), never wedging
        the poller on the same offset. ``do_api_request`` warns that ``get_updates`` exists; we know.
        """
        kwargs = {"offset": self.offset, "timeout": self.poll_timeout, "allowed_updates": ALLOWED_UPDATES}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = await self.bot.do_api_request("getUpdates", api_kwargs=kwargs,
                                                   read_timeout=self.poll_timeout + 10)
        return result if isinstance(result, list) else []

    async def _relay(self, http: Any, update_id: int, body: str, stop: asyncio.Event) -> None:
        """POST one update to the gateway; retry (backing off) while it is down or busy."""
        import aiohttp

        delay = 1.0
        headers = {"X-Telegram-Bot-Api-Secret-Token": self.secret, "Content-Type": "application/json"}
        while True:
            try:
                async with http.post(self.webhook, data=body.encode(), headers=headers) as resp:
                    status = resp.status
                    if status in (401, 403, 404) or (status == 503 and not await _is_busy(resp)):
                        raise GatewayRefused(await _refusal(resp, self.webhook))
            except aiohttp.ClientError:
                status = None
            if status is not None and status < 500:
                if status >= 400:  # a malformed update: skip it rather than loop on it forever
                    log.warning("telegram_update_rejected", extra={"update_id": update_id, "status": status})
                self.relayed += status < 400
                return
            log.warning("telegram_gateway_unavailable", extra={"status": status, "retry_in_s": delay})
            if stop.is_set():
                raise asyncio.CancelledError
            await asyncio.sleep(delay)
            delay = min(delay * 2, 30.0)

    async def _confirm(self) -> None:
        """Tell Telegram the handed-over updates are done, so they are not sent again."""
        if self.offset is None:
            return
        with contextlib.suppress(Exception), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            await self.bot.do_api_request("getUpdates", api_kwargs={"offset": self.offset, "timeout": 0,
                                                                    "allowed_updates": ALLOWED_UPDATES})


async def _until(stop: asyncio.Event, work: Any) -> None:
    """Run ``work`` until it ends or ``stop`` is set (then cancel it: a long poll is in flight)."""
    task = asyncio.ensure_future(work)
    stopper = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({task, stopper}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for t in (task, stopper):
            t.cancel()
        await asyncio.gather(stopper, return_exceptions=True)
    if task.done() and not task.cancelled() and task.exception() is not None:
        raise task.exception()  # type: ignore[misc]
    with contextlib.suppress(asyncio.CancelledError):
        await task


async def _is_busy(resp: Any) -> bool:
    with contextlib.suppress(Exception):
        return (await resp.json()).get("error") == "busy"
    return False


async def _refusal(resp: Any, url: str) -> str:
    reason = ""
    with contextlib.suppress(Exception):
        reason = (await resp.json()).get("message") or ""
    if resp.status in (401, 403):
        return (f"the gateway at {url} refused the secret: give it and this command the same "
                f"TELEGRAM_WEBHOOK_SECRET. {reason}").strip()
    if resp.status == 404:
        return f"no Telegram webhook at {url}: is that the mediabot gateway?"
    return f"the gateway cannot take Telegram updates: {reason}".strip()
