"""Issue 10 round 2 in the dialogue state (actions/constraints.py): the same viewer named twice in one
message, "not from <country>", and "classic" / "black and white" years."""

from __future__ import annotations

from actions.constraints import apply_entities
from actions.entities import Entity
from contract.constraints import BLACK_AND_WHITE_LAST_YEAR, CLASSIC_YEARS, OLD_YEARS, Constraints


def ents(*specs: tuple) -> list[Entity]:
    return [Entity(s[0], s[1], s[2] if len(s) > 2 else None) for s in specs]


def test_a_relative_reported_as_a_cap_of_the_same_age_is_that_age():
    """"my niece loves horror, she's 12": the relative (a cap) and the age name one viewer."""
    state = apply_entities(Constraints(audience="preschool"), ents(("audience", "family", "cap"), ("audience", "family")))
    assert state.audience == "family"  # a new age replaces the old audience; the cap does not loosen it


def test_teen_before_a_genre_with_a_younger_age_keeps_the_youngest():
    state = apply_entities(Constraints(), ents(("audience", "kids", "cap"), ("genre", "comedy"), ("audience", "kids")))
    assert (state.audience, state.genres) == ("kids", ["comedy"])


def test_not_from_the_us_excludes_the_country_and_keeps_the_genre():
    state = apply_entities(Constraints(genres=["action"]), ents(("country", "United States", "exclude")))
    assert (state.genres, state.countries, state.exclude_countries) == (["action"], [], ["United States"])


def test_old_is_a_generation_and_classic_more_than_three_decades():
    state = apply_entities(Constraints(), ents(("year", "old")))
    assert (state.older_than_years, state.year_max) == (OLD_YEARS, None)
    state = apply_entities(Constraints(), ents(("year", "old"), ("year", f"old:{CLASSIC_YEARS}")))
    assert (state.older_than_years, state.year_max) == (CLASSIC_YEARS, None)


def test_black_and_white_is_an_absolute_era():
    state = apply_entities(Constraints(older_than_years=OLD_YEARS), ents(("year", f"-{BLACK_AND_WHITE_LAST_YEAR}")))
    assert (state.year_max, state.older_than_years) == (BLACK_AND_WHITE_LAST_YEAR, None)


def test_named_years_win_over_a_relative_word_in_the_same_message():
    """"50s classics", "black and white classics": the absolute range is the precise reading."""
    state = apply_entities(Constraints(), ents(("year", "1950-1959"), ("year", "old")))
    assert (state.year_min, state.year_max, state.older_than_years) == (1950, 1959, None)
    state = apply_entities(Constraints(), ents(("year", "-1966"), ("year", "old")))
    assert (state.year_max, state.older_than_years) == (1966, None)
