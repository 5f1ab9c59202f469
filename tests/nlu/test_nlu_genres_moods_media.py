"""Genre, mood and media-type words, their synonyms and their typos (contracts §5)."""

from __future__ import annotations

import pytest

from conftest import Ent

GENRE_PHRASES = [
    ("comedies", "comedies", "comedy"),
    ("a comedy please", "comedy", "comedy"),
    ("any good rom-com?", "rom-com", "romance"),
    ("romcoms", "romcoms", "romance"),
    ("a romantic comedy", "romantic comedy", "romance"),
    ("some docs about food", "docs", "documentary"),
    ("documentaries", "documentaries", "documentary"),
    ("a docuseries", "docuseries", "documentary"),
    ("cartoons", "cartoons", "kids"),
    ("thrillers", "thrillers", "thriller"),
    ("sci-fi", "sci-fi", "sci-fi"),
    ("sci fi", "sci fi", "sci-fi"),
    ("scifi", "scifi", "sci-fi"),
    ("science fiction", "science fiction", "sci-fi"),
    ("anime", "anime", "anime"),
    ("true crime", "true crime", "crime"),
    ("stand-up", "stand-up", "stand-up"),
    ("standup", "standup", "stand-up"),
    ("a whodunit", "whodunit", "mystery"),
    ("reality tv", "reality tv", "reality"),
    ("indie films", "indie", "independent"),
    ("foreign stuff", "foreign", "international"),
    ("a musical", "musical", "music"),
    ("coming of age", "coming of age", "teen"),
    ("cult classics", "cult classics", "cult"),
    ("HORROR", "HORROR", "horror"),
    ("Dramas", "Dramas", "drama"),
]


@pytest.mark.parametrize("text,surface,genre", GENRE_PHRASES)
def test_genre_synonyms_map_to_canonical_ids(ents, text, surface, genre):
    assert Ent(surface, "genre", genre) in ents(text)


def test_k_drama_is_drama_plus_korean_language(ents):
    found = ents("a k-drama to binge")
    assert Ent("k-drama", "genre", "drama") in found
    assert Ent("k-drama", "language", "ko") in found


def test_scary_movies_is_horror_plus_movie(ents):
    assert ents("scary movies") == [Ent("scary", "genre", "horror"), Ent("movies", "media_type", "movie")]


def test_funny_shows_is_comedy_plus_series(ents):
    assert ents("funny shows") == [Ent("funny", "genre", "comedy"), Ent("shows", "media_type", "series")]


@pytest.mark.parametrize("text,surface,mood", [
    ("something feel-good", "feel-good", "feel-good"),
    ("a feel good movie", "feel good", "feel-good"),
    ("something scary", "scary", "scary"),
    ("something relaxing", "relaxing", "relaxing"),
    ("something dark", "dark", "dark"),
    ("something funny", "funny", "funny"),
    ("something light", "light", "light"),
    ("something sad", "sad", "sad"),
    ("a romantic evening", "romantic", "romantic"),
    ("something exciting", "exciting", "exciting"),
    ("a thought-provoking film", "thought-provoking", "thought-provoking"),
    ("something inspiring", "inspiring", "inspiring"),
    ("heartwarming", "heartwarming", "feel-good"),
    ("hilarious", "hilarious", "funny"),
    ("creepy", "creepy", "scary"),
    ("chill", "chill", "relaxing"),
    ("lighthearted", "lighthearted", "light"),
    ("make me laugh", "make me laugh", "funny"),
])
def test_mood_words(ents, text, surface, mood):
    assert Ent(surface, "mood", mood) in ents(text)


def test_funny_alone_is_a_mood_not_a_genre(values):
    assert values("something funny", "genre") == []
    assert values("something funny", "mood") == [("funny", None)]


@pytest.mark.parametrize("text,surface,media", [
    ("a film", "film", "movie"),
    ("movies", "movies", "movie"),
    ("a flick", "flick", "movie"),
    ("a show", "show", "series"),
    ("tv shows", "tv shows", "series"),
    ("a tv series", "tv series", "series"),
    ("a series", "series", "series"),
    ("a miniseries", "miniseries", "series"),
    ("a comedy special", "special", "special"),
])
def test_media_types(ents, text, surface, media):
    assert Ent(surface, "media_type", media) in ents(text)


def test_documentary_is_a_genre_not_a_media_type(values):
    assert values("a documentary", "genre") == [("documentary", None)]
    assert values("a documentary", "media_type") == []


@pytest.mark.parametrize("text", ["show me comedies", "Show us something", "can you show me anything"])
def test_show_as_a_verb_is_not_a_media_type(values, text):
    assert values(text, "media_type") == []


def test_something_special_is_not_a_media_type(values):
    assert values("something special tonight", "media_type") == []


@pytest.mark.parametrize("text,surface,entity,value", [
    ("comedys", "comedys", "genre", "comedy"),
    ("documentarys", "documentarys", "genre", "documentary"),
    ("a good thriler", "thriler", "genre", "thriller"),
    ("horor please", "horor", "genre", "horror"),
    ("romace", "romace", "genre", "romance"),
    ("sceince fiction", "sceince", "genre", "science-nature"),
    ("fantasty", "fantasty", "genre", "fantasy"),
    ("moive night", "moive", "media_type", "movie"),
    ("somethign relaxign", "relaxign", "mood", "relaxing"),
    ("COMEDYS", "COMEDYS", "genre", "comedy"),
])
def test_light_typos_are_corrected(ents, text, surface, entity, value):
    assert Ent(surface, entity, value) in ents(text)


@pytest.mark.parametrize("text", ["tonight", "the night", "what's right", "a fight", "my hosts",
                                  "a scare", "something tight"])
def test_ordinary_words_are_not_typo_corrected(ents, text):
    assert [e for e in ents(text) if e.entity in ("genre", "mood", "media_type")] == []
