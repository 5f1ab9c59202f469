"""A viewer's taste, from what they told us and what they watched, with recency decay.

Signals and their weights (``SIGNAL_WEIGHTS``), each halved every ``half_life_days`` of age:
- like +1, dislike -1: explicit;
- completion +0.8, play +0.15, progress ``0.6 * share - 0.1`` (stopping within the first sixth reads as
  mild disinterest): what the host app reports through ``POST /api/events``.

They act in two ways, so a dislike is a signal and not only a hidden title:
- **genre affinity**: every genre of a signalled title collects the signal's weight; a genre's affinity
  is that sum over (number of signals + ``SMOOTHING``), in [-1, 1], a liked genre's scaled down by
  ``LIKED_GENRE_SHARE`` (likes already steer through the liked vector). A title's taste score is the sum of
  its genres' affinities (clipped), and it moves the title's prior — so after three disliked horror
  films, horror ranks lower everywhere, and the pool of a vague request holds fewer horror titles;
- **the liked vector**: titles with a positive weight are averaged (by weight) into the profile vector
  the soft query already blends in (``Recommender._soft_signal``).

Liked, disliked, seen and completed titles are not offered again. A viewer who turned
personalisation off gets only those exclusions, which they asked for explicitly.
The work per request is a few bit operations per signalled genre over the catalog (no matrix products),
so a personal request costs about what an anonymous one does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from recommender.cap_context import OPINIONS
from recommender.profiles import Signals, now
from recommender.snapshot import CatalogSnapshot, genre_mask

SIGNAL_WEIGHTS = {"like": 1.0, "dislike": -1.0, "completion": 0.8, "play": 0.15}
PROGRESS_SLOPE, PROGRESS_OFFSET = 0.6, 0.1
SMOOTHING = 2.0           # a genre touched by one signal does not swing the whole catalog
GENRE_WEIGHT = 0.15       # taste score -> relevance units (a cosine difference between neighbours is ~0.05)
# Liked genres pull with this share of a disliked genre's push: likes already steer through the liked
# vector, and a viewer's favourite genre must not override what they explicitly ask for now.
LIKED_GENRE_SHARE = 0.3
MAX_GENRE_SCORE = 1.0


@dataclass(frozen=True)
class TasteConfig:
    """How signals count; the benchmark turns parts off to measure them."""

    half_life_days: float = 120.0
    personalize: bool = True      # False: no taste at all (the unpersonalised baseline)
    use_dislikes: bool = True     # False: dislikes only hide their titles


DEFAULT_CONFIG = TasteConfig()


@dataclass(frozen=True)
class Taste:
    """What one request needs from a viewer's signals."""

    liked: list[str] = field(default_factory=list)            # positive titles, strongest first
    hidden: list[str] = field(default_factory=list)           # never offered again
    genre_affinity: dict[str, float] = field(default_factory=dict)

    @property
    def feedback(self) -> dict[str, list[str]]:
        """The shape ``Recommender`` used before the taste model: ``like`` shapes, the rest hide."""
        return {"like": self.liked, "dislike": [], "seen": self.hidden}

    def adjust_prior(self, snapshot: CatalogSnapshot, prior: np.ndarray) -> np.ndarray:
        """``prior`` moved by the genre taste, in prior units (the ranking weighs the prior by ``PRIOR_WEIGHT``)."""
        if not self.genre_affinity:
            return prior
        from recommender.ranking import PRIOR_WEIGHT

        score = np.zeros(len(prior), np.float32)
        for genre, affinity in self.genre_affinity.items():
            score += np.float32(affinity) * ((snapshot.genre_bits & genre_mask([genre])) != 0)
        np.clip(score, -MAX_GENRE_SCORE, MAX_GENRE_SCORE, out=score)
        return prior + (GENRE_WEIGHT / PRIOR_WEIGHT) * score


