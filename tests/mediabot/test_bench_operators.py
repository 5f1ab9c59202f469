"""``mediabot bench operators`` (editorial part): the rules it creates and what it reports — p50/p95 with and
without the rules, the change of p95, and the memory the rules take (a tiny run on the fixture catalog;
no figure is asserted, only that each is reported)."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

from mediabot.bench import operators
from mediabot.bench.recommender import bundled_requests
from recommender.constraints import RecommendationRequest


def test_the_rules_are_a_fixed_mix_over_distinct_titles() -> None:
    ids = [f"s{i}" for i in range(2000)]
    specs = operators.rule_specs(ids, 1000)
    again = operators.rule_specs(ids, 1000)  # the same rules every run (windows move with the clock)
    assert [(s.kind, s.title, s.genre, s.weight) for s in specs] == [(s.kind, s.title, s.genre, s.weight) for s in again]
    kinds = Counter(s.kind for s in specs)
    assert kinds["block"] == 150 and kinds["window"] == 150 and kinds["pin"] == 50
    assert kinds["boost"] + kinds["bury"] == 650
    titled = [s.title for s in specs if s.title]
    assert len(titled) == len(set(titled)) == 950  # the 50 others boost or bury a genre


def test_the_rules_bench_reports_both_latencies_and_the_memory(editable_recommender: Any,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    requests = [RecommendationRequest.model_validate(b) for b in bundled_requests(12)]
    operators.bench_rules(editable_recommender, requests, 40)
    out = capsys.readouterr().out
    assert re.search(r"no rules: p50 [\d.]+ ms, p95 [\d.]+ ms.*peak RSS \d+ MiB", out), out
    assert re.search(r"40 rules: p50 [\d.]+ ms, p95 [\d.]+ ms.*peak RSS \d+ MiB", out), out
    assert re.search(r"p95 change with rules: [+-][\d.]+ %", out), out
    assert re.search(r"memory: the rules generation .* adds -?\d+ MiB; peak while compiling [+-]\d+ MiB", out), out
