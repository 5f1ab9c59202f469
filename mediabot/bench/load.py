"""``mediabot bench load``: how many chat turns a stack serves, and how fast, over the web chat socket.

A turn is what a viewer waits for: a ``message`` frame in, until the gateway's ``typing off`` frame after
the answer (gateway → Rasa → action server → recommender and back). Viewers replay the benchmark
conversations (tests/dialogue/bench_conversations.json), each on its own socket and session.

- **closed loop**: N viewers, each sends its next message as soon as the answer arrived, for T seconds
  (throughput at a fixed concurrency);
- **open loop**: turns arrive at a fixed rate whatever the stack does, each on an idle viewer; latency
  counts from the moment the turn was due, so a stack that falls behind shows it (no coordinated
  omission);
- **sequential**: one viewer, one turn at a time (the latency of a quiet stack). It is also one long
  conversation: the p50 of its first and last ten turns shows whether turns get slower as the
  conversation grows (Rasa loads the session's events every turn).

Each prints one JSON line: turns, turns/s, p50/p95/p99 in ms, on the bench's own stack the CPU
milliseconds each process spent per answered turn (``cpu_ms_per_turn``: where a turn's CPU goes), ``errors`` (error frames or the gateway's
honest apology: a turn the viewer did not get an answer to) and ``unanswered`` (no answer within
``TURN_TIMEOUT_S``, or a socket that broke). ``--start onebox|scale`` first starts a stack of its own
on free ports over the configured catalog (scale: Redis tracker/lock stores and 2 Rasa workers), with
its conversations in a throw-away place, and stops it afterwards.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import math
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

from contract import wording
from contract.settings import Settings
from mediabot.bench.cpu import CpuMeter
from mediabot.bench.dialogue import load_conversations

TURN_TIMEOUT_S = 30.0
APOLOGIES = frozenset({wording.BOT_SILENT, wording.BOT_UNAVAILABLE})
SCALE_REDIS_URL = "redis://127.0.0.1:6379/0"
BENCH_TTL_S = "600"  # the bench's conversations expire from Redis ten minutes after it ends
# Every simulated viewer comes from this one address and a quiet viewer's pace is no limit for a
# benchmark: the web chat's per-socket rate and per-address cap are lifted on the bench's own stack
# (against a running stack, set them yourself or the excess turns show up as errors).
UNLIMITED_WEBCHAT = {"MEDIABOT_WEBCHAT_RATE": "1000", "MEDIABOT_WEBCHAT_BURST": "1000",
                     "MEDIABOT_WEBCHAT_MAX_PER_ADDRESS": "100000"}


class Unanswered(Exception):
    """The turn got no answer: timeout, or the socket closed under it."""


@dataclass
class Figures:
    """Outcomes of one loop: latency of each answered turn, and the turns that failed."""

    name: str
    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0
    unanswered: int = 0
    wall_s: float = 0.0

    def record(self, outcome: str, latency_ms: float) -> None:
        if outcome == "ok":
            self.latencies_ms.append(latency_ms)
        elif outcome == "error":
            self.errors += 1
        else:
            self.unanswered += 1

    def row(self, **extra: object) -> dict[str, object]:
        done = len(self.latencies_ms) + self.errors + self.unanswered
        ordered = sorted(self.latencies_ms)
        return {"loop": self.name, **extra, "turns": done,
                "turns_per_s": round(len(ordered) / self.wall_s, 1) if self.wall_s else 0.0,
                "p50_ms": _percentile(ordered, 50), "p95_ms": _percentile(ordered, 95),
                "p99_ms": _percentile(ordered, 99), "errors": self.errors, "unanswered": self.unanswered}


def _percentile(ordered: list[float], q: float) -> float | None:
    """Nearest-rank percentile of sorted values (None when there are none)."""
    if not ordered:
        return None
    return round(ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)], 1)


class Viewer:
    """One viewer's tab: a socket bound to its own session, replaying one conversation after another."""

    def __init__(self, http: aiohttp.ClientSession, ws_url: str, script: Iterator[str]) -> None:
        self.http, self.ws_url, self.script = http, ws_url, script
        self.ws: aiohttp.ClientWebSocketResponse | None = None

    async def connect(self) -> None:
        self.ws = await self.http.ws_connect(self.ws_url)
        await self.ws.send_json({"type": "hello", "session_id": f"load-{uuid.uuid4().hex[:16]}"})

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()

    async def turn(self) -> str:
        """Send the next message; ``ok``, ``error`` (error frame or apology) or ``unanswered``."""
        try:
            if self.ws is None or self.ws.closed:
                await self.connect()
            assert self.ws is not None
            await self.ws.send_json({"type": "message", "text": next(self.script), "payload": None})
            return await asyncio.wait_for(self._answer(), TURN_TIMEOUT_S)
        except (asyncio.TimeoutError, aiohttp.ClientError, OSError, Unanswered):
            await self.close()
            self.ws = None  # the next turn starts on a fresh socket
            return "unanswered"

    async def _answer(self) -> str:
        assert self.ws is not None
        outcome, typing = "unanswered", False
        while True:
            msg = await self.ws.receive()
            if msg.type != aiohttp.WSMsgType.TEXT:
                raise Unanswered(str(msg.type))
            frame = json.loads(msg.data)
            kind = frame.get("type")
            if kind == "typing" and frame.get("on"):
                typing = True
            elif kind == "error" and not typing:
                return "error"  # refused before any turn began (rate limit, bad frame): no typing off follows
            elif kind == "error":
                outcome = "error"
            elif kind == "bot":
                texts = {a.get("text") for a in frame.get("answers") or [] if isinstance(a, dict)}
                outcome = "error" if texts & APOLOGIES else ("ok" if outcome != "error" else outcome)
            elif kind == "typing" and frame.get("on") is False:
                return outcome


