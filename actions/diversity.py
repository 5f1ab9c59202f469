"""Picking a varied handful for a vague request ("something good", "I'm bored").

With no constraints the top of the ranking tends to be several titles of the same kind. A vague
request is better served by a spread the viewer can react to ("more like the documentary"), so we ask
the recommender for a larger pool and greedily keep the items that add genres not yet covered.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

POOL_SIZE = 20


def diversify(items: Sequence[Mapping[str, Any]], count: int) -> list[Mapping[str, Any]]:
    """Up to ``count`` items, in ranking order among equals, maximising genre and type variety."""
    chosen: list[Mapping[str, Any]] = []
    covered: set[str] = set()
    types: set[str] = set()
    remaining = list(items)
    while remaining and len(chosen) < count:
        best = max(remaining, key=lambda it: _novelty(it, covered, types) - remaining.index(it) * 1e-3)
        chosen.append(best)
        covered.update(best.get("genres") or [])
        types.add(str(best.get("type")))
        remaining.remove(best)
    return chosen


def _novelty(item: Mapping[str, Any], covered: set[str], types: set[str]) -> float:
    """New genres count fully, an overlapping genre costs, a not-yet-shown media type helps a bit."""
    genres = set(item.get("genres") or [])
    new = len(genres - covered)
    overlap = len(genres & covered)
    return new - 1.5 * overlap + (0.5 if str(item.get("type")) not in types else 0.0)
