"""A kind made of several genres, refused, is one excluded ``origin_genre`` kind (round 22f, negation.py
``_refused_combinations``): a compound's span ("true crime", "rom-coms", "cop dramas") or two genre words side by side
("horror comedies", "sports docs"). Neither genre goes from everywhere, and neither spreads to a span asking for it.
An origin refused with a kind ("not bollywood musicals") pairs with it only: the same origin said as a wish elsewhere
stays wanted (``_origins_of_kinds``)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, kind", [
    ("skip anything true crime", "crime+documentary"),
    ("honestly can't stand romantic comedies", "comedy+romance"),
    ("we're not into horror comedies", "comedy+horror"),
    ("no sports docs tonight", "documentary+sports"),
])
def test_a_refused_combination_is_one_kind(values, text, kind):
    assert values(text, "origin_genre") == [(kind, "exclude")]
    assert values(text, "genre") == []


@pytest.mark.parametrize("text, wanted, kind", [
    ("a comedy but please no rom coms", "comedy", "comedy+romance"),
    ("docuseries, but nothing true crime", "documentary", "crime+documentary"),
])
def test_a_genre_of_the_kind_asked_for_stays_wanted(values, text, wanted, kind):
    assert values(text, "genre") == [(wanted, None)]
    assert values(text, "origin_genre") == [(kind, "exclude")]


def test_a_refused_combination_with_its_origin_is_one_kind_from_there(values):
    assert values("not the romcoms from france", "origin_genre") == [("comedy+romance@France", "exclude")]
    assert values("not the romcoms from france", "country") == []


def test_an_origin_before_a_compound_pairs_the_whole_compound(values):
    text = "korean shows but not korean romcoms"
    assert values(text, "origin_genre") == [("comedy+romance@ko", "exclude")]
    assert values(text, "language") == [("ko", None)]     # the Korean shows asked for stay Korean
    assert values(text, "media_type") == [("series", None)]  # no film format read on the refused rom-coms


def test_the_origin_said_as_a_wish_stays_wanted_beside_its_refused_kind(values):
    text = "indian films but no bollywood musicals"
    assert values(text, "country") == [("India", None)]
    assert ("music@India", "exclude") in values(text, "origin_genre")
    assert values(text, "genre") == []  # no documentaries ruled out for the refused musicals


def test_a_british_kind_refused_keeps_british_wanted(values):
    text = "british stuff is fine, just not british sitcoms"
    assert values(text, "country") == [("United Kingdom", None)]
    assert values(text, "origin_genre") == [("comedy@United Kingdom", "exclude")]


@pytest.mark.parametrize("text, got", [
    ("no horror, comedy instead", [("horror", "exclude"), ("comedy", None)]),   # a comma: two kinds
    ("no horror or comedy", [("horror", "exclude"), ("comedy", "exclude")]),    # a list: each ruled out
    ("no twists", [("thriller", "exclude"), ("mystery", "exclude")]),           # alternatives on one span
])
def test_genres_apart_or_alternatives_are_no_combination(values, text, got):
    assert values(text, "genre") == got
    assert values(text, "origin_genre") == []


def test_telenovelas_stay_a_kind_from_one_origin(values):
    # near miss: drama and romance on the telenovela's word are alternatives from Spanish, not a romantic drama
    assert values("no telenovelas", "origin_genre") == [("drama@es", "exclude"), ("romance@es", "exclude")]


def test_an_origin_alone_refused_still_spreads(values):
    # near miss: no kind beside it
    assert values("a comedy, nothing korean", "language") == [("ko", "exclude")]


def test_a_compound_asked_for_is_both_genres(values):
    assert sorted(values("true crime is fine actually", "genre")) == [("crime", None), ("documentary", None)]
    assert values("true crime is fine actually", "origin_genre") == []


def test_an_animation_word_before_a_genre_is_drawn_titles_of_either_shelf(values):
    assert values("we don't want animated comedies", "origin_genre") == [("anime+comedy", "exclude"),
                                                                          ("comedy+kids", "exclude")]
    assert values("we don't want animated comedies", "genre") == []


def test_an_animation_kind_refused_for_children_leaves_the_childrens_shelf(values):
    # near miss: children are watching, so their shelf stays (as "a kids film, no cartoons" does)
    assert values("for my two kids, but no animated comedies", "origin_genre") == [("anime+comedy", "exclude")]
