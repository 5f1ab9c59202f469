"""``mediabot bench encoder``: the query set it builds and the top-10 agreement it reports."""

from __future__ import annotations

import numpy as np

from mediabot.bench import encoder as bench
from mediabot.eval.recommendations import synopses
from mediabot.eval.judge import CATALOG_CSV, load_catalog


def catalog_words() -> tuple[list[str], list[str]]:
    rows = load_catalog(CATALOG_CSV)
    texts = synopses(CATALOG_CSV)
    return [r.title for r in rows.values()], [texts[i] for i in rows]


def test_the_benchmark_builds_the_same_500_distinct_queries_every_run() -> None:
    titles, descriptions = catalog_words()
    first = bench.queries(titles, descriptions, 500)
    assert len(first) == len(set(first)) == 500
    assert first == bench.queries(titles, descriptions, 500)
    assert sum(q.startswith(("something like ", "more like ")) for q in first) > 40  # titles as typed
    assert sum(" about " in q for q in first) > 100  # topic phrasings


def test_agreement_is_the_mean_share_of_the_reference_top_k_found() -> None:
    reference = np.array([[1, 2, 3, 4], [5, 6, 7, 8]])
    other = np.array([[4, 3, 2, 1], [5, 6, 9, 10]])
    assert bench.agreement(reference, other) == 0.75


def test_top_k_orders_rows_by_score() -> None:
    items = np.eye(4, dtype=np.float32)
    query = np.array([[0.1, 0.9, 0.5, 0.0]], np.float32)
    assert bench.top_k(items, query, k=2).tolist() == [[1, 2]]
