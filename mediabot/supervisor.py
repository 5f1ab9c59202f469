"""Keeps the stack's processes alive: a child that exits is restarted, with backoff, and the restart logged.

One crashed process must be a blip, not an outage: the action server dying used to take Rasa and the
gateway down with it. The supervisor restarts only the child that died, waiting 1 s before the first
restart and doubling up to 30 s while it keeps dying (a crash loop must not spin the CPU); a child that
has stayed up for a minute starts from 1 s again. Meanwhile the gateway answers viewers honestly
(``wording.BOT_SILENT`` / ``BOT_UNAVAILABLE``), so nobody is left with silence.

It also runs the stack's periodic jobs (``Job``): the purge of idle conversations from the embedded
SQLite tracker store (``mediabot.purge``). A job that fails is logged and tried again next period.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from mediabot.purge import purge_idle
from mediabot.stack import Conversations, Stack, start_child

FIRST_DELAY_S = 1.0
MAX_DELAY_S = 30.0
HEALTHY_AFTER_S = 60.0
PURGE_EVERY_S = 3600.0  # or a quarter of the TTL when that is shorter


@dataclass
class Job:
    """Something to run every ``every_s`` seconds; ``run`` returns a line worth logging, or None."""

    name: str
    every_s: float
    run: Callable[[], str | None]
    last_at: float | None = None


@dataclass
class _Child:
    started_at: float
    delay: float = FIRST_DELAY_S
    died_at: float | None = None


class Supervisor:
    """Call ``tick()`` about once a second; it returns the names of the children it restarted."""

    def __init__(self, stack: Stack, *, clock: Callable[[], float] = time.monotonic,
                 say: Callable[[str], None] = lambda line: print(line, file=sys.stderr, flush=True),
                 jobs: Sequence[Job] = ()) -> None:
        self.stack, self.clock, self.say, self.jobs = stack, clock, say, list(jobs)
        now = clock()
        self.children = {name: _Child(started_at=now) for name in stack.processes}
        for job in self.jobs:
            job.last_at = now  # the first run is one period after start
        self.restarts = 0

    def tick(self) -> list[str]:
        self._run_jobs()
        now = self.clock()
        restarted = []
        for name, child in self.children.items():
            code = self.stack.processes[name].poll()
            if code is None:
                if now - child.started_at >= HEALTHY_AFTER_S:
                    child.delay = FIRST_DELAY_S
                continue
            if child.died_at is None:
                child.died_at = now
                self.say(f"warning: {name} exited with code {code}; restarting in {child.delay:.0f} s "
                         f"(log: {self.stack.log_dir / (name + '.log')})")
            if now - child.died_at >= child.delay:
                self.stack.stop((name,))  # workers the dead process left behind go with it
                start_child(self.stack, name)
                self.restarts += 1
                restarted.append(name)
                self.say(f"restarted {name}")
                child.started_at, child.died_at = now, None
                child.delay = min(child.delay * 2, MAX_DELAY_S)
        return restarted

    def _run_jobs(self) -> None:
        """Run each job when its period is up (the first time one period after start)."""
        now = self.clock()
        for job in self.jobs:
            if job.last_at is not None and now - job.last_at < job.every_s:
                continue
            job.last_at = now
            try:
                line = job.run()
            except Exception as exc:  # a failed purge must not stop the supervision of the stack
                line = f"warning: {job.name} failed ({type(exc).__name__}: {exc}); trying again in {job.every_s:.0f} s"
            if line:
                self.say(line)


def conversation_jobs(store: Conversations) -> list[Job]:
    """The purge of idle conversations for the embedded SQLite store (Redis expires them by itself)."""
    if store.on_redis:
        return []

    def purge() -> str | None:
        removed = purge_idle(store.sqlite_db, store.ttl_s)
        return f"purged {removed} conversations idle for {store.ttl_s} s or more" if removed else None

    return [Job("conversation purge", min(PURGE_EVERY_S, store.ttl_s / 4), purge)]
