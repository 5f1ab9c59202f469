"""A superlative as a sort order (docs/contracts.md "Sort order"): ``sort`` orders every title that satisfies the
hard constraints from one far end — runtime for shortest/longest (seasons for a series-only search), release year
for oldest/newest — so the list starts at the catalog's real extreme, not at the extreme of the usual top five.
Checked on the real fixture catalog (SQLite) against its parsed records."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from recommender.constraints import Constraints, RecommendationRequest


def _answer(recommender, **constraints):
    return recommender.recommend(RecommendationRequest(constraints=constraints, limit=5))


def _comedy_movies(records):
    return [r for r in records if r.type == "movie" and "comedy" in r.genres and r.runtime_minutes]


def test_shortest_comedy_starts_at_the_shortest_runtime(fixture_recommender, netflix_small_records):
    answer = _answer(fixture_recommender, genres=["comedy"], sort="shortest")
    runtimes = [i["duration_minutes"] for i in answer["items"]]
    assert runtimes == sorted(runtimes) and len(runtimes) == 5
    assert runtimes[0] == min(r.runtime_minutes for r in _comedy_movies(netflix_small_records))
    assert answer["constraints"]["sort"] == "shortest"


def test_longest_movie_starts_at_the_longest_runtime(fixture_recommender, netflix_small_records):
    answer = _answer(fixture_recommender, media_type="movie", sort="longest")
    runtimes = [i["duration_minutes"] for i in answer["items"]]
    assert runtimes == sorted(runtimes, reverse=True)
    assert runtimes[0] == max(r.runtime_minutes for r in netflix_small_records if r.type == "movie" and r.runtime_minutes)


def test_longest_series_sorts_by_seasons(fixture_recommender, netflix_small_records):
    answer = _answer(fixture_recommender, media_type="series", sort="longest")
    seasons = [i["seasons"] for i in answer["items"]]
    assert None not in seasons and seasons == sorted(seasons, reverse=True)
    assert seasons[0] == max(r.seasons for r in netflix_small_records if r.seasons)


@pytest.mark.parametrize(("order", "pick"), [("oldest", min), ("newest", max)])
def test_oldest_and_newest_sort_by_release_year(fixture_recommender, netflix_small_records, order, pick):
    answer = _answer(fixture_recommender, genres=["drama"], sort=order)
    years = [i["year"] for i in answer["items"]]
    assert years == sorted(years, reverse=(order == "newest"))
    assert years[0] == pick(r.release_year for r in netflix_small_records if "drama" in r.genres and r.release_year)


def test_the_sort_keeps_the_hard_constraints(fixture_recommender):
    answer = _answer(fixture_recommender, genres=["comedy"], max_minutes=100, sort="longest")
    assert all("comedy" in i["genres"] and i["duration_minutes"] <= 100 for i in answer["items"])
    assert answer["items"][0]["duration_minutes"] <= 100


def test_without_a_sort_the_list_is_the_usual_ranking(fixture_recommender):
    plain = _answer(fixture_recommender, genres=["comedy"])
    assert [i["id"] for i in plain["items"]] != [i["id"] for i in _answer(fixture_recommender, genres=["comedy"],
                                                                         sort="shortest")["items"]]
    assert "sort" not in plain["constraints"]


def test_an_unknown_sort_order_is_refused():
    with pytest.raises(ValidationError):
        Constraints(sort="loudest")
    assert Constraints(sort=" Oldest ").sort == "oldest"
