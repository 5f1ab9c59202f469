"""The load bench's CPU meter counts a process and the workers it started (mediabot/bench/cpu.py)."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from mediabot.bench.cpu import PROC, CpuMeter, cpu_seconds

pytestmark = pytest.mark.skipif(not PROC.is_dir(), reason="CPU accounting reads Linux /proc")

BUSY_CHILD = "import subprocess, sys; subprocess.run([sys.executable, '-c', 'while True: pass'], timeout=30)"


def test_cpu_of_a_worker_counts_towards_the_process_that_started_it() -> None:
    parent = subprocess.Popen([sys.executable, "-c", BUSY_CHILD])  # idle itself; its child spins
    try:
        meter = CpuMeter({"parent": parent.pid})
        meter.start()
        time.sleep(2.0)
        assert meter.per_turn_ms(10)["parent"] > 10  # > 0.1 CPU-seconds over 10 turns, even on a busy machine
    finally:
        subprocess.run(["pkill", "-P", str(parent.pid)])
        parent.kill()


def test_an_unreadable_process_counts_nothing() -> None:
    assert cpu_seconds(2**22 + 12345) == 0.0


def test_no_turns_no_figure() -> None:
    meter = CpuMeter({"me": 1})
    meter.start()
    assert meter.per_turn_ms(0) == {}
