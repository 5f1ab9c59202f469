""""Tell me when" in conversation over the REAL stack (web chat → gateway → Rasa with the real NLU →
action server → the gateway's subscriptions API → the recommender's database): save a search, list it,
cancel one by what it names, stop everything; and a voice channel says honestly that it cannot notify."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import types
import urllib.request
from pathlib import Path
from typing import Any

import aiohttp
import numpy as np
import pytest

from chat import WebChat
from contract import wording
from contract.settings import PROJECT_ROOT
from mediabot.stack import free_port, local_url
from stack_env import VOICE_SECRET, viewer_key

pytestmark = pytest.mark.integration


async def test_subscribe_list_and_stop(chat: WebChat) -> None:
    korean = await chat.say("let me know when new korean dramas arrive")
    assert korean.text.startswith("Done: I'll message you when new titles arrive for"), korean.text
    assert "drama" in korean.text.lower() and "korea" in korean.text.lower(), korean.text
    horror = await chat.say("tell me when new horror movies come out")
    assert horror.text.startswith("Done: I'll message you"), horror.text

    listed = await chat.say("what alerts do I have")
    assert listed.text.startswith("I'll message you when new titles arrive for:"), listed.text
    assert "1. " in listed.text and "2. " in listed.text and "3. " not in listed.text, listed.text

    one = await chat.say("stop the horror alert")
    assert one.text.startswith("Done: I stopped watching for") and "horror" in one.text.lower(), one.text
    left = await chat.say("what alerts do I have")
    assert "horror" not in left.text.lower() and "2. " not in left.text, left.text
    await chat.say("notify me when there are new documentaries")
    named = await chat.say("cancel the korean one")
    assert named.text.startswith("Done: I stopped watching for") and "korea" in named.text.lower(), named.text
    last = await chat.say("what alerts do I have")
    assert "documentar" in last.text.lower() and "korea" not in last.text.lower(), last.text

    stopped = await chat.say("stop notifying me")
    assert stopped.text == wording.notify_cancelled([], everything=True), stopped.text
    none = await chat.say("what alerts do I have")
    assert none.text == wording.NOTIFY_NONE, none.text


async def test_subscribing_to_the_current_search(chat: WebChat) -> None:
    await chat.say("comedies under 40 minutes")
    saved = await chat.say("let me know when more of these are added")
    assert saved.text.startswith("Done: I'll message you") and "comed" in saved.text.lower(), saved.text
    assert "40 min" in saved.text, saved.text


async def test_a_voice_channel_says_it_cannot_notify(stack: Any) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{stack.gateway_url}/voice/webhook",
                             json={"user_id": "it-notify-speaker", "text": "let me know when new korean dramas arrive"},
                             headers={"Authorization": f"Bearer {VOICE_SECRET}"}) as resp:
            assert resp.status == 200, await resp.text()
            answer = await resp.json()
    assert answer["text"].startswith(wording.NOTIFY_CANNOT), answer  # then the voice channel's own prompt


async def test_cancelling_by_position_in_the_listed_order(chat: WebChat) -> None:
    await chat.say("tell me when new horror movies come out")
    await chat.say("notify me when there are new documentaries")
    await chat.say("what alerts do I have")
    gone = await chat.say("cancel the second one")
    assert gone.text.startswith("Done: I stopped watching for") and "documentar" in gone.text.lower(), gone.text
    left = await chat.say("what alerts do I have")
    assert "horror" in left.text.lower() and "documentar" not in left.text.lower(), left.text


READY_TIMEOUT_S = 90


def start_channels_gateway(stack: Any, log: Path) -> tuple[subprocess.Popen, str]:
    """A ``mediabot serve --no-recommender`` gateway beside the stack's, on its Rasa, database and secrets
    (the stack's gateway stays the action server's RECOMMENDER_URL). No quiet hours, so delivery does not
    depend on the time of day."""
    port = free_port()
    env = dict(os.environ) | stack.env | {"MEDIABOT_PORT": str(port), "RASA_URL": stack.rasa_url,
                                          "MEDIABOT_NOTIFY_QUIET_HOURS": "0-0", "HF_HUB_OFFLINE": "1"}
    with log.open("ab") as out:
        proc = subprocess.Popen([sys.executable, "-m", "mediabot.cli", "serve", "--no-recommender", "--port", str(port)],
                                cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    url = local_url(port)
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        assert proc.poll() is None, log.read_text(errors="replace")[-3000:]
        try:
            with urllib.request.urlopen(f"{url}/", timeout=2):  # the web chat page (no /healthz without a recommender)
                return proc, url
        except OSError:
            time.sleep(0.3)
    proc.terminate()
    raise AssertionError(f"channels-only gateway not ready: {log.read_text(errors='replace')[-3000:]}")


def announce_one_new_title(database_url: str, subscription: Any) -> str:
    """What a live import does after its swap (recommender.subscriptions.match_new_titles), with the catalog
    as it is for "after" and the same catalog without one matching title for "before": queues one message
    for the matching searches, without changing the shared stack's catalog. Returns the title."""
    from recommender.catalog.db import make_engine, session_factory
    from recommender.filters import hard_mask
    from recommender.snapshot import load_snapshot
    from recommender import subscriptions
    from recommender.constraints import Constraints

    engine = make_engine(database_url)
    try:
        factory = session_factory(engine)
        after = load_snapshot(factory)
        wanted = Constraints.model_validate_json(subscription.constraints)
        row = int(np.flatnonzero(hard_mask(after, wanted))[0])
        before = types.SimpleNamespace(source_ids=[s for i, s in enumerate(after.source_ids) if i != row])
        assert subscriptions.match_new_titles(factory, before, after, subscription.catalog_version + 1) >= 1
        return after.titles[row]
    finally:
        engine.dispose()


def saved_searches(database_url: str, viewer: str) -> list[Any]:
    from sqlalchemy import select

    from recommender.catalog.db import make_engine, session_factory
    from recommender.subscriptions import NotifyBase, Subscription

    engine = make_engine(database_url, NotifyBase.metadata)
    try:
        with session_factory(engine)() as session:
            return list(session.scalars(select(Subscription).where(Subscription.viewer == viewer)))
    finally:
        engine.dispose()


def test_a_tab_on_a_channels_only_gateway_subscribes_and_is_told(stack: Any, tmp_path: Path) -> None:
    """The turn reaches Rasa from the channels-only gateway; the action's POST /api/subscriptions lands on
    the stack's gateway, which never saw this viewer: the sealed reply address in the turn's metadata says
    where to write. After new titles are matched, the tab that comes back gets the message."""
    proc, url = start_channels_gateway(stack, tmp_path / "channels-gateway.log")
    database_url = stack.env["DATABASE_URL"]

    async def scenario() -> None:
        async with WebChat(url) as chat:
            saved = await chat.say("let me know when new korean dramas arrive")
            assert saved.text.startswith("Done: I'll message you when new titles arrive for"), saved.text
            session_id = chat.session_id
        [search] = saved_searches(database_url, viewer_key("web", session_id))
        assert (search.channel, search.address) == ("web", session_id)
        title = await asyncio.to_thread(announce_one_new_title, database_url, search)
        async with WebChat(url, session_id=session_id) as back:  # the tab comes back: told on hello
            told = await back.next_push()
            assert any(title in getattr(answer, "text", "") for answer in told), told
            stopped = await back.say("stop notifying me")
            assert stopped.text == wording.notify_cancelled([], everything=True), stopped.text

    try:
        asyncio.run(scenario())
    finally:
        proc.terminate()
        proc.wait(timeout=20)
