"""The viewers' home asked for by reference (nlu/extraction/geo.py ``_home_asked_for``): once the viewers said where
they come from, "films of us", "something from home", "from there", "from my country" name that country as the wish.
Near-misses: a wish said outright stands alone, two homes are ambiguous, "set in us" is the United States."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, country", [
    ("i'm from vietnam, do you have films of us?", "Vietnam"),
    ("we're from brazil, show me something from home", "Brazil"),
    ("my wife is from peru and misses it, any films from there", "Peru"),
    ("i am from italy. anything from my country?", "Italy"),
    ("we're from greece, series from where we're from", "Greece"),
])
def test_a_reference_to_the_viewers_home_is_that_country(values, text, country):
    assert values(text, "country") == [(country, None)]
    assert values(text, "about_viewers") == [(country, None)]


@pytest.mark.parametrize("text", [
    "my friend from spain is staying with us, something in spanish",  # the wish is said outright
    "i'm from spain, a show from france",
    "i live in canada and i'm from korea, dramas from home",  # two places: which is home is not said
    "we're from mexico, from there to here: a movie about the journey",  # "from there to here" is a route
    "a movie from home alone's director",  # no home said of the viewers
])
def test_no_home_country_is_added_without_one_clear_home_or_beside_a_wish(values, text):
    homes = {v for v, _ in values(text, "about_viewers")}
    assert not [v for v, r in values(text, "country") if v in homes and r is None]


def test_set_in_us_is_not_the_viewers_home(values):
    text = "i'm from spain, a show set in us"
    assert ("Spain", None) not in values(text, "country")


@pytest.mark.parametrize("text", [
    "i'm from india and i work from home, something funny tonight",
    "we're from brazil, working from home today, any comedy?",
    "i'm from italy, is there gore in there?",
])
def test_home_said_of_the_viewers_day_is_no_wish(values, text):
    assert values(text, "country") == []
