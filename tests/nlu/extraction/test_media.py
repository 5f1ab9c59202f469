"""Media-type words: movie, series, special (nlu/extraction/media.py, contracts §5).

Its phrases are rows of cases/media.tsv (run by test_extractor.py); the tests here each name one behaviour.
"""

from __future__ import annotations


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
