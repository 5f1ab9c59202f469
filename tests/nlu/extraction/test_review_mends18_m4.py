"""Review round 18, mend helper M4: findings on seasons.py, geo.py and genres.py, each with near-misses."""

from __future__ import annotations

import pytest


# -- finding 5: "long" said of a series, not of a day or in "as long as" -----------------------------------------------

@pytest.mark.parametrize("text", [
    "after a long day funny shows please",
    "as long as the show is in english",
    "a long time k-drama fan, something new",
    "it was a long week, sitcoms tonight",
    "as long as shows are subtitled, anything",
])
def test_long_of_something_else_is_no_season_count(values, text):
    assert values(text, "seasons") == []


@pytest.mark.parametrize("text", ["a long series", "long shows please", "a long korean series",
                                  "some lengthy telenovelas", "not a long series"])
def test_long_said_of_a_series_is_still_seasons(values, text):
    assert values(text, "seasons")


# -- finding 6: "us" the pronoun beside a comma and a country -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "something for the two of us, uk comedies",
    "for all of us, french films",
    "a movie to watch with us, spain or italy",
    "something for us, uk crime",
])
def test_us_after_a_pronoun_word_is_no_country(values, text):
    assert "United States" not in [v for v, _ in values(text, "country")]


@pytest.mark.parametrize("text", ["canada, us or australia", "uk, us", "films from the us or uk"])
def test_us_in_a_list_is_still_the_country(values, text):
    assert "United States" in [v for v, _ in values(text, "country")]


# -- finding 9: a cooking show is no competition -------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["a cooking show", "food shows about street food", "fashion shows from paris"])
def test_a_show_on_a_subject_is_no_reality(values, text):
    assert ("reality", None) not in values(text, "genre")


@pytest.mark.parametrize("text", ["a cooking competition", "cooking competition shows", "a baking show",
                                  "talent shows for the family", "dating shows", "a cooking contest"])
def test_a_competition_word_is_reality(values, text):
    assert ("reality", None) in values(text, "genre")


# -- finding 11: a faint-hearted self-description closes its clause ----------------------------------------------------

@pytest.mark.parametrize("text", ["i'm a chicken farmer and love horror movies",
                                  "horror please, i'm a coward hunter in the game"])
def test_a_trade_or_name_is_no_fear(values, text):
    assert ("comedy", None) not in values(text, "genre")


@pytest.mark.parametrize("text", ["i'm a chicken and love horror movies", "horror but i'm a wimp",
                                  "i'm a wuss so horror that's funny?", "she wants horror, i scare easily."])
def test_a_fear_told_still_adds_comedy(values, text):
    assert ("comedy", None) in values(text, "genre")


# -- finding 13: one owner of "a long series" (seasons.py), behaviour unchanged -----------------------------------------

@pytest.mark.parametrize("text", ["a long series", "long-form series please", "a lengthy show", "long tv shows"])
def test_a_long_series_is_more_than_one_season(values, text):
    assert values(text, "seasons") == [("2-", None)] and ("series", None) in values(text, "media_type")


@pytest.mark.parametrize("text", ["not a long series", "no long tv shows"])
def test_a_long_series_turned_down_is_a_short_series_not_no_series(values, text):
    assert values(text, "seasons") == [("-1", None)] and ("series", "exclude") not in values(text, "media_type")


def test_media_no_longer_claims_long_series():
    from nlu.extraction import media
    assert not [p for p, t in media.terms() if t.entity == "seasons"]
