"""mediabot.bench.load: what a loop's figures say (the loops themselves run against real stacks)."""

from __future__ import annotations

from mediabot.bench.load import Figures, _percentile


def test_percentiles_are_nearest_rank_over_answered_turns_only() -> None:
    figures = Figures("closed", wall_s=10.0)
    for ms in range(1, 101):
        figures.record("ok", float(ms))
    figures.record("error", 5000.0)
    figures.record("unanswered", 30000.0)
    row = figures.row(viewers=30)
    assert (row["p50_ms"], row["p95_ms"], row["p99_ms"]) == (50.0, 95.0, 99.0)
    assert (row["turns"], row["errors"], row["unanswered"], row["turns_per_s"]) == (102, 1, 1, 10.0)


def test_a_loop_without_answers_has_no_latency() -> None:
    assert _percentile([], 95) is None
    assert Figures("open").row()["p95_ms"] is None