def _scripts() -> Iterator[Iterator[str]]:
    """Each viewer replays every benchmark conversation, starting at a different one."""
    conversations = load_conversations()
    for start in itertools.count():
        turns = [t for conv in conversations[start % len(conversations):] + conversations for t in conv]
        yield itertools.cycle(turns)


async def closed_loop(ws_url: str, viewers: int, seconds: float) -> Figures:
    figures = Figures("closed")
    scripts = _scripts()
    async with aiohttp.ClientSession() as http:
        tabs = [Viewer(http, ws_url, next(scripts)) for _ in range(viewers)]
        await asyncio.gather(*(tab.connect() for tab in tabs))
        started = time.perf_counter()
        deadline = started + seconds

        async def run(tab: Viewer) -> None:
            while time.perf_counter() < deadline:
                t0 = time.perf_counter()
                figures.record(await tab.turn(), 1000 * (time.perf_counter() - t0))

        await asyncio.gather(*(run(tab) for tab in tabs))
        figures.wall_s = time.perf_counter() - started
        await asyncio.gather(*(tab.close() for tab in tabs))
    return figures


async def open_loop(ws_url: str, rate: float, seconds: float) -> Figures:
    """Turns due every 1/rate s, each on an idle viewer (a new one when all are busy)."""
    figures = Figures("open")
    scripts = _scripts()
    async with aiohttp.ClientSession() as http:
        idle: list[Viewer] = []
        for tab in [Viewer(http, ws_url, next(scripts)) for _ in range(max(1, int(rate)))]:
            await tab.connect()
            idle.append(tab)
        everyone = list(idle)
        pending: set[asyncio.Task[None]] = set()
        started = time.perf_counter()

        async def run(tab: Viewer, due: float) -> None:
            figures.record(await tab.turn(), 1000 * (time.perf_counter() - due))
            idle.append(tab)

        for n in range(int(rate * seconds)):
            due = started + n / rate
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            if not idle:
                extra = Viewer(http, ws_url, next(scripts))
                everyone.append(extra)
                idle.append(extra)
            task = asyncio.create_task(run(idle.pop(), due))
            pending.add(task)
            task.add_done_callback(pending.discard)
        if pending:
            # Every turn ends within TURN_TIMEOUT_S; whatever is still pending after that is unanswered.
            _, stuck = await asyncio.wait(set(pending), timeout=TURN_TIMEOUT_S + 5)
            for task in stuck:
                task.cancel()
                figures.record("unanswered", 0.0)
        figures.wall_s = time.perf_counter() - started
        await asyncio.wait([asyncio.ensure_future(tab.close()) for tab in everyone], timeout=10)
    return figures


