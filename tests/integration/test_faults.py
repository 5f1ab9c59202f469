"""Faults are blips, not outages, on a real stack of its own (the shared one stays up):

- with the action server dead, Rasa answers a turn with no message at all, and the viewer gets a clear
  apology instead of silence (every answer goes through an action, greetings included);
- the supervisor of ``mediabot up`` restarts the dead process, and the next turn recommends again.
"""

from __future__ import annotations

import asyncio
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from chat import WebChat
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
