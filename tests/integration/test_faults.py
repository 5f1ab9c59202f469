"""Faults are answered honestly: with the action server dead, Rasa answers a turn with no message at all,
and the viewer must get a clear apology instead of silence, on its own stack so the shared one stays up.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from chat import WebChat
from servers import Stack, start_stack

from contract import wording
from contract.payloads import PlainText

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stack_without_actions(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    with start_stack(Path(tmp_path_factory.mktemp("faults"))) as stack:
        stack.stop(("actions",))
        yield stack


async def test_a_turn_whose_action_fails_gets_an_apology_not_silence(stack_without_actions: Stack) -> None:
    async with WebChat(stack_without_actions.gateway_url) as chat:
        turn = await chat.say("comedies under 40 minutes")
    assert turn.answers == [PlainText(wording.BOT_SILENT)]


async def test_turns_that_need_no_action_still_work_meanwhile(stack_without_actions: Stack) -> None:
    async with WebChat(stack_without_actions.gateway_url) as chat:
        turn = await chat.say("hello")
    assert turn.text.strip() and wording.BOT_SILENT not in turn.text
