"""A topical request (free text, no "more like" anchor) ranks by relevance first: titles that resemble
each other because they share the asked topic are not pushed apart as redundant (recommender.ranking).

The pool is built over real rows of the fixture catalog with hand-made vectors and relevance, so the
property is stated exactly: three titles about one topic (near-identical vectors) lead, an unrelated title
is clearly less relevant, and a long tail of weak candidates gives the pool its usual score spread.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from recommender.ranking import rank, same_franchise

ABOUT = [0.60, 0.58, 0.57]   # three titles about the topic
OTHER = 0.38                 # a title about something else, well below them (within the diversity reach)
TAIL = -0.10                 # weak candidates


def _pool(snapshot: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows of distinct franchises; vectors: the first three alike, the rest orthogonal to them."""
    rows: list[int] = []
    for r in range(len(snapshot)):
        if all(not same_franchise(snapshot.titles[r], snapshot.titles[c]) for c in rows):
            rows.append(r)
        if len(rows) == 12:
            break
    vectors = np.zeros((len(snapshot), 16), np.float32)
    for i, r in enumerate(rows):
        vectors[r, 0 if i < 3 else i] = 1.0
        vectors[r, 1] = 0.1 * i if i < 3 else 0.0  # the topic's titles nearly, not exactly, identical
    vectors[rows] /= np.linalg.norm(vectors[rows], axis=1, keepdims=True)
    relevance = np.array(ABOUT + [OTHER] + [TAIL] * (len(rows) - 4), np.float32)
    return np.array(rows), vectors, relevance


def test_a_topic_keeps_its_relevant_titles_ahead_of_a_clearly_weaker_unrelated_one(snapshot: Any) -> None:
    rows, vectors, relevance = _pool(snapshot)
    picked = [r.row for r in rank(snapshot, vectors, rows, relevance, 4, prior_weight=0.0, topical=True)]
    assert picked == list(rows[:4])


def test_without_a_topic_the_same_pool_is_diversified(snapshot: Any) -> None:
    """The contrast: for a "more like" or taste list the unrelated title is lifted to second place."""
    rows, vectors, relevance = _pool(snapshot)
    picked = [r.row for r in rank(snapshot, vectors, rows, relevance, 4, prior_weight=0.0)]
    assert picked[0] == rows[0] and picked[1] == rows[3]
