"""Kinds viewers name indirectly (round 20e): puzzle plots, one-off comedy specials, telenovelas, chat's "abt"."""

from __future__ import annotations

import pytest

from nlu.extraction import shorthand

_PUZZLE_ANY = [("sci-fi", "any"), ("thriller", "any"), ("mystery", "any")]


@pytest.mark.parametrize("text", ["got anything mindbending for tonight?", "a film that messes with my head",
                                  "a show that'll make me think, with a proper puzzle"])
def test_a_puzzle_plot_asks_for_one_of_its_genres_and_the_mood(values, text):
    assert values(text, "genre") == _PUZZLE_ANY
    assert values(text, "mood") == [("thought-provoking", None)]


def test_a_puzzle_plot_beside_its_own_genre_is_that_genre(values):
    assert {v for v, _ in values("some mind-bending mystery series", "genre")} == {"mystery"}


def test_a_puzzle_plot_beside_another_kind_is_only_the_mood(values):
    assert values("a docuseries that makes you think", "genre") == [("documentary", None)]
    assert values("a docuseries that makes you think", "mood") == [("thought-provoking", None)]


def test_ruling_out_a_puzzle_plot_rules_out_the_mood_not_three_genres(values):
    assert values("nothing mind bending tonight, just a sitcom", "genre") == [("comedy", None)]
    assert values("nothing mind bending tonight, just a sitcom", "mood") == [("thought-provoking", "exclude")]


def test_smart_alone_stays_a_mood(values):
    assert values("something smart", "genre") == []


@pytest.mark.parametrize("text", ["any stand up specials from this year", "a comedy special for later"])
def test_a_comedy_special_is_a_stand_up_film(values, text):
    assert values(text, "genre") == [("stand-up", None)]
    assert values(text, "media_type") == [("movie", None)]


@pytest.mark.parametrize("text", ["is there a special episode this week", "films with great special effects"])
def test_special_before_another_noun_is_no_format(values, text):
    assert values(text, "media_type") in ([], [("movie", None)])
    assert ("special", None) not in values(text, "media_type")
    assert ("stand-up", None) not in values(text, "genre")


def test_a_telenovela_is_a_drama_or_a_romance_series(values):
    text = "any telenovelas made in colombia"
    assert values(text, "genre") == [("drama", "any"), ("romance", "any")]
    assert values(text, "media_type") == [("series", None)]
    assert values(text, "language") == []  # the origin said is the one asked for


def test_a_telenovela_said_alone_is_in_spanish(values):
    assert values("got a good telenovela?", "language") == [("es", None)]
    assert values("a turkish telenovela", "language") == []


def test_ruling_out_telenovelas_keeps_spanish_titles(values):
    assert values("nothing like a telenovela, no telenovelas", "language") == []


def test_a_soap_opera_is_no_spanish_title(values):
    assert values("a british soap opera", "language") == []
    assert values("some soap operas", "genre") == [("drama", "any"), ("romance", "any")]


def test_a_romantic_drama_still_needs_both(values):
    assert values("a romantic drama series", "genre") == [("romance", None), ("drama", None)]


def test_abt_is_chats_about():
    expanded = shorthand.expand("smth abt dinosaurs")
    assert expanded is not None and "about dinosaurs" in expanded.text
    assert shorthand.expand("the abbot") is None or "about" not in shorthand.expand("the abbot").text


def test_classic_rock_is_a_music_style_not_the_classic_shelf(values):
    text = "any classic rock docs?"
    assert values(text, "genre") == [("music", None), ("documentary", None)]
    assert values(text, "year") == []


def test_a_classic_film_is_still_the_classic_years(values):
    assert values("a classic film please", "year") == [("old:31", None)]
