"""CPU time of the stack's processes, to say where a chat turn's CPU goes (Linux ``/proc``).

A load figure alone does not say which process is the limit; CPU milliseconds per answered turn, per
process (Rasa with its Sanic workers, the action server, the gateway with the recommender), do. Read
from ``/proc/<pid>/stat`` (user + system time) for each process and its descendants; elsewhere the
meter reports nothing.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

PROC = Path("/proc")
TICKS_PER_S = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _stat_fields(pid: int) -> list[str] | None:
    try:
        raw = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return None
    return raw[raw.rindex(")") + 2:].split()  # the command name may hold spaces: fields after ")"


def _descendants(root: int) -> list[int]:
    parent_of: dict[int, int] = {}
    for entry in PROC.iterdir():
        if entry.name.isdigit() and (fields := _stat_fields(int(entry.name))) is not None:
            parent_of[int(entry.name)] = int(fields[1])
    tree, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parent_of.items() if parent in frontier]
        tree += frontier
    return tree


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of ``pid`` and its live descendants (0.0 when unreadable)."""
    total = 0
    for member in _descendants(pid):
        fields = _stat_fields(member)
        if fields is not None:
            total += int(fields[11]) + int(fields[12])  # utime, stime (stat fields 14 and 15)
    return total / TICKS_PER_S


class CpuMeter:
    """CPU used by named processes between ``start()`` and ``per_turn_ms(turns)``."""

    def __init__(self, pids: Mapping[str, int]) -> None:
        self.pids = dict(pids) if PROC.is_dir() else {}
        self._start: dict[str, float] = {}

    def start(self) -> None:
        self._start = {name: cpu_seconds(pid) for name, pid in self.pids.items()}

    def per_turn_ms(self, turns: int) -> dict[str, float]:
        if not turns or not self._start:
            return {}
        return {name: round(1000 * (cpu_seconds(pid) - self._start[name]) / turns, 1)
                for name, pid in self.pids.items()}
