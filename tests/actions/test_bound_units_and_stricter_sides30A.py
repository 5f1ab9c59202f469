"""Round 30A: a bound said without its unit while a search is shown takes the search's unit, and a comparative said
with an absolute bound on its own side keeps the stricter of the two.

1. "At least 6 now", "nothing more than 2 this time" after a list: the extractor's unitless ``bound`` reads in the
   unit the search bounds (seasons, else runtime); with both or neither bounded, a series search counts seasons and a
   film search minutes — when the number is plausible in that unit (``contract.constraints.unitless_bound_in``); a
   search of no format, the format of every title shown.
2. "Shorter, no three-hour epics" after long films: the ceiling said and shorter than the list both hold, the
   stricter stands; "longer, at least N" likewise with a floor; "newer, after <year>" / "older, before <year>" with
   the year, while the list-relative year lies among the years shown (round 21f keeps a year said past every title).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from actions.title_questions import bound_in_the_unit_asked
from contract.constraints import unitless_bound_in
from planned_turns import after, at, planned

_SERIES = [{"id": f"s{i}", "title": f"Series {i}", "type": "series", "year": 2016 + i, "seasons": 4 + i % 2}
           for i in range(1, 5)]
_FILMS = [{"id": f"m{i}", "title": f"Film {i}", "type": "movie", "year": y, "duration_minutes": d}
          for i, (y, d) in enumerate([(1976, 112), (1995, 178), (2004, 170), (2013, 180), (2019, 209)], 1)]


def _resolved(text: str, phrase: str, value: str, items=_SERIES, **slots):
    turn = after(text, [at(text, phrase, "bound", value)], items=items, **slots)
    return replace(turn, entities=bound_in_the_unit_asked(turn))


# -- 1. the unit of a bare bound -----------------------------------------------------------------------------------

@pytest.mark.parametrize("value, unit, expected", [
    ("6-", "seasons", "6-"), ("-2", "seasons", "-2"), ("<3", "seasons", "-2"), ("<1", "seasons", None),
    ("<90", "duration", "-90"), ("-75", "duration", "-75"), ("5-", "duration", None), ("45-", "seasons", None),
])
def test_a_unitless_value_in_a_unit(value, unit, expected):
    assert unitless_bound_in(value, unit) == expected


@pytest.mark.parametrize("text, phrase, value, low, high", [
    ("at least 6 now", "at least 6", "6-", 6, None),
    ("nothing more than 2 this time", "nothing more than 2", "-2", None, 2),  # the floor shown goes
    ("fewer than 4 tho", "fewer than 4", "<4", None, 3),
])
def test_after_a_season_bound_the_number_is_seasons(text, phrase, value, low, high):
    turn = _resolved(text, phrase, value, media_type=["series"], genres=["thriller"], min_seasons=4)
    got = planned(turn).constraints
    assert (got.min_seasons, got.max_seasons) == (low, high), got
    assert got.genres == ["thriller"] and got.media_type == ["series"], got


def test_a_series_search_with_no_season_bound_counts_seasons():
    turn = _resolved("ok make it 3 or more", "3 or more", "3-", media_type=["series"], genres=["crime"])
    assert planned(turn).constraints.min_seasons == 3


def test_after_a_runtime_bound_the_number_is_minutes():
    turn = _resolved("hmm at most 75 actually", "at most 75", "-75", items=_FILMS, media_type=["movie"],
                     genres=["comedy"], max_minutes=110)
    got = planned(turn).constraints
    assert (got.min_minutes, got.max_minutes, got.media_type) == (None, 75, ["movie"]), got


def test_a_film_search_reads_a_plausible_runtime():
    turn = _resolved("under 95 now", "under 95", "<95", items=_FILMS, media_type=["movie"], genres=["drama"])
    assert planned(turn).constraints.max_minutes == 95


def test_a_film_search_never_reads_a_season_sized_number_as_minutes():
    turn = _resolved("at least 4 now", "at least 4", "4-", items=_FILMS, media_type=["movie"], genres=["drama"])
    assert [e.name for e in turn.entities] == ["bound"]


def test_a_search_of_no_format_counts_in_the_format_of_the_list_shown():
    turn = _resolved("at least 4 now", "at least 4", "4-", genres=["drama"])
    assert [(e.name, e.value) for e in turn.entities] == [("seasons", "4-")]


def test_a_mixed_list_of_no_format_leaves_the_bound_unitless():
    turn = _resolved("at least 4 now", "at least 4", "4-", items=_SERIES[:2] + _FILMS[:2], genres=["drama"])
    assert [e.name for e in turn.entities] == ["bound"]


# -- 2. a comparative beside an absolute bound of its side: the stricter stands ---------------------------------------

def _film_plan(text: str, *said: tuple[str, str, str]):
    return planned(after(text, [at(text, *s) for s in said], items=_FILMS, media_type=["movie"],
                         directors=["Somebody"])).constraints


def test_shorter_beside_a_looser_ceiling_is_shorter_than_the_list():
    text = "shorter, no three hour epics tonight"
    got = _film_plan(text, ("shorter", "duration", "shorter"), ("no three hour epics", "duration", "-179"))
    assert got.max_minutes == 177 and got.min_minutes is None, got  # the list's median (178) less a minute


def test_shorter_beside_a_stricter_ceiling_keeps_the_ceiling():
    text = "shorter, 100 minutes max"
    got = _film_plan(text, ("shorter", "duration", "shorter"), ("100 minutes max", "duration", "-100"))
    assert got.max_minutes == 100, got


def test_longer_beside_a_looser_floor_is_longer_than_the_list():
    text = "longer ones, over an hour at least"
    got = _film_plan(text, ("longer", "duration", "longer"), ("over an hour at least", "duration", "60-"))
    assert got.min_minutes == 179 and got.max_minutes is None, got


def test_newer_beside_a_looser_year_is_newer_than_the_list():
    text = "newer please, post 1980"
    got = _film_plan(text, ("newer", "year", "newer"), ("post 1980", "year", "1981-"))
    assert got.year_min == 2005, got  # past the list's middle year (2004)


def test_older_beside_a_looser_year_is_older_than_the_list():
    text = "older, before 2015 anyway"
    got = _film_plan(text, ("older", "year", "older"), ("before 2015", "year", "-2014"))
    assert got.year_max == 2003, got


def test_a_stricter_year_beside_newer_stands():
    text = "newer, 2015 or later"
    got = _film_plan(text, ("newer", "year", "newer"), ("2015 or later", "year", "2015-"))
    assert got.year_min == 2015, got
