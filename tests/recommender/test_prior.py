"""The cold-start prior and "what's new" (issue 11 item 4; recommender/prior.py, docs/contracts.md
"Cold-start prior and what's new"): the prior comes from what the catalog has (date added relative to its
newest addition, release year, breadth, completeness), and "just added" is relative to the catalog's newest
``date_added``, never to today's date. The fixture catalog is checked against its raw CSV records."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from contract.constraints import NEW_ARRIVAL_DAYS
from recommender.constraints import RecommendationRequest
from recommender.prior import catalog_prior, completeness

U = -1  # unknown


def prior(years=(2020, 2020), added=(100, 100), countries=(1, 1), seasons=(U, U), facts=(1.0, 1.0), popularity=None):
    return catalog_prior(np.array(years), np.array(added), np.array(countries), np.array(seasons),
                         np.array(facts, np.float32), None if popularity is None else np.array(popularity, np.float32))


def test_a_later_addition_ranks_higher_relative_to_the_newest_addition_not_today():
    p = prior(added=(1000, 1000 - 365))
    assert p[0] > p[1]
    assert np.allclose(prior(added=(10, 10 - 365)), p)  # only the distance to the newest addition counts


def test_a_fully_described_title_ranks_above_a_sparse_one():
    facts = completeness(np.array([True, True]), np.array([True, False]), np.array([5, 0]),
                         np.array([True, True]), np.array([True, True]), np.array([True, False]))
    assert facts[0] == 1.0 and facts[1] == 0.5
    p = prior(facts=facts)
    assert p[0] > p[1]


def test_a_renewed_series_and_a_co_production_count_as_a_wider_release():
    assert prior(seasons=(5, 1))[0] > prior(seasons=(5, 1))[1]
    assert prior(countries=(3, 1))[0] > prior(countries=(3, 1))[1]


def test_unknown_dates_and_years_get_no_recency_and_the_prior_stays_in_unit_range():
    p = prior(years=(U, 2020), added=(U, 50))
    assert p[0] < p[1] and ((0 <= p) & (p <= 1)).all()


def test_a_host_popularity_is_blended_where_known():
    p = prior(popularity=[1.0, np.nan])
    assert p[0] > p[1] and p[1] == prior()[1]


def _date(record: Any) -> dt.date | None:
    return record.date_added if isinstance(record.date_added, dt.date) else None


def test_just_added_is_within_the_catalog_newest_month_of_additions(fixture_recommender, netflix_small_records):
    dates = {r.source_id: _date(r) for r in netflix_small_records}
    newest = max(d for d in dates.values() if d)
    result = fixture_recommender.recommend(RecommendationRequest(constraints={"added_days": NEW_ARRIVAL_DAYS}, limit=10))
    assert result["items"] and result["total_matches"] == sum(
        1 for d in dates.values() if d and (newest - d).days < NEW_ARRIVAL_DAYS)
    assert all((newest - dates[i["id"]]).days < NEW_ARRIVAL_DAYS for i in result["items"])


def test_a_vague_request_ranks_by_the_prior_with_variety(fixture_recommender):
    rec = fixture_recommender
    items = rec.recommend(RecommendationRequest(limit=5))["items"]
    rows = [rec.snapshot.row_of[i["id"]] for i in items]
    assert min(rec.snapshot.prior[rows]) >= np.quantile(rec.snapshot.prior, 0.9)
    assert len({i["genres"][0] if i["genres"] else "" for i in items}) >= 3
