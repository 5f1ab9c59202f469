"""A genre ruled out from one origin only (``exclude_origin_genres``, "no telenovelas" → drama@es): the filter leaves
out the titles with that genre from that origin and keeps the genre from elsewhere and the origin's other genres."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from contract.vocabulary import NETFLIX_TAG_COUNTRIES
from recommender.constraints import Constraints, InvalidValue
from recommender.relaxation import _LABELS

from snapshot_filter import kept


def _origins(r) -> set[str]:
    """The country column plus the origin a Netflix tag states, lower case (as the snapshot indexes them)."""
    return {c.lower() for c in r.countries} | {NETFLIX_TAG_COUNTRIES[t].lower() for t in r.tags
                                               if t in NETFLIX_TAG_COUNTRIES}


def test_a_genre_from_a_language_is_left_out_and_kept_elsewhere(snapshot, netflix_small_records):
    dropped = {r.source_id for r in netflix_small_records if "drama" in r.genres and "es" in r.languages}
    got = kept(snapshot, exclude_origin_genres=["drama@es"])
    assert dropped and not dropped & got
    assert {r.source_id for r in netflix_small_records if r.source_id not in dropped} == got


def test_the_origins_other_genres_and_the_genre_elsewhere_stay(snapshot, netflix_small_records):
    got = kept(snapshot, exclude_origin_genres=["drama@es"])
    assert any("drama" in r.genres and "es" not in r.languages and r.source_id in got for r in netflix_small_records)
    assert any("drama" not in r.genres and "es" in r.languages and r.source_id in got for r in netflix_small_records)


def test_a_genre_from_a_country_is_left_out(snapshot, netflix_small_records):
    dropped = {r.source_id for r in netflix_small_records if "comedy" in r.genres and "india" in _origins(r)}
    got = kept(snapshot, exclude_origin_genres=["comedy@India"])
    assert dropped and not dropped & got
    assert {r.source_id for r in netflix_small_records if r.source_id not in dropped} == got


def test_values_are_normalised_at_the_boundary():
    c = Constraints(exclude_origin_genres=["Drama@Spanish", "comedy@United Kingdom", "drama@ES"])
    assert c.exclude_origin_genres == ["drama@es", "comedy@United Kingdom"]


@pytest.mark.parametrize("bad", ["drama", "@es", "noir@es"])
def test_a_value_without_a_known_genre_and_an_origin_is_refused(bad):
    with pytest.raises(ValueError):
        Constraints(exclude_origin_genres=[bad])


def test_the_relaxation_has_a_label():
    assert _LABELS["exclude_origin_genres"] == "allow the excluded kinds"


def _cause(**fields) -> InvalidValue:
    """The InvalidValue behind pydantic's error (what the HTTP layer turns into a 400 with the valid values)."""
    with pytest.raises(ValidationError) as err:
        Constraints(**fields)
    cause = err.value.errors()[0]["ctx"]["error"]
    assert isinstance(cause, InvalidValue)
    return cause


@pytest.mark.parametrize("bad", ["drama@zz", "comedy@Narnia", "drama@Gotham City"])
def test_an_origin_that_is_neither_a_language_nor_a_country_is_refused_with_the_choices(bad):
    """"drama@zz" used to pass and silently leave nothing out; it is refused like the other closed fields."""
    cause = _cause(exclude_origin_genres=[bad])
    assert cause.field == "exclude_origin_genres" and "es" in cause.valid and "Mexico" in cause.valid


def test_a_malformed_value_is_refused_as_an_invalid_value():
    assert _cause(exclude_origin_genres=["drama"]).field == "exclude_origin_genres"


def test_a_country_the_catalog_may_lack_is_still_accepted_in_its_catalog_spelling():
    """Near miss: any country of the world is an origin ("comedy@bolivia"), written as the catalog writes it."""
    c = Constraints(exclude_origin_genres=["comedy@bolivia", "drama@South Korea"])
    assert c.exclude_origin_genres == ["comedy@Bolivia", "drama@South Korea"]
