""""Classic" / "old" and "black and white" (docs/contracts.md "Recency"): another era before the catalog's
newest title, and an era; the bundled catalog must hold enough such titles per common genre that "classic
comedy" is never empty.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from contract.constraints import BLACK_AND_WHITE_LAST_YEAR, CLASSIC_YEARS, GENERATION_YEARS, OLD_YEARS
from recommender.constraints import Constraints, RecommendationRequest

BUNDLED = Path(__file__).resolve().parents[2] / "catalogs" / "netflix-titles" / "netflix_titles.csv"
COMMON_GENRES = ("comedy", "drama", "action", "romance", "kids", "thriller", "horror", "sci-fi", "documentary")


@pytest.fixture(scope="module")
def bundled_records() -> list[Any]:
    from recommender.catalog.importers import parse_file

    return parse_file(BUNDLED, "netflix").records


def test_old_is_another_era_and_a_generation_is_twenty_years_before_the_newest_title() -> None:
    assert Constraints(older_than_years=OLD_YEARS).with_absolute_years(2021).year_max == 1990
    assert Constraints(older_than_years=GENERATION_YEARS).with_absolute_years(2021).year_max == 2001


def test_old_widened_to_a_generation_has_titles_in_every_common_genre(bundled_records: list[Any]) -> None:
    newest = max(r.release_year for r in bundled_records if r.release_year)
    classics = Counter(g for r in bundled_records if r.release_year and r.release_year <= newest - GENERATION_YEARS
                       for g in r.genres)
    thin = {g: classics[g] for g in COMMON_GENRES if classics[g] < 20}
    assert not thin, thin


def test_classics_are_more_than_three_decades_old_and_stocked_in_the_main_genres(bundled_records: list[Any]) -> None:
    assert Constraints(older_than_years=CLASSIC_YEARS).with_absolute_years(2021).year_max == 1990
    newest = max(r.release_year for r in bundled_records if r.release_year)
    classics = Counter(g for r in bundled_records if r.release_year and r.release_year <= newest - CLASSIC_YEARS
                       for g in r.genres)
    thin = {g: classics[g] for g in ("comedy", "drama", "action") if classics[g] < 20}
    assert not thin, thin


def test_the_bundled_catalog_has_black_and_white_era_titles(bundled_records: list[Any]) -> None:
    era = [r for r in bundled_records if r.release_year and r.release_year <= BLACK_AND_WHITE_LAST_YEAR]
    assert len(era) >= 30 and sum("comedy" in r.genres for r in era) >= 5


def test_classic_comedy_on_the_fixture_catalog(fixture_recommender: Any) -> None:
    answer = fixture_recommender.recommend(RecommendationRequest(
        constraints={"genres": ["comedy"], "older_than_years": OLD_YEARS}))
    assert answer["constraints"] == {"genres": ["comedy"], "year_max": 1990}
    assert answer["items"] and all(item["year"] <= 1990 and "comedy" in item["genres"] for item in answer["items"])
