"""'Tell me when' delivery, gateway side: the pending messages ``recommender.subscriptions`` queues after an
import go out on the viewer's channel.

- Telegram: a chat can be written to at any time, so a background task sends what is due every
  ``MEDIABOT_RELOAD_POLL_S`` seconds (the same rhythm that swaps imports in), through the channel's
  ordered push path (``TelegramChannel.deliver``).
- Web chat: a browser cannot be reached while no tab is open, so a session's messages are sent when a tab
  says hello (``WebChatHub.add_connect_listener``), and by the same task to sessions open right now.
Each message is claimed in SQL before it is sent (``subscriptions.take``), so with several gateway
processes it goes out once, and a "stop" that lands first wins. Quiet hours and the frequency cap
are the store's ``Policy``; a message that may not go out yet stays queued.

Delivery runs wherever the channels are: on the scale path the gateways are ``mediabot serve
--no-recommender`` (they hold the web chat sockets and the Telegram bot) and the recommender runs in its
own process, so a gateway without a recommender opens the subscription tables on ``DATABASE_URL`` itself.
Matching an import's new titles stays with the processes that swap catalogs in (bot/catalog_watch.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import AsyncIterator

from aiohttp import web
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot import keys
from bot.channels.telegram import TELEGRAM
from bot.channels.webchat_hub import WEBCHAT_HUB
from bot.channels.webchat_protocol import bot_frame
from contract import wording
from contract.payloads import PlainText
from contract.settings import Settings
from recommender import subscriptions
from recommender.catalog.db import make_engine, session_factory
from recommender.subscriptions import Delivery, Policy

log = logging.getLogger(__name__)

STORE: web.AppKey[sessionmaker[Session]] = web.AppKey("notify_store")
DEFAULT_POLL_S = 30.0  # when catalog polling is off, pending messages are still looked at this often


def policy(settings: Settings) -> Policy:
    """The configured frequency cap and quiet hours (``MEDIABOT_NOTIFY_*``; "22-8" = 22:00 to 08:00 UTC)."""
    start, _, end = settings.notify_quiet_hours.partition("-")
    if not (start.strip().isdigit() and end.strip().isdigit() and int(start) < 24 and int(end) < 24):
        raise ValueError(f"MEDIABOT_NOTIFY_QUIET_HOURS must be two UTC hours FROM-UNTIL such as 22-8, "
                         f"not {settings.notify_quiet_hours!r}")
    return Policy(min_interval=dt.timedelta(hours=settings.notify_min_interval_h),
                  quiet_from=int(start), quiet_until=int(end))


def message(delivery: Delivery) -> PlainText:
    return PlainText(wording.notify_new_titles(delivery.titles, subscriptions.MAX_TITLES))


def setup(app: web.Application) -> None:
    """Deliver pending messages (after the recommender and the channels are set up)."""
    app.cleanup_ctx.append(_run)


def _open_store(app: web.Application) -> tuple[sessionmaker[Session] | None, Engine | None]:
    """The subscription tables: the recommender's database, or (no recommender here) ``DATABASE_URL``'s,
    with the engine this module then owns."""
    rec = app.get(keys.RECOMMENDER)
    if rec is not None:
        return rec.factory, None
    engine = make_engine(app[keys.SETTINGS].database_url, subscriptions.NotifyBase.metadata)
    return session_factory(engine), engine


async def _run(app: web.Application) -> AsyncIterator[None]:
    factory, own_engine = await asyncio.to_thread(_open_store, app)
    if factory is None:
        yield
        return
    app[STORE] = factory
    rules = policy(app[keys.SETTINGS])
    hub = app.get(WEBCHAT_HUB)
    if hub is not None:
        async def on_hello(session_id: str) -> None:
            await deliver_webchat(app, rules, session_id)

        hub.add_connect_listener(on_hello)
    interval = app[keys.SETTINGS].reload_poll_s or DEFAULT_POLL_S
    task = asyncio.create_task(_poll(app, rules, interval))
    yield
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    if own_engine is not None:
        own_engine.dispose()


async def _poll(app: web.Application, rules: Policy, interval_s: float) -> None:
    while True:
        await asyncio.sleep(interval_s)
        try:
            await deliver_telegram(app, rules)
            hub = app.get(WEBCHAT_HUB)
            for session_id in hub.open_sessions() if hub is not None else ():
                await deliver_webchat(app, rules, session_id)
        except Exception:  # a failing database must not end delivery for good
            log.exception("notify_delivery_failed")


async def deliver_telegram(app: web.Application, rules: Policy) -> int:
    """Send every due Telegram message; returns how many reached Telegram."""
    channel = app.get(TELEGRAM)
    if channel is None or channel.sender is None:
        return 0
    factory = app[STORE]
    sent = 0
    for delivery in await asyncio.to_thread(subscriptions.due, factory, rules, channel="telegram"):
        if await asyncio.to_thread(subscriptions.take, factory, delivery):
            ok = await channel.deliver(delivery.address, [message(delivery)])
            sent += ok
            log.info("notify_sent", extra={"channel": "telegram", "ok": ok, "titles": len(delivery.titles)})
    return sent


async def deliver_webchat(app: web.Application, rules: Policy, session_id: str) -> int:
    """Send a web chat session's due messages to its open tabs; returns how many were sent."""
    factory = app[STORE]
    hub = app[WEBCHAT_HUB]
    sent = 0
    if not hub.is_connected(session_id):  # nobody to tell here: it waits for the next hello
        return 0
    for delivery in await asyncio.to_thread(subscriptions.due, factory, rules, channel="web",
                                            address=session_id):
        if await asyncio.to_thread(subscriptions.take, factory, delivery):
            receivers = await hub.push(session_id, bot_frame([message(delivery)]))
            sent += 1
            log.info("notify_sent", extra={"channel": "web", "ok": receivers > 0,
                                           "titles": len(delivery.titles)})
    return sent
