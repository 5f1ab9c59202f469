"""Numbers in the dialogue state (actions/constraints.py): season counts, bounds said in one turn,
release years relative to the catalog ("recent", "old") and to the list just shown ("newer", "older")."""

from __future__ import annotations

from actions.constraints import apply_entities, combined_bounds, newer_bound, older_bound
from actions.entities import Entity
from contract.constraints import OLD_YEARS, RECENT_YEARS, Constraints


def ents(*specs: tuple) -> list[Entity]:
    return [Entity(s[0], s[1], s[2] if len(s) > 2 else None) for s in specs]


# -- seasons -------------------------------------------------------------------------------------------


def test_a_season_count_is_a_range_on_the_state():
    state = apply_entities(Constraints(genres=["crime"]), ents(("seasons", "1-1")))
    assert (state.min_seasons, state.max_seasons) == (1, 1)
    state = apply_entities(state, ents(("seasons", "4-")))
    assert (state.min_seasons, state.max_seasons) == (4, None)
    assert state.genres == ["crime"]


def test_a_season_count_turns_a_movie_search_into_series():
    state = apply_entities(Constraints(media_type=["movie"]), ents(("seasons", "-2")))
    assert state.media_type == ["series"] and state.max_seasons == 2


def test_asking_for_movies_drops_the_season_count():
    state = apply_entities(Constraints(min_seasons=4), ents(("media_type", "movie")))
    assert state.media_type == ["movie"] and state.min_seasons is None
    kept = apply_entities(Constraints(min_seasons=4), ents(("media_type", "series")))
    assert kept.min_seasons == 4


def test_season_fields_travel_to_the_api_and_back():
    state = Constraints(min_seasons=2, max_seasons=3, recent_years=3)
    assert state.to_api() == {"min_seasons": 2, "max_seasons": 3, "recent_years": 3}
    assert Constraints.from_slots({"min_seasons": 2.0, "max_seasons": 3.0, "recent_years": 3.0}) == state


# -- bounds said in one turn ----------------------------------------------------------------------------


def test_a_lower_and_an_upper_bound_in_one_turn_combine():
    state = apply_entities(Constraints(), ents(("duration", "60-"), ("duration", "-120")))
    assert (state.min_minutes, state.max_minutes) == (60, 120)


def test_two_ceilings_in_one_turn_keep_the_stricter():
    # round 31C: both were said (a correction is read in the NLU, which leaves only the later value)
    state = apply_entities(Constraints(), ents(("duration", "-30"), ("duration", "-40")))
    assert (state.min_minutes, state.max_minutes) == (None, 30)


def test_an_upper_bound_replaces_a_previous_window():
    state = apply_entities(Constraints(min_minutes=75, max_minutes=105), ents(("duration", "-90")))
    assert (state.min_minutes, state.max_minutes) == (None, 90)


def test_combined_bounds_ignore_contradictions():
    assert combined_bounds([(130, None), (None, 120)]) == (None, 120)
    assert combined_bounds([]) == (None, None)


# -- years relative to the catalog ------------------------------------------------------------------------


def test_recent_and_old_are_relative_fields_not_todays_years():
    state = apply_entities(Constraints(genres=["horror"]), ents(("year", "recent")))
    assert (state.recent_years, state.year_min, state.year_max) == (RECENT_YEARS, None, None)
    state = apply_entities(state, ents(("year", "old")))
    assert (state.older_than_years, state.recent_years) == (OLD_YEARS, None)
    state = apply_entities(state, ents(("year", "recent:5")))
    assert (state.recent_years, state.older_than_years) == (5, None)


def test_an_absolute_range_replaces_a_relative_one_and_back():
    state = apply_entities(Constraints(recent_years=3), ents(("year", "1990-1999")))
    assert (state.year_min, state.year_max, state.recent_years) == (1990, 1999, None)
    state = apply_entities(state, ents(("year", "old:3")))
    assert (state.year_min, state.year_max, state.older_than_years) == (None, None, 3)


# -- newer / older after a list ---------------------------------------------------------------------------


def test_newer_after_a_list_is_newer_than_most_of_it():
    shown = [2013, 2017, 2019, 2020, 2021]
    state = apply_entities(Constraints(genres=["horror"], year_max=2021), ents(("year", "newer")), shown_years=shown)
    assert (state.year_min, state.year_max) == (2020, None)
    assert state.genres == ["horror"]


def test_older_after_a_list_is_older_than_most_of_it():
    shown = [2013, 2017, 2019, 2020, 2021]
    state = apply_entities(Constraints(recent_years=3), ents(("year", "older")), shown_years=shown)
    assert (state.year_min, state.year_max, state.recent_years) == (None, 2018, None)


def test_newer_and_older_are_strict():
    # a list of the catalog's newest year has nothing newer: the answer says so instead of the same year again
    assert newer_bound([2021, 2021, 2021]) == 2022
    assert newer_bound([2019, 2019, 2020]) == 2020
    assert older_bound([2021, 2020, 2020, 2020, 2021]) == 2019  # never the same years again
    # an even list has two middle years: older / newer pass both (round 20g: "older" after 2019 and 2020 is up to 2018)
    assert older_bound([2010, 2020]) == 2009
    assert older_bound([2020, 2019]) == 2018
    assert newer_bound([2019, 2020]) == 2021


def test_newer_and_older_without_a_list_mean_recent_and_old():
    assert apply_entities(Constraints(), ents(("year", "newer"))).recent_years == RECENT_YEARS
    assert apply_entities(Constraints(), ents(("year", "older"))).older_than_years == OLD_YEARS


def test_the_year_doesnt_matter_clears_relative_years_too():
    from actions.edits.removals import remove_fields

    state = remove_fields(Constraints(genres=["horror"], recent_years=3, older_than_years=None), frozenset({"year"}))
    assert (state.recent_years, state.genres) == (None, ["horror"])


def test_shorter_and_longer_in_a_series_search_count_seasons_not_minutes():
    series = Constraints(media_type=["series"], max_seasons=4)
    shorter = apply_entities(series, ents(("duration", "shorter")), shown_minutes=[])
    assert (shorter.max_minutes, shorter.max_seasons) == (None, 3)
    assert apply_entities(Constraints(media_type=["series"]), ents(("duration", "shorter"))).max_seasons == 2
    longer = apply_entities(series, ents(("duration", "longer")))
    assert (longer.min_minutes, longer.min_seasons, longer.max_seasons) == (None, 5, None)
    said = apply_entities(series, ents(("duration", "shorter"), ("seasons", "1-1")))
    assert (said.max_minutes, said.min_seasons, said.max_seasons) == (None, 1, 1)