async def sequential(ws_url: str, turns: int) -> Figures:
    figures = Figures("sequential")
    async with aiohttp.ClientSession() as http:
        tab = Viewer(http, ws_url, next(_scripts()))
        await tab.connect()
        started = time.perf_counter()
        for _ in range(turns):
            t0 = time.perf_counter()
            figures.record(await tab.turn(), 1000 * (time.perf_counter() - t0))
        figures.wall_s = time.perf_counter() - started
        await tab.close()
    return figures


async def _measure(url: str, viewers: int, seconds: float, rate: float, turns: int, meter: CpuMeter) -> None:
    """Run the loops asked for, printing each one's figures as soon as it is done (with the CPU
    milliseconds each process spent per answered turn, when the stack is the bench's own)."""
    ws_url = url.replace("http", "ws", 1).rstrip("/") + "/ws/chat"
    # A short warm-up: the first turns of a fresh stack load models and fill caches.
    await closed_loop(ws_url, 2, 5.0)
    if turns:
        meter.start()
        one = await sequential(ws_url, turns)
        head, tail = sorted(one.latencies_ms[:10]), sorted(one.latencies_ms[-10:])
        _print(one.row(viewers=1, first10_p50_ms=_percentile(head, 50), last10_p50_ms=_percentile(tail, 50)), meter)
    if viewers:
        meter.start()
        _print((await closed_loop(ws_url, viewers, seconds)).row(viewers=viewers, seconds=seconds), meter)
    if rate:
        meter.start()
        _print((await open_loop(ws_url, rate, seconds)).row(rate_per_s=rate, seconds=seconds), meter)


def _print(row: dict[str, object], meter: CpuMeter) -> None:
    answered = int(row["turns"]) - int(row["errors"]) - int(row["unanswered"])  # type: ignore[call-overload]
    cpu = meter.per_turn_ms(answered)
    print(json.dumps(row | ({"cpu_ms_per_turn": cpu} if cpu else {})), flush=True)


@contextmanager
def own_stack(kind: str, settings: Settings) -> Iterator[tuple[str, dict[str, int]]]:
    """A stack on free ports over the configured catalog; conversations in a temporary place."""
    import argparse

    from mediabot import catalog_cli, rasa_model, stack

    if catalog_cli.cmd_setup(argparse.Namespace(), settings):  # what `make run` does first, once
        raise SystemExit("error: the catalog could not be set up; see above")
    tmp = Path(tempfile.mkdtemp(prefix=f"mediabot-load-{kind}-"))
    env = {"MEDIABOT_CONVERSATIONS_DB": str(tmp / "conversations.db"), "MEDIABOT_CONVERSATION_TTL": BENCH_TTL_S,
           "REDIS_URL": "", "MEDIABOT_RASA_WORKERS": "1", "HF_HUB_OFFLINE": "1"} | UNLIMITED_WEBCHAT
    if kind == "scale":
        env |= {"REDIS_URL": settings.redis_url or SCALE_REDIS_URL, "MEDIABOT_RASA_WORKERS": "2"}
    print(f"# starting a {kind} stack (logs in {tmp / 'logs'})…", file=sys.stderr)
    with stack.start_stack(rasa_model.ensure_model(), env=env, log_dir=tmp / "logs") as running:
        yield running.gateway_url, {name: proc.pid for name, proc in running.processes.items()}


def run(settings: Settings, *, url: str | None, viewers: int, seconds: float, rate: float, sequential: int,
        start: str | None) -> int:
    if start:
        with own_stack(start, settings) as (gateway_url, pids):
            return _report(gateway_url, viewers, seconds, rate, sequential, start, CpuMeter(pids))
    return _report(url or f"http://127.0.0.1:{settings.port}", viewers, seconds, rate, sequential, "running",
                   CpuMeter({}))


def _report(url: str, viewers: int, seconds: float, rate: float, turns: int, stack_kind: str,
            meter: CpuMeter) -> int:
    print(f"# load benchmark against {url} ({stack_kind} stack): turns over the web chat socket", flush=True)
    try:
        asyncio.run(_measure(url, viewers, seconds, rate, turns, meter))
    except OSError as exc:
        print(f"error: cannot reach the gateway at {url} ({exc}); start it with `make run`", file=sys.stderr)
        return 1
    return 0
