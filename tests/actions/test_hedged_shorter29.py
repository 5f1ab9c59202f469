"""Round 29: a length said with a hedge beside "shorter" is a limit, not a window; a format implied by convention
yields to the search's format when the compact word points into the list ("romcom ones").

"Shorter" asks for less time, so the number said with it ("shorter, say 70", "a bit shorter, about 75 minutes") is
how much time there is: every title up to it fits, as "short, like 85 min" is a ceiling (round 22k). "Longer" keeps
round 24b's window around the number (a viewer asking for a bit longer means about that long, not any film past it).
"""

from __future__ import annotations

from actions.cues import hedged_minutes_beside_comparative
from planned_turns import after, at, planned


def _shorter_plan(text: str, *extra):
    entities = [at(text, "shorter", "duration", "shorter"), *extra]
    entities += hedged_minutes_beside_comparative(text, entities)
    return planned(after(text, entities, media_type=["movie"], genres=["drama"], max_minutes=110)).constraints


def test_a_unitless_hedged_number_beside_shorter_is_a_ceiling():
    got = _shorter_plan("a tad shorter, say 70")
    assert (got.min_minutes, got.max_minutes) == (None, 70), got


def test_a_hedged_length_with_its_unit_beside_shorter_is_a_ceiling():
    text = "bit shorter, about 75 minutes"
    got = _shorter_plan(text, at(text, "about 75 minutes", "duration", "68-82"))
    assert (got.min_minutes, got.max_minutes) == (None, 75), got


def test_the_search_is_kept_beside_the_new_ceiling():
    got = _shorter_plan("a tad shorter, say 70")
    assert got.genres == ["drama"] and got.media_type == ["movie"], got


def test_longer_keeps_the_window_around_the_number():
    text = "somewhat longer, maybe 130 would be good"
    plan = planned(after(text, [at(text, "longer", "duration", "longer")]
                         + hedged_minutes_beside_comparative(text, [at(text, "longer", "duration", "longer")]),
                         media_type=["movie"], max_minutes=100))
    assert (plan.constraints.min_minutes, plan.constraints.max_minutes) == (117, 143), plan.constraints


# -- a format implied by convention yields to the search's format (actions.constraints.conventional_formats_yield) ----

def test_a_romcom_word_narrows_a_series_search_without_turning_it_into_films():
    text = "any rom com ones in there"
    entities = [at(text, "rom com", "genre", "romance"), at(text, "rom com", "genre", "comedy"),
                at(text, "rom com", "media_type", "movie")]
    got = planned(after(text, entities, media_type=["series"], genres=["drama"], languages=["ko"])).constraints
    assert got.media_type == ["series"] and "ko" in got.languages, got
    assert {"romance", "comedy"} <= set(got.genres), got


def test_a_format_said_in_its_own_word_still_switches():
    text = "rom com movies instead"
    entities = [at(text, "rom com", "genre", "romance"), at(text, "rom com", "genre", "comedy"),
                at(text, "movies", "media_type", "movie")]
    got = planned(after(text, entities, media_type=["series"], genres=["drama"], languages=["ko"])).constraints
    assert got.media_type == ["movie"], got


def test_a_sitcom_names_its_format_and_switches_a_film_search():
    text = "sitcoms now"
    entities = [at(text, "sitcoms", "genre", "comedy"), at(text, "sitcoms", "media_type", "series")]
    got = planned(after(text, entities, media_type=["movie"], genres=["comedy"])).constraints
    assert got.media_type == ["series"], got


def test_a_compact_word_said_as_a_new_kind_keeps_its_format():
    text = "what about k-dramas"
    entities = [at(text, "k-dramas", "genre", "drama"), at(text, "k-dramas", "language", "ko"),
                at(text, "k-dramas", "media_type", "series")]
    got = planned(after(text, entities, media_type=["movie"], genres=["horror"])).constraints
    assert got.media_type == ["series"], got
