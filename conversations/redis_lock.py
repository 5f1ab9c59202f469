"""A conversation lock for several Rasa workers in two Redis round trips, atomic.

Rasa's ``RedisLockStore`` keeps a JSON list of tickets per conversation and changes it with separate
GET and SET calls: seven round trips a turn, each parsing and writing the JSON, and two workers can
read the same list and both believe they hold the lock. Here a turn takes the lock with one
``SET key token NX PX lifetime`` (atomic: exactly one worker wins) and gives it back with a script
that deletes the key only if it still holds its own token. A worker that dies mid-turn leaves a key
that expires after the lifetime (``TICKET_LOCK_LIFETIME``, which `mediabot up` sets to half the
gateway's timeout), as Rasa's tickets do.

Turns of one conversation wait for each other as before; unlike Rasa's tickets, two messages of one
viewer that arrive at the very same moment on different workers are served in either order (the
gateway sends a viewer's messages one at a time, so this needs two gateways and two tabs).
"""

from __future__ import annotations

import asyncio
import time
import uuid
from contextlib import asynccontextmanager
from typing import Any, AsyncGenerator, Optional, Text

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

# How often a turn waiting for the conversation's previous turn looks again (Rasa's default is 1 s).
POLL_S = 0.01
_RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end"


class ConversationRedisLockStore(RedisLockStore):
    """``RedisLockStore`` whose ``lock`` is one atomic SET NX and one compare-and-delete."""

    def __init__(self, endpoint_config: Optional[EndpointConfig] = None, **kwargs: Any) -> None:
        # Rasa builds a custom lock store from its endpoint config alone (lock_store.type = this class).
        if endpoint_config is not None:
            kwargs = {"host": endpoint_config.url or "localhost", **endpoint_config.kwargs, **kwargs}
        super().__init__(**kwargs)
        self._release = self.red.register_script(_RELEASE)

    @asynccontextmanager
    async def lock(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME,
                   wait_time_in_seconds: float = POLL_S) -> AsyncGenerator[TicketLock, None]:
        key, token = self.key_prefix + conversation_id, uuid.uuid4().hex
        give_up = time.monotonic() + lock_lifetime + wait_time_in_seconds
        while not self.red.set(key, token, nx=True, px=max(1, int(lock_lifetime * 1000))):
            if time.monotonic() > give_up:  # the holder outlived its own lifetime: something is wrong
                raise LockError(f"Could not acquire lock for conversation_id '{conversation_id}'.")
            await asyncio.sleep(wait_time_in_seconds)
        try:
            yield TicketLock(conversation_id)
        finally:
            self._release(keys=[key], args=[token])
