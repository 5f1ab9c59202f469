"""Round 27D: a limit of the time there is is a ceiling (a device's battery or charge; someone who drops off or tunes
out during anything past a length), a length said of an epic is a window around it, and teens said as a group or in
the plural ("my teenage boys") cap the rating as "teens" does."""
from __future__ import annotations

import datetime as dt

import pytest

from nlu.extraction.extractor import Extractor

TODAY = dt.date(2021, 9, 25)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _values(extractor: Extractor, text: str, entity: str) -> list[str]:
    return [e["value"] for e in extractor.extract(text, TODAY) if e["entity"] == entity]


@pytest.mark.parametrize("text,value", [
    ("the laptop battery only lasts around 70 minutes, any comedy", "-70"),
    ("my phone's charge is good for maybe an hour", "-60"),
    ("we've got about 90 min of battery left on the ipad", "-90"),
])
def test_a_battery_or_charge_is_the_time_there_is(extractor: Extractor, text: str, value: str) -> None:
    assert _values(extractor, text, "duration") == [value]


@pytest.mark.parametrize("text,value", [
    ("my dad dozes off in anything longer than 90 minutes", "-90"),
    ("the twins get restless during films over two hours", "-120"),
    ("she zones out with stuff that runs past an hour and a half", "-90"),
    ("my partner nods off halfway through anything over 100 min", "-100"),
])
def test_dropping_off_past_a_length_caps_it_never_a_lower_bound(extractor: Extractor, text: str, value: str) -> None:
    assert _values(extractor, text, "duration") == [value]


def test_a_length_said_of_an_epic_is_a_window_around_it(extractor: Extractor) -> None:
    assert _values(extractor, text="up for a four hour historical epic tonight", entity="duration") == ["216-264"]


def test_a_length_said_of_a_plain_movie_stays_the_time_there_is(extractor: Extractor) -> None:
    assert _values(extractor, "a 90 minute film for tonight", "duration") == ["72-90"]


def test_an_over_bound_without_dropping_off_stays_a_lower_bound(extractor: Extractor) -> None:
    assert _values(extractor, "a drama over two hours", "duration") == ["121-"]


@pytest.mark.parametrize("text", [
    "any show my teenage boys would both watch",
    "a sitcom for the teen girls, nothing with three seasons",
    "looking for something for my teenaged daughters",
])
def test_teens_said_as_a_group_are_the_teen_audience(extractor: Extractor, text: str) -> None:
    assert _values(extractor, text, "audience") == ["teen"]
