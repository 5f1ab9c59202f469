"""Media-type words: movie, series, special (nlu/extraction/media.py, contracts §5).

Its phrases are rows of cases/media.tsv (run by test_extractor.py); the tests here each name one behaviour.
"""

from __future__ import annotations

import pytest


def test_documentary_is_a_genre_not_a_media_type(values):
    assert values("a documentary", "genre") == [("documentary", None)]
    assert values("a documentary", "media_type") == []


def test_something_special_is_not_a_media_type(values):
    assert values("something special tonight", "media_type") == []


def test_a_format_said_again_in_the_request_sentence_stays_on_it(ents):
    found = ents("my cousin swears by j dramas. got a sad j drama for me")
    series = [e for e in found if e.entity == "media_type"]
    assert [e.surface for e in series] == ["j dramas", "j drama"] and {e.value for e in series} == {"series"}


def test_a_format_said_twice_in_one_phrase_is_one_entity(values):
    assert values("a binge-worthy show", "media_type") == [("series", None)]


def _formats(ents, text):
    return sorted({e.value for e in ents(text) if e.entity == "media_type" and e.role is None})


def test_an_implied_format_yields_to_a_different_format_said_in_its_own_word(ents):
    """A compact word's format ("japanese dramas", "sitcom", "bollywood") is the default: "…, films please"
    asks for films (media.explicit_formats_win)."""
    assert _formats(ents, "thai dramas, but films please") == ["movie"]
    assert _formats(ents, "a sitcom movie maybe") == ["movie"]
    assert _formats(ents, "something bollywood, a show this time") == ["series"]


def test_formats_joined_as_both_wanted_stay(ents):
    assert _formats(ents, "docuseries or documentary films") == ["movie", "series"]
    assert _formats(ents, "k-dramas and korean movies") == ["movie", "series"]
    assert _formats(ents, "turkish dramas") == ["series"]


def test_show_is_a_verb_only_where_an_imperative_stands_before_its_object():
    """media.show_is_verb: clause start or a modal/please/just before it, an object opener after it."""
    from nlu.extraction.media import show_is_verb

    assert show_is_verb("", "similar", clause_start=True)
    assert show_is_verb("could", "several", clause_start=False)
    assert show_is_verb("just", "4", clause_start=False)
    assert show_is_verb("", "hilarious", clause_start=True)        # an adjective ending
    assert show_is_verb("then", "them", clause_start=False)
    assert not show_is_verb("a", "him", clause_start=False)         # "a show him and me both like"
    assert not show_is_verb("good", "some", clause_start=False)     # "a good show some friends liked"
    assert not show_is_verb("", "about", clause_start=True)         # "show about spies?"
    assert not show_is_verb("", "only", clause_start=True)
    assert not show_is_verb("", "", clause_start=True)              # "show."


def test_cinema_after_an_origin_or_style_is_the_movie_format(values):
    assert values("got any japanese cinema from the 60s", "media_type") == [("movie", None)]
    assert values("i'm in the mood for some spanish cinema", "media_type") == [("movie", None)]
    assert values("arthouse cinema, nothing mainstream", "media_type") == [("movie", None)]


def test_the_cinema_as_a_venue_is_no_format(values):
    assert values("we saw a horror at the cinema last week, now something calmer", "media_type") == []
    assert values("our local cinema is closed so a comedy at home", "media_type") == []


@pytest.mark.parametrize("text", ["a comedy programme please", "a calm programme to watch in the mornings",
                                  "any good programmes about gardening"])
def test_a_programme_is_a_series(values, text):
    """British English: a TV programme is a show (the American "program" alone is no format: "a workout program")."""
    assert values(text, "media_type") == [("series", None)]


def test_a_program_alone_is_no_format(values):
    assert values("a workout program", "media_type") == []


@pytest.mark.parametrize("text", ["got an italian picture for me", "old war pictures from the fifties",
                                  "the pirate picture with johnny depp", "any pictures and shows about trains"])
def test_picture_is_the_film_format(values, text):
    assert ("movie", None) in values(text, "media_type")


@pytest.mark.parametrize("text", ["picture this: a rainy sunday", "a picture book for my niece",
                                  "keep me in the picture", "we might go to the pictures", "the big picture",
                                  "the picture quality is poor", "my picture on the profile"])
def test_picture_as_an_image_verb_or_venue_is_no_format(values, text):
    assert values(text, "media_type") == []
