"""A compound kind inside an alternative (round 22f, negation._shared_by_alternatives): the genre every alternative
names is asked for, and a form one of them adds (a documentary) stays asked for when the others name nothing but the
shared genre; a bare form after a subject said before a media noun is that subject's form too ("kpop shows or docs").
Genres that are simply either stay alternatives."""

from __future__ import annotations

import pytest


def _genres(values, text):
    return sorted(set(values(text, "genre")))


@pytest.mark.parametrize("text", [
    "concert movies or music documentaries please",
    "a music doc or a concert film",
    "hip hop documentaries or concert films",
])
def test_a_music_documentary_beside_a_concert_film_keeps_the_documentary(values, text):
    assert _genres(values, text) == [("documentary", None), ("music", None)]


def test_a_bare_form_after_a_subject_and_its_media_noun_shares_the_subject(values):
    text = "any kpop series or docs"
    assert _genres(values, text) == [("documentary", None), ("music", None)]
    assert values(text, "media_type") == []  # the series were one of the two, no longer required


def test_sports_films_or_docs_are_sports_documentaries(values):
    assert _genres(values, "sports films or docs") == [("documentary", None), ("sports", None)]


@pytest.mark.parametrize("text, got", [
    ("comedy or a rom-com", [("comedy", None)]),                                  # no form added: comedy, whichever
    ("comedy shows or docs", [("comedy", "any"), ("documentary", "any")]),        # comedy is no documentary's subject
    ("horror or a comedy", [("comedy", "any"), ("horror", "any")]),               # nothing shared: either
])
def test_near_misses_stay_as_they_were(values, text, got):
    assert _genres(values, text) == got
