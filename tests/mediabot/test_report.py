"""``mediabot report experiments``: Wilson intervals and two-proportion z-tests against known values, and the
command in-process over impressions made by real recommender calls (SQLite and PostgreSQL)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from mediabot.report import build, two_proportion_p, wilson
from recommender import experiments
from recommender.constraints import RecommendationRequest
from recommender.experiment_outcomes import Outcomes

EXPERIMENTS_YML = """
experiments:
  - name: likes-test
    running: true
    variants:
      - name: control
      - name: bolder
        diversity: 0.7
"""
PER_ARM = 40


# --- statistics -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("x", "n", "low", "high"), [
    (10, 100, 0.0552, 0.1744),  # textbook values (Newcombe 1998 method 3 / Wilson 1927)
    (0, 10, 0.0, 0.2775),       # the interval stays informative at 0 %
    (10, 10, 0.7225, 1.0),
])
def test_wilson_interval_matches_known_values(x: int, n: int, low: float, high: float) -> None:
    got = wilson(x, n)
    assert got == pytest.approx((low, high), abs=5e-4)


def test_wilson_interval_of_nothing_is_everything() -> None:
    assert wilson(0, 0) == (0.0, 1.0)


def test_two_proportion_test_matches_a_known_value() -> None:
    assert two_proportion_p(45, 100, 55, 100) == pytest.approx(0.1573, abs=5e-4)  # z = -1.414
    assert two_proportion_p(0, 50, 0, 50) == 1.0  # nothing can differ


def test_build_tells_a_real_difference_from_noise_and_too_little_data() -> None:
    outcomes = {
        "control": Outcomes("control", requests=200, impressions=200, liked=30, details=30, refined=60, zero=0),
        "big": Outcomes("big", requests=200, impressions=200, liked=60, details=31, refined=60, zero=0),
        "tiny": Outcomes("tiny", requests=10, impressions=10, liked=9, details=0, refined=0, zero=0),
    }
    baseline, reports = build(outcomes, "control")
    by_name = {r.variant: r.rates for r in reports}
    assert baseline == "control" and reports[0].variant == "control"
    assert by_name["big"]["like_rate"].significant is True
    assert by_name["big"]["detail_rate"].significant is False
    assert by_name["tiny"]["like_rate"].p_vs_baseline is None  # under MIN_PER_ARM: not tested
    assert by_name["control"]["like_rate"].p_vs_baseline is None


# --- the command ------------------------------------------------------------------------------------


@pytest.fixture
def report(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, tmp_path: Path, catalog_db: Any):
    """``mediabot report experiments <args>`` in-process on ``catalog_db`` with a running experiment."""
    from mediabot import cli as cli_module

    path = tmp_path / "experiments.yml"
    path.write_text(EXPERIMENTS_YML)
    monkeypatch.setattr(cli_module, "setup_logging", lambda level: None)
    monkeypatch.setenv("DATABASE_URL", catalog_db.url)
    monkeypatch.setenv("MEDIABOT_EXPERIMENTS", str(path))

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = cli_module.main(["report", "experiments", *args])
        out, err = capsys.readouterr()
        return code, out, err

    run.path = path  # type: ignore[attr-defined]
    return run


def show_lists(rec: Any) -> None:
    """PER_ARM viewers per variant ask once; every viewer of 'bolder' likes the first title."""
    for variant in ("control", "bolder"):
        viewers = (f"viewer-{i}" for i in itertools.count() if rec.experiments.assign(f"viewer-{i}").variant == variant)
        for viewer in itertools.islice(viewers, PER_ARM):
            answer = rec.recommend(RecommendationRequest(constraints={"genres": ["comedy"]}, user_id=viewer))
            if variant == "bolder":
                rec.record_feedback(viewer, answer["items"][0]["id"], "like")


def test_the_report_prints_rates_intervals_and_verdicts(editable_recommender: Any, report: Any) -> None:
    rec = editable_recommender
    rec.experiments = experiments.load(report.path)
    show_lists(rec)
    code, out, _ = report()
    assert code == 0
    assert "experiment likes-test — baseline control" in out
    assert f"control: {PER_ARM} impressions, {PER_ARM} requests" in out
    lines = out.splitlines()
    like = next(line for line in lines if line.strip().startswith("like rate") and "pts" in line)
    assert "100.0 %" in like and "+100.0 pts" in like and ": significant" in like
    detail = next(line for line in lines if line.strip().startswith("detail-request rate") and "pts" in line)
    assert "not significant" in detail


def test_the_report_as_json_carries_the_counts(editable_recommender: Any, report: Any) -> None:
    rec = editable_recommender
    rec.experiments = experiments.load(report.path)
    show_lists(rec)
    code, out, _ = report("--json")
    assert code == 0
    [exp] = json.loads(out)
    variants = {v["variant"]: v for v in exp["variants"]}
    assert exp["baseline"] == "control" and set(variants) == {"control", "bolder"}
    assert variants["bolder"]["rates"]["like_rate"]["successes"] == PER_ARM
    assert variants["control"]["rates"]["like_rate"]["successes"] == 0
    assert variants["control"]["rates"]["zero_result_rate"]["n"] == PER_ARM


def test_a_bad_experiments_file_is_reported_not_raised(report: Any) -> None:
    report.path.write_text("experiments:\n  - name: x\n    variants: [{name: a}]\n")
    code, _, err = report()
    assert code == 3 and "experiments.0.variants" in err
