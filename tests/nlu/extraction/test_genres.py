"""Genre words, their synonyms and combined readings (nlu/extraction/genres.py, contracts §5).

Its phrases are rows of cases/genres.tsv (run by test_extractor.py); the tests here each name one behaviour.
"""

from __future__ import annotations

import pytest

from nlu_cases import Ent


def test_scary_movies_is_horror_plus_movie(ents):
    assert ents("scary movies") == [Ent("scary", "genre", "horror"), Ent("movies", "media_type", "movie")]


def test_funny_shows_is_comedy_plus_series(ents):
    assert ents("funny shows") == [Ent("funny", "genre", "comedy"), Ent("shows", "media_type", "series")]


def test_nostalgia_with_an_era_is_the_era_not_classics(values):
    assert values("feeling nostalgic for 90s sitcoms", "genre") == [("comedy", None)]


@pytest.mark.parametrize("text,expected", [
    ("my wife likes mysteries and i like horror", [("mystery", None), ("horror", None)]),
    ("he loves crime, i love sci-fi, anything with both?", [("crime", None), ("sci-fi", None)]),
])
def test_genres_named_as_peoples_tastes_are_all_wanted(values, text, expected):
    assert values(text, "genre") == expected


def test_a_subject_named_as_an_interest_stays_a_topic(values):
    assert values("a documentary for my nephew who is into history", "genre") == [("documentary", None)]


# --- round 7 (13n): musicals are musical films, not music documentaries -------------------------------------------

@pytest.mark.parametrize("text", ["a musical tonight, lots of dancing", "any good Musicals?"])
def test_musicals_ask_for_music_without_documentaries(values, text):
    assert ("music", None) in values(text, "genre")
    assert ("documentary", "exclude") in values(text, "genre")


@pytest.mark.parametrize("text", ["music docs about rock bands", "a concert film", "musical documentaries",
                                  "some music", "musicals or a documentary"])
def test_music_words_other_than_musicals_keep_documentaries(values, text):
    assert ("documentary", "exclude") not in values(text, "genre")


def test_ruled_out_musicals_exclude_no_documentary(values):
    assert values("nothing with musicals", "genre") == [("music", "exclude")]


def test_love_as_the_subject_is_romance(values):
    for text in ("i would like a film about love", "something about falling in love tonight"):
        assert values(text, "genre") == [("romance", None)], text
    assert values("the power of love", "genre") == []


def test_a_serie_of_police_is_crime_series(values):
    assert values("one serie of police please", "genre") == [("crime", None)]
    assert ("series", None) in values("one serie of police please", "media_type")


def test_a_documentary_about_a_subject_is_no_fiction_genre(ents):
    """"space" after "documentary about" is what the film is about: the topic ranks, no sci-fi."""
    found = ents("a documentary about space travel for my class")
    assert [(e.entity, e.value) for e in found if e.entity == "genre"] == [("genre", "documentary")]
    assert [e.surface for e in found if e.entity == "genre"] == ["documentary"]
    assert ("genre", "sci-fi") in [(e.entity, e.value) for e in ents("a space movie")]
