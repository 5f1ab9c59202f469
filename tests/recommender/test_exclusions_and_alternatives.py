"""Issue 10 constraints checked against the parsed fixture records (not the snapshot): genre alternatives
(``any_genres``), excluded countries and languages, the preschool audience and the clean cap.

An exclusion is a hard constraint: an item whose country or language the catalog does not know might be
the excluded one, so it does not satisfy it (DESIGN.md "Hard vs soft constraints").
"""

from __future__ import annotations

import pytest

from contract.vocabulary import CLEAN_AUDIENCE, COUNTRY_LANGUAGES, NETFLIX_TAG_COUNTRIES, ratings_for_audience
from recommender.constraints import Constraints, RecommendationRequest

from snapshot_filter import kept

ADULT_RATINGS = {"R", "TV-MA", "NC-17"}


@pytest.mark.parametrize("either", [["comedy", "horror"], ["anime", "sci-fi", "documentary"]])
def test_any_genres_keeps_items_with_at_least_one(snapshot, netflix_small_records, either):
    expected = {r.source_id for r in netflix_small_records if set(either) & set(r.genres)}
    assert expected and kept(snapshot, any_genres=either) == expected


def test_any_genres_combines_with_required_genres(snapshot, netflix_small_records):
    expected = {r.source_id for r in netflix_small_records
                if "romance" in r.genres and {"comedy", "drama"} & set(r.genres)}
    assert expected and kept(snapshot, genres=["romance"], any_genres=["comedy", "drama"]) == expected


def test_excluded_languages_keep_only_items_known_to_be_in_another_language(snapshot, netflix_small_records):
    # round 25c: nor from a country where the language is spoken (a tag may file a Korean series as British)
    spoken = {c for c, code in COUNTRY_LANGUAGES.items() if code in ("ko", "ja")}
    expected = {r.source_id for r in netflix_small_records if r.languages and not {"ko", "ja"} & set(r.languages)
                and not spoken & set(r.countries)}
    got = kept(snapshot, exclude_languages=["Korean", "ja"])  # a name or a code, as for ``languages``
    assert expected and got == expected
    assert not any({"ko", "ja"} & set(r.languages) for r in netflix_small_records if r.source_id in got)


def test_excluded_countries_keep_only_items_known_to_come_from_elsewhere(snapshot, netflix_small_records):
    def origins(r):  # the country column plus the origin a Netflix tag states
        return {c.lower() for c in r.countries} | {NETFLIX_TAG_COUNTRIES[t].lower() for t in r.tags
                                                   if t in NETFLIX_TAG_COUNTRIES}

    expected = {r.source_id for r in netflix_small_records if origins(r) and "india" not in origins(r)}
    assert expected and kept(snapshot, exclude_countries=["india"]) == expected


def test_preschool_allows_only_the_youngest_ratings(snapshot, netflix_small_records):
    expected = {r.source_id for r in netflix_small_records if r.rating in {"TV-Y", "TV-G", "G"}}
    assert expected and kept(snapshot, audience="preschool") == expected
    assert set(ratings_for_audience("preschool")) == {"TV-Y", "TV-G", "G"}


def test_the_clean_cap_never_allows_an_adult_or_teen_rating(snapshot, netflix_small_records):
    got = kept(snapshot, audience=CLEAN_AUDIENCE)
    ratings = {r.source_id: r.rating for r in netflix_small_records}
    assert got and not {ratings[i] for i in got} & (ADULT_RATINGS | {"PG-13", "TV-14"})


def test_unknown_values_are_refused_at_the_boundary():
    for body in ({"any_genres": ["comedy", "nope"]}, {"exclude_languages": ["klingon"]}):
        with pytest.raises(ValueError):
            Constraints(**body)


def test_the_recommender_answers_and_echoes_the_new_fields(fixture_recommender):
    answer = fixture_recommender.recommend(RecommendationRequest(
        constraints={"any_genres": ["comedy", "horror"], "exclude_languages": ["ko"], "audience": "family"},
        limit=20))
    assert answer["items"]
    for item in answer["items"]:
        assert {"comedy", "horror"} & set(item["genres"]) and item["rating"] not in ADULT_RATINGS
    assert answer["constraints"]["any_genres"] == ["comedy", "horror"]
    assert answer["constraints"]["exclude_languages"] == ["ko"]


def test_nothing_matching_offers_a_relaxation_for_the_new_fields(fixture_recommender):
    answer = fixture_recommender.recommend(RecommendationRequest(
        constraints={"any_genres": ["horror", "thriller"], "audience": "preschool", "exclude_countries": ["Japan"]}))
    assert answer["items"] == [] and answer["relaxations"]


def test_a_title_filed_under_a_country_tag_counts_as_from_that_country(snapshot):
    # s3643 lists only the United States as its country but Netflix files it under British TV Shows;
    # s7034 lists no country and is filed under Korean TV Shows.
    assert "s3643" not in kept(snapshot, exclude_countries=["united kingdom"])
    assert "s3643" in kept(snapshot, countries=["united kingdom"])
    assert "s7034" in kept(snapshot, countries=["south korea"])
    assert "s7034" not in kept(snapshot, exclude_countries=["south korea"])


def test_any_people_keeps_items_with_one_of_them_acting_or_directing(snapshot, netflix_small_records):
    actor = next(r.cast[0] for r in netflix_small_records if r.cast)
    director = next(r.directors[0] for r in netflix_small_records if r.directors and actor not in r.cast)
    expected = {r.source_id for r in netflix_small_records
                if {actor, director} & (set(r.cast) | set(r.directors))}
    got = kept(snapshot, any_people=[actor, director])
    assert got == expected and len(got) > len(kept(snapshot, actors=[actor]))
