"""When nothing satisfies the hard constraints: which one to relax, how, and what that would yield.

The bot must never drop a constraint silently; instead it offers the nearest relaxation. "Nearest"
means the smallest change: runtime and year bounds are widened just enough to reach a useful number
of titles before a constraint is dropped outright.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from contract.topics import topic_words
from contract.vocabulary import AUDIENCES, ratings_for_audience
from recommender.constraints import Constraints
from recommender.filters import hard_mask
from recommender.snapshot import UNKNOWN, CatalogSnapshot

WANTED = 5  # a widened bound should yield at least this many titles
MAX_SUGGESTIONS = 3
# Who is in it is what a viewer cares about most (issue 10 §9: keep people and titles over genre and
# runtime): dropping a person is offered after every other relaxation, even one said in an earlier turn.
KEPT_LONGEST = frozenset({"actors", "directors", "any_people"})

_LABELS: dict[str, str] = {
    "genres": "allow any genre", "exclude_genres": "allow the excluded genres",
    "media_type": "allow any kind of title", "min_minutes": "allow any minimum length",
    "max_minutes": "allow any length", "min_seasons": "allow any number of seasons",
    "max_seasons": "allow any number of seasons", "recent_years": "allow any year",
    "older_than_years": "allow any year", "audience": "allow any audience", "ratings": "allow any rating",
    "year_min": "allow any year", "year_max": "allow any year", "countries": "allow any country",
    "languages": "allow any language", "actors": "allow any cast", "directors": "allow any director",
    "any_genres": "allow any genre", "exclude_countries": "allow the excluded countries",
    "exclude_languages": "allow the excluded languages", "exclude_origin_genres": "allow the excluded kinds",
    "added_days": "include titles added earlier", "any_people": "allow anyone in it",
    "exclude_topics": "allow the excluded topics",
}


@dataclass(frozen=True)
class Relaxation:
    drop: str
    label: str
    count: int
    constraints: Constraints

    def public(self) -> dict[str, Any]:
        return {"drop": self.drop, "label": self.label, "count": self.count,
                "constraints": self.constraints.public()}


def suggest(snapshot: CatalogSnapshot, c: Constraints, excluded_rows: list[int],
            first: frozenset[str] = frozenset()) -> list[Relaxation]:
    """Relaxations that give at least one title: people last (``KEPT_LONGEST``), those of the fields in
    ``first`` (what the viewer said in earlier turns) before the rest, then fewest-change first, then most
    titles."""
    options: list[tuple[tuple[bool, int, int], Relaxation]] = []
    for name in c.hard_fields():
        for cost, relaxed, label in _variants(snapshot, c, name, excluded_rows):
            count = int(hard_mask(snapshot, relaxed, excluded_rows).sum())
            if count:
                rank = (name in KEPT_LONGEST, 0 if name in first else 1, cost)
                options.append((rank, Relaxation(name, label, count, relaxed)))
    options.sort(key=lambda o: (o[0], -o[1].count))
    seen: set[str] = set()
    out = []
    for _, r in options:
        if r.label not in seen:
            seen.add(r.label)
            out.append(r)
    return out[:MAX_SUGGESTIONS]


# bound field -> (value column, is an upper bound, label of the widened bound)
BOUNDS: dict[str, tuple[str, bool, str]] = {
    "max_minutes": ("runtime", True, "allow up to {} minutes"),
    "min_minutes": ("runtime", False, "allow from {} minutes"),
    "year_min": ("year", False, "include titles from {} on"),
    "year_max": ("year", True, "include titles up to {}"),
    "min_seasons": ("seasons", False, "allow series with {} seasons or more"),
    "max_seasons": ("seasons", True, "allow series with up to {} seasons"),
}
_COLUMNS = {"runtime": "runtimes", "year": "years", "seasons": "seasons"}


def _variants(s: CatalogSnapshot, c: Constraints, name: str, excluded: list[int]):
    """(cost, relaxed constraints, label) candidates for one field; cost 0 = widen, 1 = drop."""
    if name in BOUNDS:
        widened = _widened_bound(s, c, excluded, name)
        if widened is not None:
            label = _LABELS[name] if name == "min_seasons" and widened <= 1 else BOUNDS[name][2].format(widened)
            yield 0, c.model_copy(update={name: widened}), label
    if name == "audience":
        milder = _milder_audience(s, c, excluded)
        if milder is not None:
            yield 0, *milder
    if name in ("genres", "countries", "languages", "actors", "directors", "any_people") and len(getattr(c, name)) > 1:
        for value in getattr(c, name):
            rest = [v for v in getattr(c, name) if v != value]
            yield 0, c.model_copy(update={name: rest}), f"drop '{value}'"
    if name == "exclude_topics" and len(c.exclude_topics) > 1:
        for value in c.exclude_topics:  # "allow zombies", the other topics kept out
            yield 0, c.model_copy(update={name: [v for v in c.exclude_topics if v != value]}), f"allow {topic_words(value)}"
    empty = None if getattr(c, name) is None or not isinstance(getattr(c, name), list) else []
    label = _LABELS[name]
    if name == "genres":
        label = "allow any genre instead of " + " & ".join(c.genres)
    if name == "exclude_topics":  # "allow superheroes"
        label = "allow " + " & ".join(topic_words(t) for t in c.exclude_topics)
    yield 1, c.model_copy(update={name: empty}), label


def _milder_audience(s: CatalogSnapshot, c: Constraints, excluded: list[int]) -> tuple[Constraints, str] | None:
    """The nearest milder-than-adult maturity level that has titles ("kids" → "family"): a parent offered
    PG titles for an 8-year-old keeps the director or genre they asked for instead of being offered to
    drop it, and is never offered R titles for a toddler as the "nearest" change."""
    if c.audience not in AUDIENCES[:-2]:
        return None  # adult has nothing milder to widen to; teen's next step is "any audience"
    for level in AUDIENCES[AUDIENCES.index(c.audience) + 1:-1]:
        relaxed = c.model_copy(update={"audience": level})
        if hard_mask(s, relaxed, excluded).any():
            top = [r for r in ratings_for_audience(level) if r not in ratings_for_audience(AUDIENCES[AUDIENCES.index(level) - 1])]
            return relaxed, "allow titles rated up to " + " and ".join(top)
    return None


def _widened_bound(s: CatalogSnapshot, c: Constraints, excluded: list[int], field: str) -> int | None:
    """The closest bound that admits ``WANTED`` titles when every other constraint holds."""
    kind, upper, _ = BOUNDS[field]
    others = hard_mask(s, c.model_copy(update={field: None}), excluded)
    values = getattr(s, _COLUMNS[kind])[others]
    values = np.sort(values[values != UNKNOWN])
    current = getattr(c, field)
    beyond = values[values > current] if upper else values[values < current][::-1]
    if len(beyond) == 0:
        return None
    return int(beyond[min(WANTED, len(beyond)) - 1])
