"""Season counts and release years relative to the catalog, checked against the parsed fixture records.

Seasons are a hard constraint only series can satisfy (a movie's seasons are unknown). ``recent_years`` /
``older_than_years`` are resolved against the catalog's newest release year — never today's date — and the
answer echoes the absolute years it applied (docs/contracts.md "Recency").
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from contract.constraints import OLD_YEARS, RECENT_YEARS
from recommender.constraints import Constraints, RecommendationRequest
from recommender.filters import hard_mask
from recommender.relaxation import suggest

from snapshot_filter import kept


@pytest.mark.parametrize(("lo", "hi"), [(1, 1), (4, None), (None, 2), (2, 3)])
def test_season_bounds_keep_exactly_the_series_within_them(snapshot, netflix_small_records, lo, hi):
    expected = {r.source_id for r in netflix_small_records
                if r.seasons is not None and (lo is None or r.seasons >= lo) and (hi is None or r.seasons <= hi)}
    assert expected and kept(snapshot, min_seasons=lo, max_seasons=hi) == expected


def test_a_movie_never_satisfies_a_season_count(snapshot, netflix_small_records):
    movies = {r.source_id for r in netflix_small_records if r.type == "movie"}
    assert not kept(snapshot, max_seasons=50) & movies


def test_season_bounds_are_validated():
    with pytest.raises(ValidationError):
        Constraints(min_seasons=3, max_seasons=2)
    with pytest.raises(ValidationError):
        Constraints(min_seasons=0)


def test_newest_year_is_the_catalogs_not_todays(snapshot, netflix_small_records):
    assert snapshot.newest_year == max(r.release_year for r in netflix_small_records if r.release_year) == 2021


def test_recent_and_old_resolve_against_the_newest_release_year(snapshot, netflix_small_records):
    newest = snapshot.newest_year
    recent = {r.source_id for r in netflix_small_records if r.release_year and r.release_year > newest - RECENT_YEARS}
    old = {r.source_id for r in netflix_small_records if r.release_year and r.release_year <= newest - OLD_YEARS}
    assert recent and kept(snapshot, recent_years=RECENT_YEARS) == recent
    assert old and kept(snapshot, older_than_years=OLD_YEARS) == old


def test_relative_and_absolute_years_intersect():
    c = Constraints(recent_years=3, year_max=2020).with_absolute_years(2021)
    assert (c.year_min, c.year_max, c.recent_years) == (2019, 2020, None)
    c = Constraints(older_than_years=10, year_max=2000).with_absolute_years(2021)
    assert (c.year_min, c.year_max, c.older_than_years) == (None, 2000, None)
    assert Constraints(genres=["comedy"]).with_absolute_years(2021) == Constraints(genres=["comedy"])


def test_the_answer_echoes_the_absolute_years_it_applied(fixture_recommender):
    result = fixture_recommender.recommend(RecommendationRequest(constraints={"genres": ["horror"], "recent_years": 3}))
    assert result["constraints"] == {"genres": ["horror"], "year_min": 2019}
    assert result["items"] and all(item["year"] >= 2019 for item in result["items"])
    old = fixture_recommender.recommend(RecommendationRequest(constraints={"genres": ["horror"], "older_than_years": 10}))
    assert old["constraints"] == {"genres": ["horror"], "year_max": 2011}
    assert old["items"] and all(item["year"] <= 2011 for item in old["items"])


def test_an_impossible_season_count_offers_a_widened_one(snapshot):
    c = Constraints(genres=["horror"], min_seasons=10)
    assert not hard_mask(snapshot, c).any()
    offers = suggest(snapshot, c, [])
    assert offers and offers[0].drop == "min_seasons"
    assert offers[0].constraints.min_seasons < 10 and "seasons" in offers[0].label
    assert hard_mask(snapshot, offers[0].constraints).sum() == offers[0].count
