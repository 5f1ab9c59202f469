"""Round 24c: titles and people in free text, as the extractor reads them (phrasings are this module's own).

* a well-known director's surname before a making verb is that director ("the ones nolan made", "films kubrick did");
* "available" typed with a slip still asks whether the catalog has the title ("is ozark avialable");
* "the movie <title>" / "the show <title>" after a cue ("really enjoyed the film <title>") names the title;
* "fiction", "fictional" rule documentaries out like "scripted"; "non-fiction" asks for them; "tv docs" is one kind;
* a person named after "look like" is still read.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", ["only the ones kubrick made", "just the films scorsese did", "stuff spielberg made"])
def test_a_surname_before_a_making_verb_is_the_director(values, text):
    assert [v for v, r in values(text, "director") if r is None], values(text, "director")


@pytest.mark.parametrize("text", ["is ozark avialable", "is narcos availble?", "ozark avaliable?"])
def test_available_typed_with_a_slip_asks_for_the_title(values, text):
    assert values(text, "title"), values(text, "title")


@pytest.mark.parametrize("text, title", [
    ("really enjoyed the film mank, anything close?", "MANK"),
    ("we loved so much the movie okja", "Okja"),
    ("my kid liked the show ozark", "Ozark"),
])
def test_the_kind_before_a_title_keeps_the_cue(values, text, title):
    assert (title, "similar") in values(text, "title"), values(text, "title")


@pytest.mark.parametrize("text", ["fiction only please", "something fictional", "no tv documentaries, fiction"])
def test_fiction_rules_documentaries_out(values, text):
    genres = values(text, "genre")
    assert genres and all(g == ("documentary", "exclude") for g in genres), genres


def test_non_fiction_asks_for_documentaries(values):
    assert values("some non-fiction tonight", "genre") == [("documentary", None)]


def test_no_tv_docs_rules_out_the_kind_not_all_series(values):
    assert values("no tv docs tonight", "genre") == [("documentary", "exclude")]
    assert not [m for m in values("no tv docs tonight", "media_type") if m[1] == "exclude"]


def test_science_fiction_stays_sci_fi(values):
    assert values("science fiction movies", "genre") == [("sci-fi", None)]
