"""The operators' levers on the real stack (gateway + Rasa + action server): an editorial block applied to
real chat turns, a live `mediabot import` seen by the running gateway, NLU and actions without a restart,
and /metrics scraped after real turns and parsed with Prometheus' own text parser."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import aiohttp
from prometheus_client.parser import text_string_to_metric_families

from chat import WebChat
from contract.payloads import ItemDetails
from stack_env import ADMIN_TOKEN, METRICS_TOKEN

ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
NEW_TITLE = "Zanzibar Lighthouse Keepers"
SWAP_TIMEOUT_S = 60.0


def mediabot(stack: Any, *args: str) -> subprocess.CompletedProcess:
    script = Path(sys.executable).with_name("mediabot")
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "mediabot.cli"]
    env = {**os.environ, **stack.env, "MEDIABOT_LOG_LEVEL": "WARNING"}
    return subprocess.run([*cmd, *args], env=env, capture_output=True, text=True, timeout=300)


async def status_of(url: str) -> int:
    async with aiohttp.ClientSession() as http, http.get(url) as resp:
        return resp.status


async def wait_for_status(url: str, status: int) -> None:
    """Until the running gateway answers ``url`` with ``status`` (it polls the catalog version every second)."""
    deadline = asyncio.get_running_loop().time() + SWAP_TIMEOUT_S
    while await status_of(url) != status:
        assert asyncio.get_running_loop().time() < deadline, f"{url} never answered {status}"
        await asyncio.sleep(0.5)


async def test_a_blocked_title_never_reaches_a_chat_turn(stack: Any) -> None:
    async with WebChat(stack.gateway_url) as chat:
        first = (await chat.say("horror movies")).items[0]
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{stack.gateway_url}/api/editorial/rules", headers=ADMIN,
                             json={"kind": "block", "title": first["id"], "note": "integration test"}) as resp:
            assert resp.status == 201
            rule = (await resp.json())["rule"]
        try:
            async with WebChat(stack.gateway_url) as chat:
                items = (await chat.say("horror movies")).items
                details = await chat.say(f"tell me about {first['title']}")
            assert items and first["id"] not in [it["id"] for it in items]
            assert not any(isinstance(a, ItemDetails) and a.item.id == first["id"] for a in details.answers)
        finally:
            async with http.delete(f"{stack.gateway_url}/api/editorial/rules/{rule['id']}", headers=ADMIN) as resp:
                assert resp.status == 200


async def test_a_live_import_is_answered_in_chat_without_a_restart(stack: Any, tmp_path: Path) -> None:
    catalog = tmp_path / "new.jsonl"
    catalog.write_text(json.dumps({
        "id": "live-1", "type": "movie", "title": NEW_TITLE, "year": 2021, "runtime_minutes": 88, "rating": "PG",
        "description": "Three keepers of a lighthouse off Zanzibar wait out the storm of the century.",
        "genres": ["documentary"], "countries": ["Tanzania"]}) + "\n")
    item_url = f"{stack.gateway_url}/api/items/live-1"
    assert await status_of(item_url) == 404
    done = mediabot(stack, "import", str(catalog))
    assert done.returncode == 0, done.stderr
    try:
        await wait_for_status(item_url, 200)
        async with WebChat(stack.gateway_url) as chat:
            turn = await chat.say(f"tell me about {NEW_TITLE}")
        assert any(isinstance(a, ItemDetails) and a.item.id == "live-1" for a in turn.answers), turn.text
    finally:
        removed = mediabot(stack, "import", str(catalog), "--remove", "live-1")
        assert removed.returncode == 0, removed.stderr
        await wait_for_status(item_url, 404)


async def test_metrics_after_real_chat_turns(stack: Any) -> None:
    async with WebChat(stack.gateway_url) as chat:
        await chat.say("comedies under 40 minutes")
        await chat.say("tell me about the first one")
    async with aiohttp.ClientSession() as http:
        async with http.get(f"{stack.gateway_url}/metrics") as resp:
            assert resp.status == 401
        async with http.get(f"{stack.gateway_url}/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"}) as resp:
            assert resp.status == 200
            text = await resp.text()
    samples = {(s.name, tuple(sorted(s.labels.items()))): s.value
               for family in text_string_to_metric_families(text) for s in family.samples}
    assert samples[("mediabot_turn_seconds_count", (("channel", "web"),))] >= 2
    assert samples[("mediabot_turns_total", (("answer", "recommendations"), ("channel", "web")))] >= 1
    assert samples[("mediabot_turns_total", (("answer", "details"), ("channel", "web")))] >= 1
    assert samples[("mediabot_recommender_seconds_count", ())] >= 1  # the action server's calls
    assert samples[("mediabot_catalog_items", ())] == 596
