"""The shape of an excluded kind (contract.constraints: "<genre>+<genre>[@<origin>]"), the one home of the compound
pairs (contract.vocabulary.COMPOUND_KINDS) and how a refused combination is worded."""

from __future__ import annotations

from contract.constraints import excluded_kind, origin_genre, split_kind, split_origin_genre
from contract.vocabulary import COMPOUND_KINDS, GENRE_IDS, TRUE_CRIME, compound_name
from contract.wording import describe, origin_genres_words


def test_a_combination_is_written_in_one_order():
    assert excluded_kind(["documentary", "crime"]) == excluded_kind(["crime", "documentary"]) == "crime+documentary"
    assert excluded_kind(["romance", "comedy"], "ko") == "comedy+romance@ko"
    assert excluded_kind(["drama"], "es") == origin_genre("drama", "es")


def test_a_value_splits_into_its_genres_and_origin():
    assert split_kind("crime+documentary") == (("crime", "documentary"), None)
    assert split_kind("comedy+romance@ko") == (("comedy", "romance"), "ko")
    assert split_kind("drama@es") == (("drama",), "es")
    assert split_origin_genre("drama@es") == ("drama", "es")


def test_a_lone_genre_or_an_empty_part_is_no_kind():
    # near misses: "drama" is exclude_genres' to say; empty parts say nothing
    for bad in ("drama", "crime+", "+crime", "drama@", "crime+documentary@"):
        assert split_kind(bad) is None


def test_the_pairs_name_known_genres_and_true_crime_is_one():
    assert all(set(pair) <= GENRE_IDS for pair in COMPOUND_KINDS)
    assert TRUE_CRIME in COMPOUND_KINDS and "true crime" in COMPOUND_KINDS[TRUE_CRIME]


def test_a_refused_combination_is_worded_by_its_name():
    assert compound_name(["documentary", "crime"]) == "true crime"
    assert origin_genres_words(["crime+documentary"]) == "no true crime"
    assert origin_genres_words(["comedy+romance"]) == "no rom-com"
    assert origin_genres_words(["anime+comedy"]) == "no anime comedy"
    assert origin_genres_words(["comedy+romance@ko", "drama@ko"]) == "no rom-com or drama in Korean"
    assert "no true crime" in describe({"genres": ["documentary"], "exclude_origin_genres": ["crime+documentary"]})
