"""One thread pool per blocking subsystem, so one subsystem's burst cannot starve another.

``asyncio.to_thread`` shares the loop's default executor (min(32, cores + 4) threads: 6 on this
2-core box). If recommendation requests (query encoding, ranking) or password hashing took all of
those, the quick database calls a chat turn makes (handoff state, transcripts) would queue behind
them. So the heavy subsystems get pools of their own: recommender calls here, scrypt in
``bot.handoff.passwords.HASH_POOL``; everything else keeps the default executor.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")

RECOMMENDER_THREADS = 4  # encoding releases the GIL; more threads than cores only queue in numpy/torch
RECOMMENDER_POOL = ThreadPoolExecutor(max_workers=RECOMMENDER_THREADS, thread_name_prefix="recommender")


async def recommender_call(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a blocking recommender call on the recommender's own pool."""
    return await asyncio.get_running_loop().run_in_executor(RECOMMENDER_POOL, functools.partial(fn, *args, **kwargs))
