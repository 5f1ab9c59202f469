"""Keeps the stack's processes alive: a child that exits is restarted, with backoff, and the restart logged.

One crashed process must be a blip, not an outage: the action server dying used to take Rasa and the
gateway down with it. The supervisor restarts only the child that died, waiting 1 s before the first
restart and doubling up to 30 s while it keeps dying (a crash loop must not spin the CPU); a child that
has stayed up for a minute starts from 1 s again. Meanwhile the gateway answers viewers honestly
(``wording.BOT_SILENT`` / ``BOT_UNAVAILABLE``), so nobody is left with silence.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from mediabot.stack import Stack, start_child

FIRST_DELAY_S = 1.0
MAX_DELAY_S = 30.0
HEALTHY_AFTER_S = 60.0


@dataclass
class _Child:
    started_at: float
    delay: float = FIRST_DELAY_S
    died_at: float | None = None


class Supervisor:
    """Call ``tick()`` about once a second; it returns the names of the children it restarted."""

    def __init__(self, stack: Stack, *, clock: Callable[[], float] = time.monotonic,
                 say: Callable[[str], None] = lambda line: print(line, file=sys.stderr, flush=True)) -> None:
        self.stack, self.clock, self.say = stack, clock, say
        now = clock()
        self.children = {name: _Child(started_at=now) for name in stack.processes}
        self.restarts = 0

    def tick(self) -> list[str]:
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
                start_child(self.stack, name)
                self.restarts += 1
                restarted.append(name)
                self.say(f"restarted {name}")
                child.started_at, child.died_at = now, None
                child.delay = min(child.delay * 2, MAX_DELAY_S)
        return restarted
