"""'Delete my data' on the scale path (conversations in Redis, profiles on PostgreSQL, two Rasa workers):
after the confirmation, Redis holds no conversation of the viewer nor of their linked tab, a second
"what do you know about me?" shows nothing, and the next search works."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis

from chat import WebChat
from erasure_checks import delete_with_a_linked_tab_then_carry_on
from scale_stack import REDIS_URL, scale_stack

from bot.erasure import REDIS_TRACKER_PREFIX
from mediabot.stack import Stack

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def on_redis(tmp_path_factory: pytest.TempPathFactory, postgres_schemas: Any) -> Iterator[Stack]:
    with scale_stack(Path(tmp_path_factory.mktemp("privacy-scale")), postgres_schemas) as stack:
        yield stack


async def test_deletion_erases_both_linked_conversations_from_redis(on_redis: Stack) -> None:
    store = redis.Redis.from_url(REDIS_URL)

    def stored_events(sender: str) -> int:
        return int(store.exists(REDIS_TRACKER_PREFIX + sender))  # Rasa keeps one key per conversation

    try:
        async with WebChat(on_redis.gateway_url) as chat:
            await delete_with_a_linked_tab_then_carry_on(on_redis, chat, stored_events)
    finally:
        store.close()
