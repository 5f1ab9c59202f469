"""Round 33: a range of spelt hundreds is a range; a one-season format typed with a slip is still one season and a series (typos.RUNTIME_WORDS: the season
rules re-read it), and a five-letter word of a vocabulary phrase with an inner vowel dropped is read in its phrase
("learn" of the learning phrases, typos.TypoMatcher._dropped). Phrasings are this module's own."""

from __future__ import annotations

from typing import Callable

import pytest

Values = Callable[[str, str], list[tuple[str, str | None]]]


@pytest.mark.parametrize("text", ["a minisereis maybe", "any good minseries?"])
def test_a_slipped_miniseries_is_one_season(text: str, values: Values) -> None:
    assert [v for v, _ in values(text, "seasons")] == ["1-1"]
    assert ("series", None) in values(text, "media_type")


def test_learning_with_a_dropped_vowel_is_the_documentary_shelf(values: Values) -> None:
    assert ("documentary", None) in values("wanna lern something tonight", "genre")


def test_an_english_word_near_the_phrase_word_stays_as_typed(values: Values) -> None:
    assert ("documentary", None) not in values("something lean and mean", "genre")  # "lean" is no "learn"


@pytest.mark.parametrize("text, value", [
    ("films between one hundred and one hundred thirty minutes", "100-130"),
    ("somewhere between a hundred and two hundred minutes", "100-200"),
    ("under one hundred and ten minutes", "-110"),
])
def test_a_range_of_spelt_hundreds_is_a_range(text: str, value: str, values: Values) -> None:
    # another hundred after the "and" opens the range's second number; a ten after it is the first number's tens
    assert [v for v, _ in values(text, "duration")] == [value]


@pytest.mark.parametrize("text, value", [("fewer seasons, say 2 or 3", "2-3"), ("seasons: 1-2 ideally", "1-2")])
def test_two_counts_after_the_season_noun_are_a_range(text: str, value: str, values: Values) -> None:
    assert [v for v, _ in values(text, "seasons")] == [value]


def test_counts_of_something_else_after_the_season_noun_are_no_range(values: Values) -> None:
    assert values("a few seasons, for my 8 or 9 year old", "seasons") != [("8-9", None)]


def test_an_adrenaline_rush_is_the_exciting_mood_whole(ents: Callable[[str], list]) -> None:
    # the whole phrase is the mood, so its noun is left to no keyword search
    assert ents("need an adrenaline rush tonight") == [("adrenaline rush", "mood", "exciting", None)]


def test_a_cop_comedy_is_crime_and_comedy(values: Values) -> None:
    assert {v for v, _ in values("any police comedies", "genre")} == {"crime", "comedy"}


@pytest.mark.parametrize("text", ["a show i could binge in one sitting", "something to get through over a long weekend"])
def test_a_series_seen_through_in_a_short_stretch_is_a_short_series(text: str, values: Values) -> None:
    assert [v for v, _ in values(text, "seasons")] == ["-2"]


def test_a_stretch_of_the_past_is_no_wish(values: Values) -> None:
    assert values("we watched it in a day, now something else", "seasons") == []


def test_a_pumping_heart_is_the_exciting_mood(values: Values) -> None:
    assert values("anything to get my pulse racing", "mood") == [("exciting", None)]
