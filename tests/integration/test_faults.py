"""Faults are blips, not outages, on a real stack of its own (the shared one stays up):

- with the action server dead, Rasa answers a turn with no message at all, and the viewer gets a clear
  apology instead of silence (every answer goes through an action, greetings included);
- the supervisor of ``mediabot up`` restarts the dead process, and the next turn recommends again;
- on the scale path (PostgreSQL + Redis, two Rasa workers; skipped only when those services are
  absent), killing one Rasa worker under load costs only the turns it was serving: each of them gets
  the honest apology, every other turn is answered, and each viewer's next turn recommends again.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from chat import Turn, WebChat
from scale_stack import scale_stack
from servers import Stack, start_stack

from contract import wording
from contract.payloads import PlainText
from mediabot.supervisor import Supervisor

pytestmark = pytest.mark.integration

RECOVERY_S = 60.0


@pytest.fixture(scope="module")
def own_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    with start_stack(Path(tmp_path_factory.mktemp("faults"))) as stack:
        yield stack


async def _until_recommending(stack: Stack, supervisor: Supervisor) -> list[str]:
    """Tick the supervisor like ``mediabot up`` does until a turn recommends again; the restarted names."""
    restarted: list[str] = []
    deadline = time.monotonic() + RECOVERY_S
    while time.monotonic() < deadline:
        restarted += supervisor.tick()
        if restarted:
            async with WebChat(stack.gateway_url) as chat:
                if (await chat.say("comedies")).items:
                    return restarted
        await asyncio.sleep(1)
    raise AssertionError(f"no recommendation {RECOVERY_S:.0f} s after the crash; restarted: {restarted}")


async def test_a_dead_action_server_is_an_apology_then_a_restart(own_stack: Stack) -> None:
    supervisor = Supervisor(own_stack, say=lambda line: None)
    actions = own_stack.processes["actions"]
    actions.send_signal(signal.SIGKILL)
    actions.wait(10)
    async with WebChat(own_stack.gateway_url) as chat:
        assert (await chat.say("comedies under 40 minutes")).answers == [PlainText(wording.BOT_SILENT)]
        assert (await chat.say("hello")).answers == [PlainText(wording.BOT_SILENT)]
    assert await _until_recommending(own_stack, supervisor) == ["actions"]
    assert supervisor.restarts == 1


VIEWERS = 6
LOAD_S = 8.0
KILL_AFTER_S = 2.0
PAUSE_S = 0.6
APOLOGIES = ([PlainText(wording.BOT_UNAVAILABLE)], [PlainText(wording.BOT_SILENT)])


@pytest.fixture(scope="module")
def on_redis(tmp_path_factory: pytest.TempPathFactory, postgres_schemas: Any) -> Iterator[Stack]:
    with scale_stack(Path(tmp_path_factory.mktemp("faults-scale")), postgres_schemas) as stack:
        yield stack


def _rasa_workers(stack: Stack) -> list[int]:
    """The Sanic worker processes of the Rasa server (children of its main process)."""
    main = stack.processes["rasa"].pid
    return [int(pid) for pid in Path(f"/proc/{main}/task/{main}/children").read_text().split()]


async def _keep_asking(chat: WebChat, until: float) -> list[Turn]:
    """A viewer asking again and again, at a person's pace (within the web chat's per-socket rate)."""
    turns = []
    while time.monotonic() < until:
        turns.append(await chat.say("comedies under 40 minutes"))
        await asyncio.sleep(PAUSE_S)
    return turns


async def test_killing_one_rasa_worker_costs_only_its_turns_in_flight(on_redis: Stack) -> None:
    workers = _rasa_workers(on_redis)
    assert len(workers) == 2, workers
    chats = [WebChat(on_redis.gateway_url) for _ in range(VIEWERS)]
    for chat in chats:
        await chat.__aenter__()
    try:
        until = time.monotonic() + LOAD_S
        load = [asyncio.create_task(_keep_asking(chat, until)) for chat in chats]
        await asyncio.sleep(KILL_AFTER_S)
        os.kill(workers[0], signal.SIGKILL)
        turns = [turn for per_viewer in await asyncio.gather(*load) for turn in per_viewer]
        apologies = [turn for turn in turns if turn.answers in APOLOGIES]
        # Every other turn is the bot's real answer (picks, or "that's everything" once a viewer saw them all).
        assert all(turn.recommendations for turn in turns if turn not in apologies)
        assert len(apologies) <= VIEWERS  # at most the one turn each viewer had in flight
        assert len(turns) - len(apologies) > VIEWERS  # the surviving worker kept answering meanwhile
        for chat in chats:
            assert (await chat.say("something else")).recommendations  # each viewer's next turn works
    finally:
        for chat in chats:
            await chat.__aexit__(None, None, None)
    assert on_redis.processes["rasa"].poll() is None and _rasa_workers(on_redis) == workers[1:]
