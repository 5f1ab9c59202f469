"""``mediabot bench dialogue``: latency of full turns through the running gateway.

A turn is what a viewer waits for: the web chat WebSocket frame in, the gateway → Rasa (NLU, policy)
→ action server → recommender API → back, until the bot's answer frame arrives. Conversations mix
first requests and refinements (tests/dialogue/bench_conversations.json). Needs a running stack
(`make run`, or `--url`).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
import uuid
from pathlib import Path

import aiohttp
import numpy as np

from contract.settings import PROJECT_ROOT, Settings

CONVERSATIONS = PROJECT_ROOT / "tests" / "dialogue" / "bench_conversations.json"
TURN_TIMEOUT_S = 30


def load_conversations(path: Path = CONVERSATIONS) -> list[list[str]]:
    return json.loads(path.read_text())


async def _turn(ws: aiohttp.ClientWebSocketResponse, text: str) -> float:
    started = time.perf_counter()
    await ws.send_json({"type": "message", "text": text, "payload": None})
    while True:
        frame = await asyncio.wait_for(ws.receive_json(), TURN_TIMEOUT_S)
        if frame.get("type") in ("bot", "error"):
            return 1000 * (time.perf_counter() - started)


async def _run(url: str, requests: int) -> tuple[list[float], list[float], float]:
    conversations = load_conversations()
    first, follow = [], []
    ws_url = url.replace("http", "ws", 1).rstrip("/") + "/ws/chat"
    started = time.perf_counter()
    async with aiohttp.ClientSession() as http:
        i = 0
        while len(first) + len(follow) < requests:
            conv = conversations[i % len(conversations)]
            i += 1
            async with http.ws_connect(ws_url) as ws:
                await ws.send_json({"type": "hello", "session_id": f"bench-{uuid.uuid4().hex[:16]}"})
                for n, text in enumerate(conv):
                    (first if n == 0 else follow).append(await _turn(ws, text))
    return first, follow, time.perf_counter() - started


def _row(name: str, values: list[float]) -> dict:
    q = np.percentile(values, [50, 95, 99]) if values else [float("nan")] * 3
    return {"turns": name, "n": len(values), "p50_ms": round(float(q[0]), 1), "p95_ms": round(float(q[1]), 1),
            "p99_ms": round(float(q[2]), 1)}


def run(settings: Settings, url: str | None, requests: int) -> int:
    url = url or f"http://127.0.0.1:{settings.port}"
    try:
        first, follow, wall = asyncio.run(_run(url, requests))
    except OSError as exc:
        print(f"error: cannot reach the gateway at {url} ({exc}); start it with `make run`", file=sys.stderr)
        return 1
    print(f"# dialogue benchmark against {url}: full turns through gateway → Rasa → actions → recommender")
    for name, values in (("first requests", first), ("refinements", follow), ("all", first + follow)):
        print(json.dumps(_row(name, values)))
    print(json.dumps({"throughput_turns_per_s": round((len(first) + len(follow)) / wall, 1)}))
    return 0
