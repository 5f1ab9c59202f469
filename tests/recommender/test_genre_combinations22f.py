"""A kind that is a combination of genres ruled out (round 22: ``exclude_origin_genres`` value "crime+documentary",
"comedy+romance", optionally "@<origin>"): the filter leaves out only the titles with EVERY genre of the kind, never a
title with one of them; the API refuses an unknown genre in the combination with the valid genres."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from recommender.constraints import Constraints, InvalidValue

from snapshot_filter import kept


def _ids(records, test) -> set[str]:
    return {r.source_id for r in records if test(r)}


def test_true_crime_leaves_out_crime_documentaries_only(snapshot, netflix_small_records):
    both = _ids(netflix_small_records, lambda r: {"crime", "documentary"} <= set(r.genres))
    got = kept(snapshot, exclude_origin_genres=["crime+documentary"])
    assert both and not both & got
    assert _ids(netflix_small_records, lambda r: r.source_id not in both) == got


def test_either_genre_alone_stays(snapshot, netflix_small_records):
    # near miss: a documentary that is not crime, and crime that is no documentary, are no true crime
    got = kept(snapshot, exclude_origin_genres=["crime+documentary"])
    assert any("documentary" in r.genres and "crime" not in r.genres and r.source_id in got
               for r in netflix_small_records)
    assert any("crime" in r.genres and "documentary" not in r.genres and r.source_id in got
               for r in netflix_small_records)


def test_a_combination_of_three_genres_needs_all_three(snapshot, netflix_small_records):
    kind = ("comedy", "drama", "romance")
    gone = _ids(netflix_small_records, lambda r: set(kind) <= set(r.genres))
    got = kept(snapshot, exclude_origin_genres=["+".join(kind)])
    assert _ids(netflix_small_records, lambda r: r.source_id not in gone) == got


def test_a_combination_from_one_origin(snapshot, netflix_small_records):
    gone = _ids(netflix_small_records, lambda r: {"comedy", "drama"} <= set(r.genres) and "India" in r.countries)
    got = kept(snapshot, exclude_origin_genres=["comedy+drama@India"])
    assert gone and not gone & got
    assert any({"comedy", "drama"} <= set(r.genres) and "India" not in r.countries and r.source_id in got
               for r in netflix_small_records)


def test_values_are_normalised_to_one_order():
    c = Constraints(exclude_origin_genres=["documentary+crime", "Crime+Documentary", "romance+comedy@Korean"])
    assert c.exclude_origin_genres == ["crime+documentary", "comedy+romance@ko"]


def _cause(**fields) -> InvalidValue:
    with pytest.raises(ValidationError) as err:
        Constraints(**fields)
    cause = err.value.errors()[0]["ctx"]["error"]
    assert isinstance(cause, InvalidValue)
    return cause


@pytest.mark.parametrize("bad", ["crime+docs", "noir+comedy", "crime+documentary+gore"])
def test_an_unknown_genre_in_a_combination_is_refused_with_the_genres(bad):
    cause = _cause(exclude_origin_genres=[bad])
    assert cause.field == "exclude_origin_genres" and "documentary" in cause.valid and "comedy" in cause.valid


@pytest.mark.parametrize("bad", ["crime+", "+crime", "drama+drama", "crime+documentary@Narnia"])
def test_a_malformed_combination_is_refused(bad):
    assert _cause(exclude_origin_genres=[bad]).field == "exclude_origin_genres"
