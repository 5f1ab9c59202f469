"""Kinds named inside a story (round 21r): a degree of a kind turned down ("not full horror") is less of it, not none;
a true-crime refusal never spreads to documentaries asked for; a comparative told about a title's parts ("the
sunlight makes it less scary") is no shift of the list."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", ["hm perhaps not pure horror. maybe a horror comedy?",
                                  "not straight horror please, a horror comedy"])
def test_a_degree_of_a_kind_turned_down_keeps_the_kind(values, text):
    assert values(text, "genre") == [("horror", None), ("horror", None), ("comedy", None)]


def test_a_kind_turned_down_without_a_degree_is_still_excluded(values):
    assert values("not horror. perhaps a comedy", "genre") == [("horror", "exclude"), ("comedy", None)]


@pytest.mark.parametrize("text", ["docs my teenage son could get into, just not true crime",
                                  "tired of true crime, give me a documentary about anything else"])
def test_true_crime_refused_keeps_the_documentaries_asked_for(values, text):
    got = values(text, "genre")
    # round 22f: one excluded kind, crime documentaries (the documentaries asked for stay)
    assert ("documentary", None) in got and ("crime+documentary", "exclude") in values(text, "origin_genre")


def test_true_crime_refused_alone_keeps_both_halves(values):
    assert values("no true crime please", "genre") == []
    assert values("no true crime please", "origin_genre") == [("crime+documentary", "exclude")]


@pytest.mark.parametrize("text", ["a horror film, the daylight setting makes it less scary",
                                  "a thriller where the jokes made it a bit lighter"])
def test_a_comparative_told_about_a_title_is_no_shift(values, text):
    assert values(text, "contrast") == []


@pytest.mark.parametrize("text", ["make it less scary", "like alien but less scary"])
def test_a_comparative_asked_for_stays_a_shift(values, text):
    assert values(text, "contrast") == [("less-scary", None)]


@pytest.mark.parametrize("text, genre", [("a calm nature doc with zero drama", "drama"),
                                         ("zero interest in romance, an action film", "romance")])
def test_zero_before_a_kind_rules_it_out(values, text, genre):
    assert (genre, "exclude") in values(text, "genre")


def test_zero_before_no_kind_rules_nothing_out(values):
    assert values("a comedy, zero stars on the critics' site is fine", "genre") == [("comedy", None)]


@pytest.mark.parametrize("text", ["an ocean documentary with beautiful music", "a doc that has really lovely music"])
def test_music_said_as_how_a_title_sounds_is_no_genre(values, text):
    assert values(text, "genre") == [("documentary", None)]


def test_music_asked_for_is_still_the_genre(values):
    assert ("music", None) in values("some music documentaries", "genre")


@pytest.mark.parametrize("text", ["a doc about a singer", "any documentary about a rock band?"])
def test_a_documentary_about_music_makers_is_music_too(values, text):
    assert sorted(values(text, "genre")) == [("documentary", None), ("music", None)]


@pytest.mark.parametrize("text", ["the show where amateurs try to bake fancy desserts", "that one where contestants bake",
                                  "a home makeover show"])
def test_a_contest_told_by_its_contestants_is_reality(values, text):
    assert ("reality", None) in values(text, "genre")


@pytest.mark.parametrize("text", ["a film where people bake bread", "a cooking show", "i bake cakes for a living"])
def test_baking_in_a_plot_or_a_cooking_show_is_no_reality(values, text):
    assert ("reality", None) not in values(text, "genre")


@pytest.mark.parametrize("text", ["docs on basketball", "a rugby documentary for my dad"])
def test_a_documentary_about_a_sport_is_sports_too(values, text):
    assert sorted(values(text, "genre")) == [("documentary", None), ("sports", None)]


@pytest.mark.parametrize("text", ["no documentaries about tennis", "football films"])
def test_a_sport_without_a_wanted_documentary_adds_no_sports_genre(values, text):
    assert ("sports", None) not in values(text, "genre")


@pytest.mark.parametrize("text", ["something with attenborough narrating", "a series narrated by a famous actor"])
def test_a_narrator_named_is_a_documentary(values, text):
    assert ("documentary", None) in values(text, "genre")


@pytest.mark.parametrize("text, genres", [
    # round 22f: the documentary form one alternative adds stays asked for (the other names music alone)
    ("a live concert movie or a music documentary", {"music", "documentary"}),
    ("a comedy or maybe a romcom", {"comedy"})])
def test_a_genre_every_alternative_names_is_asked_for_outright(values, text, genres):
    assert set(values(text, "genre")) == {(genre, None) for genre in genres}


def test_alternatives_sharing_no_genre_stay_alternatives(values):
    assert values("comedy or horror", "genre") == [("comedy", "any"), ("horror", "any")]
