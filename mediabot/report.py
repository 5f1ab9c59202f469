"""``mediabot report experiments``: per variant, how viewers responded, and whether a difference is real.

For each variant of an experiment (``recommender.experiments``; counts from
``recommender.experiment_outcomes``) it prints impressions, like rate, detail-request rate and
refinement rate (per impression: a list that showed titles) and zero-result rate (per request), each
with its 95 % Wilson score interval (sound near 0 % and for small counts, unlike the normal
approximation). Every other variant is compared with the baseline (the first variant in the
experiments file) by a two-sided two-proportion z-test with a pooled standard error; a p-value of
0.05 or more is printed as "not significant". Several metrics and variants are tested at once, so
treat a lone p just under 0.05 with care (with 4 metrics, one false alarm in five reports is expected).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from contract.settings import Settings

Z95 = 1.959963984540054  # two-sided 95 %
ALPHA = 0.05
MIN_PER_ARM = 30  # fewer impressions than this in either arm: too few to test
EXIT_DATA = 3


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    numerator: str
    denominator: str


METRICS = (
    Metric("like_rate", "like rate", "liked", "impressions"),
    Metric("detail_rate", "detail-request rate", "details", "impressions"),
    Metric("refinement_rate", "refinement rate", "refined", "impressions"),
    Metric("zero_result_rate", "zero-result rate", "zero", "requests"),
)


# --- statistics -----------------------------------------------------------------------------------


def wilson(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of a proportion; (0, 1) when there is no observation."""
    if n <= 0:
        return 0.0, 1.0
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def two_proportion_p(x1: int, n1: int, x2: int, n2: int) -> float:
    """Two-sided p-value of "the two proportions are equal" (pooled z-test); 1.0 when it cannot differ."""
    if n1 <= 0 or n2 <= 0:
        return 1.0
    pooled = (x1 + x2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    if se == 0:
        return 1.0  # both 0 % or both 100 %
    z = (x1 / n1 - x2 / n2) / se
    return math.erfc(abs(z) / math.sqrt(2))


# --- the report -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rate:
    successes: int
    n: int
    low: float
    high: float
    p_vs_baseline: float | None = None  # None: the baseline itself, or too few to test
    significant: bool | None = None

    @property
    def value(self) -> float:
        return self.successes / self.n if self.n else 0.0


@dataclass(frozen=True)
class VariantReport:
    variant: str
    requests: int
    impressions: int
    rates: dict[str, Rate]


def build(outcomes: dict[str, Any], baseline: str | None) -> tuple[str | None, list[VariantReport]]:
    """Rates, intervals and tests per variant; ``baseline`` first. Returns (baseline used, reports)."""
    if baseline not in outcomes:
        baseline = next(iter(sorted(outcomes)), None)
    order = [baseline, *sorted(v for v in outcomes if v != baseline)] if baseline else []
    base = outcomes.get(baseline) if baseline else None
    reports = []
    for name in order:
        o = outcomes[name]
        rates = {}
        for m in METRICS:
            x, n = getattr(o, m.numerator), getattr(o, m.denominator)
            low, high = wilson(x, n)
            p = significant = None
            if base is not None and name != baseline:
                bx, bn = getattr(base, m.numerator), getattr(base, m.denominator)
                if min(n, bn) >= MIN_PER_ARM:
                    p = two_proportion_p(x, n, bx, bn)
                    significant = p < ALPHA
            rates[m.key] = Rate(x, n, low, high, p, significant)
        reports.append(VariantReport(name, o.requests, o.impressions, rates))
    return baseline, reports


def _pct(x: float) -> str:
    return f"{100 * x:5.1f} %"


def render(experiment: str, baseline: str | None, reports: Sequence[VariantReport], since: dt.datetime | None) -> str:
    """The report as text: one block per variant, one line per metric."""
    if not reports:
        return f"experiment {experiment}: no impressions yet" + (f" since {since:%Y-%m-%d}" if since else "") + "\n"
    head = (f"experiment {experiment} — baseline {baseline}"
            + (f" — since {since:%Y-%m-%d %H:%M} UTC" if since else "")
            + f"\n(95 % Wilson intervals; each variant vs {baseline}: two-proportion z-test, significant when p < {ALPHA})")
    lines = [head]
    for r in reports:
        lines.append(f"\n{r.variant}: {r.impressions:,} impressions, {r.requests:,} requests")
        for m in METRICS:
            rate = r.rates[m.key]
            line = (f"  {m.label:<20} {_pct(rate.value)}  [{_pct(rate.low)} – {_pct(rate.high)}]"
                    f"  ({rate.successes:,}/{rate.n:,})")
            if r.variant != baseline:
                line += "  " + _verdict(rate, reports[0].rates[m.key])
            lines.append(line)
    return "\n".join(lines) + "\n"


def _verdict(rate: Rate, base: Rate) -> str:
    diff = 100 * (rate.value - base.value)
    if rate.p_vs_baseline is None:
        return f"{diff:+.1f} pts: too few to test (under {MIN_PER_ARM} in an arm)"
    word = "significant" if rate.significant else "not significant"
    return f"{diff:+.1f} pts, p = {rate.p_vs_baseline:.3f}: {word}"


# --- command line ---------------------------------------------------------------------------------


def register(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser("report", help="reports from what viewers were shown (experiments)")
    kinds = report.add_subparsers(dest="report_kind", required=True)
    exp = kinds.add_parser("experiments", help="per variant: impressions, like, detail-request, refinement and "
                                               "zero-result rates with 95 %% intervals and significance")
    exp.add_argument("--experiment", default=None, help="one experiment (default: the running one, else every "
                                                        "experiment with impressions)")
    exp.add_argument("--days", type=float, default=None, help="only impressions of the last N days")
    exp.add_argument("--json", action="store_true")
    exp.set_defaults(func=cmd_experiments)


def cmd_experiments(args: argparse.Namespace, settings: Settings) -> int:
    from recommender import experiment_outcomes, experiments
    from recommender.catalog.db import make_engine, session_factory

    try:
        configured = experiments.load(settings.experiments_path)
    except experiments.ExperimentsFileError as exc:
        print(exc, file=sys.stderr)
        return EXIT_DATA
    factory = session_factory(make_engine(settings.database_url))
    since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=args.days) if args.days else None
    running = configured.running
    names = ([args.experiment] if args.experiment
             else [running.name] if running else experiment_outcomes.experiments_seen(factory))
    if not names:
        print("no experiment has impressions yet (see docs/operators.md, Experiments)")
        return 0
    out: list[dict[str, Any]] = []
    for name in names:
        spec = configured.spec(name)
        baseline, reports = build(experiment_outcomes.tally(factory, name, since), spec.baseline if spec else None)
        if args.json:
            out.append({"experiment": name, "baseline": baseline, "variants": [asdict(r) for r in reports]})
        else:
            print(render(name, baseline, reports, since))
    if args.json:
        print(json.dumps(out, indent=2))
    return 0