def decay(age: dt.timedelta, half_life_days: float) -> float:
    days = max(age.total_seconds(), 0.0) / 86400
    return 0.5 ** (days / half_life_days) if half_life_days > 0 else 1.0


def event_weight(kind: str, progress: float | None) -> float:
    if kind == "progress":
        return PROGRESS_SLOPE * (progress or 0.0) - PROGRESS_OFFSET
    return SIGNAL_WEIGHTS.get(kind, 0.0)


def taste_of(snapshot: CatalogSnapshot, signals: Signals, config: TasteConfig = DEFAULT_CONFIG,
             at: dt.datetime | None = None, ignore: frozenset[str] = frozenset()) -> Taste:
    """The taste of one viewer at ``at`` (now by default). Likes and dislikes of titles in ``ignore``
    (given under a kids cap, recommender/cap_context.py, when this search has none) still hide them but
    shape nothing."""
    hidden = list(dict.fromkeys([*signals.ids("like"), *signals.ids("dislike"), *signals.ids("seen"),
                                 *signals.completed()]))
    if not (config.personalize and signals.personalize):
        return Taste(hidden=hidden)
    at = at or now()
    weights: dict[str, float] = {}
    for f in signals.feedback:
        if (f.kind == "dislike" and not config.use_dislikes) or (f.kind in OPINIONS and f.item_id in ignore):
            continue
        weights[f.item_id] = weights.get(f.item_id, 0.0) + SIGNAL_WEIGHTS.get(f.kind, 0.0) * decay(at - f.at, config.half_life_days)
    for e in signals.events:
        weights[e.item_id] = weights.get(e.item_id, 0.0) + event_weight(e.kind, e.progress) * decay(at - e.at, config.half_life_days)
    weights = {i: w for i, w in weights.items() if i in snapshot.row_of and w != 0.0}
    affinity: dict[str, float] = {}
    for item_id, w in weights.items():
        for genre in snapshot.genres_of(snapshot.row_of[item_id]):
            affinity[genre] = affinity.get(genre, 0.0) + w
    total = len(weights) + SMOOTHING
    liked = [i for i, w in sorted(weights.items(), key=lambda kv: -kv[1]) if w > 0]
    return Taste(liked=liked, hidden=hidden,
                 genre_affinity={g: (a if a < 0 else LIKED_GENRE_SHARE * a) / total
                                 for g, a in affinity.items() if a != 0.0})


EXPLAIN_MIN_SIMILARITY = 0.45  # below this, a liked title is not what moved the pick
EXPLAIN_MAX_LIKED = 50         # the most recent positive titles considered


def explain(snapshot: CatalogSnapshot, vectors: np.ndarray, items: list[dict[str, Any]],
            liked: list[str]) -> list[dict[str, Any]]:
    """Items whose reason says which liked title they resemble ("… · because you liked Dark").

    A title is named when it is the liked title most similar to the pick (cosine of their vectors, at
    least ``EXPLAIN_MIN_SIMILARITY``) and the two share a genre: the signals that shaped the ranking."""
    from contract import wording

    rows = [snapshot.row_of[i] for i in liked[:EXPLAIN_MAX_LIKED] if i in snapshot.row_of]
    if not rows or not items:
        return items
    liked_vecs = vectors[rows].astype(np.float32)
    out = []
    for item in items:
        row = snapshot.row_of.get(item["id"])
        if row is None:
            out.append(item)
            continue
        sims = liked_vecs @ vectors[row].astype(np.float32)
        best = int(np.argmax(sims))
        shared = set(snapshot.genres_of(rows[best])) & set(snapshot.genres_of(row))
        if sims[best] < EXPLAIN_MIN_SIMILARITY or not shared:
            out.append(item)
            continue
        because = wording.because_you_liked(snapshot.titles[rows[best]])
        out.append({**item, "reason": wording.SEP.join(p for p in (item.get("reason"), because) if p)})
    return out
