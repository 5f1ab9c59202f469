"""The cold-start prior: how likely a title is a good first suggestion when the viewer gave no signal.

The bundled catalog (Netflix titles) has no popularity, views or ratings by viewers, so the prior is
derived from what every row does have, computed once when the snapshot loads (issue 11 item 4;
documented in docs/contracts.md "Cold-start prior and what's new"):

* **added** (weight 0.35): how recently the service added the title, relative to the catalog's *newest*
  ``date_added`` (never today's date: a catalog is a snapshot), halving every ``ADDED_HALF_LIFE_DAYS``.
  A service adds what it expects people to watch now.
* **release** (0.20): how recent the release year is, relative to the catalog's newest release year.
* **breadth** (0.15): how widely it was made or kept going: the number of production countries (a
  co-production is a wider release) and, for a series, the number of seasons (a series that was renewed
  found an audience).
* **completeness** (0.30): the share of facts the catalog knows (synopsis, director, a cast of three or
  more, maturity rating, runtime or seasons, a country). Titles the catalog describes fully are the ones a
  viewer can judge from a card; sparse rows are often filler uploads.

A host app's own ``popularity`` (0..1), when a row has one, weighs as much as all of that together.
Everything is in [0, 1]; ``PRIOR_WEIGHT`` in ranking.py decides how much it moves a ranked list.
"""

from __future__ import annotations

import numpy as np

WEIGHTS = {"added": 0.35, "release": 0.20, "breadth": 0.15, "completeness": 0.30}
ADDED_HALF_LIFE_DAYS = 365.0
RELEASE_SCALE_YEARS = 15.0
BREADTH_COUNTRIES = 4   # this many production countries or more: the widest release
BREADTH_SEASONS = 6     # this many seasons or more: the longest-running series
POPULARITY_SHARE = 0.5  # a host app's popularity, when known, against the derived prior


def catalog_prior(years: np.ndarray, added_days: np.ndarray, countries: np.ndarray, seasons: np.ndarray,
                  completeness: np.ndarray, popularity: np.ndarray | None = None, unknown: int = -1) -> np.ndarray:
    """The prior of every row (float32 in [0, 1]).

    ``years``: release year or ``unknown``; ``added_days``: day number of ``date_added`` (any epoch) or
    ``unknown``; ``countries``: production country count; ``seasons``: season count or ``unknown``;
    ``completeness``: share of known facts in [0, 1]; ``popularity``: NaN where unknown.
    """
    w = WEIGHTS
    prior = (w["added"] * _added(added_days, unknown) + w["release"] * _release(years, unknown)
             + w["breadth"] * _breadth(countries, seasons) + w["completeness"] * np.clip(completeness, 0, 1))
    prior = prior.astype(np.float32)
    if popularity is None:
        return prior
    known = ~np.isnan(popularity)
    blended = (1 - POPULARITY_SHARE) * prior + POPULARITY_SHARE * np.nan_to_num(popularity)
    return np.where(known, blended, prior).astype(np.float32)


def _added(days: np.ndarray, unknown: int) -> np.ndarray:
    known = days != unknown
    if not known.any():
        return np.zeros(len(days), np.float32)
    age = (days[known].max() - days).astype(np.float32)
    return np.where(known, np.exp2(-age / ADDED_HALF_LIFE_DAYS), 0.0).astype(np.float32)


def _release(years: np.ndarray, unknown: int) -> np.ndarray:
    known = years != unknown
    if not known.any():
        return np.zeros(len(years), np.float32)
    age = (years[known].max() - years).astype(np.float32).clip(0, None)
    return np.where(known, np.exp(-age / RELEASE_SCALE_YEARS), 0.0).astype(np.float32)


def _breadth(countries: np.ndarray, seasons: np.ndarray) -> np.ndarray:
    by_countries = np.log1p(np.clip(countries, 0, BREADTH_COUNTRIES)) / np.log1p(BREADTH_COUNTRIES)
    by_seasons = np.log1p(np.clip(seasons, 0, BREADTH_SEASONS)) / np.log1p(BREADTH_SEASONS)
    # one season says nothing (every series has one): only renewals count
    by_seasons = np.where(seasons > 1, by_seasons, 0.0)
    return np.maximum(by_countries, by_seasons).astype(np.float32)


def completeness(has_description: np.ndarray, has_director: np.ndarray, cast_size: np.ndarray,
                 has_rating: np.ndarray, has_length: np.ndarray, has_country: np.ndarray) -> np.ndarray:
    """The share of the six facts a card and the filters rely on that the catalog knows for each row."""
    facts = [has_description, has_director, cast_size >= 3, has_rating, has_length, has_country]
    return (np.sum([f.astype(np.float32) for f in facts], axis=0) / len(facts)).astype(np.float32)
