"""'Tell me when' delivery through the real gateway: an import that adds a title matching a saved search
sends one message to the fake Telegram Bot API and, when the viewer's tab says hello, into the web chat
(real recommender, real catalog in SQLite and PostgreSQL, real sockets)."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp import WSMsgType
from aiohttp.test_utils import TestClient
from sqlalchemy import delete

sys.path.insert(0, str(Path(__file__).resolve().parent / "channels"))
from telegram_testkit import TOKEN, FakeBotApi  # noqa: E402

from bot.app import Parts, create_app  # noqa: E402
from bot.channels.webchat_sessions import SessionIds  # noqa: E402
from contract.settings import Settings  # noqa: E402
from recommender import live, subscriptions  # noqa: E402
from recommender.catalog.store import upsert  # noqa: E402
from recommender.constraints import Constraints  # noqa: E402

POLL_S = 0.2
SECRET = "a-web-chat-secret-of-at-least-32-characters"
CHAT = 777
KOREAN_SERIES = Constraints(countries=["South Korea"], media_type=["series"])
NEW_TITLE = "Seoul Lighthouse Nights"


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    api = await FakeBotApi().start()
    yield api
    await api.stop()


@pytest.fixture
def rec(editable_recommender: Any) -> Any:
    yield editable_recommender
    with editable_recommender.factory.begin() as session:
        for table in reversed(subscriptions.NotifyBase.metadata.sorted_tables):
            session.execute(delete(table))


async def _eventually(check: Callable[[], Awaitable[Any]], what: str, timeout_s: float = 60.0) -> Any:
    for _ in range(int(timeout_s / POLL_S)):
        if found := await check():
            return found
        await asyncio.sleep(POLL_S)
    raise AssertionError(f"{what} never happened")


async def test_an_import_matching_a_saved_search_is_announced_on_telegram_and_in_the_web_chat(
        aiohttp_client: Callable[..., Awaitable[TestClient]], rec: Any, fake: FakeBotApi,
        netflix_small_records: list[Any], tmp_path: Path) -> None:
    settings = Settings(var_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'gateway.db'}", reload_poll_s=POLL_S,
                        rasa_url="http://127.0.0.1:9", rasa_timeout_s=1.0, webchat_secret=SECRET,
                        telegram_token=TOKEN, telegram_webhook_secret="hook-secret", telegram_api_base_url=fake.base_url,
                        notify_quiet_hours="0-0")
    client = await aiohttp_client(create_app(settings, recommender=rec, parts=Parts(voice=False, handoff=False)))
    session_id = SessionIds(SECRET.encode()).issue()
    version = live.versions(rec.factory).catalog
    subscriptions.subscribe(rec.factory, "viewer-t", "telegram", str(CHAT), KOREAN_SERIES, version)
    subscriptions.subscribe(rec.factory, "viewer-w", "web", session_id, KOREAN_SERIES, version)
    subscriptions.subscribe(rec.factory, "viewer-h", "telegram", "778", Constraints(genres=["horror"]), version)

    like = next(r for r in netflix_small_records if "South Korea" in r.countries and r.type == "series")
    await asyncio.to_thread(upsert, rec.factory, [dataclasses.replace(like, source_id="new-seoul", title=NEW_TITLE)])
    await asyncio.to_thread(live.bump_catalog, rec.factory)

    async def telegram_sent() -> list[str]:
        return [t for t in fake.sent_texts(CHAT) if NEW_TITLE in t]

    [text] = await _eventually(telegram_sent, "the Telegram message")
    assert "stop notifications" in text
    assert fake.sent_texts(778) == []  # a horror search is not told about a Korean series

    ws = await client.ws_connect("/ws/chat")
    await ws.send_json({"type": "hello", "session_id": session_id})
    frames = []
    while len(frames) < 2:
        msg = await asyncio.wait_for(ws.receive(), 30)
        assert msg.type == WSMsgType.TEXT
        frames.append(json.loads(msg.data))
    assert frames[0] == {"type": "session", "session_id": session_id}
    assert frames[1]["type"] == "bot" and NEW_TITLE in frames[1]["answers"][0]["text"]
    await ws.close()
    assert len(fake.sent_texts(CHAT)) == 1  # one message, not one per poll


@pytest.mark.parametrize("hours, quiet_at, open_at", [("22-8", 23, 12), ("1-5", 3, 6), ("0-0", None, 3)])
def test_quiet_hours_are_read_from_the_setting(hours: str, quiet_at: int | None, open_at: int) -> None:
    import datetime as dt

    from bot.notify import policy

    rules = policy(Settings(notify_quiet_hours=hours))
    day = dt.datetime(2026, 11, 29, tzinfo=dt.UTC)
    if quiet_at is not None:
        assert rules.quiet(day.replace(hour=quiet_at))
    assert not rules.quiet(day.replace(hour=open_at))


@pytest.mark.parametrize("hours", ["22", "late-early", "22-25", ""])
def test_a_malformed_quiet_hours_setting_is_refused_with_its_name(hours: str) -> None:
    from bot.notify import policy

    with pytest.raises(ValueError, match="MEDIABOT_NOTIFY_QUIET_HOURS"):
        policy(Settings(notify_quiet_hours=hours))
