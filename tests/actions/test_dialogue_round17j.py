"""Dialogue round 17 (part J), the action side: 1. a comparative said with a bare "never" of a reason is an edit of the
search, not a standing filter (``request_cues.carries_request_cues``); 2. a rating the child can now watch raises the
audience cap (``edits.widened_ratings``); 3. an adults' audience said with "too" keeps the younger cap
(``edits.adults_watch_too``); 4. a number said as the target beside "shorter" is the bound, the stricter of it and
the list's (``planning._relative_edits_only``, ``constraints._apply_duration``). Sentences are this module's own;
near-misses must not trigger."""

from __future__ import annotations

import pytest
from planned_turns import after, at, planned

from actions.edits.audience import adults_watch_too
from actions.edits.ratings import widened_ratings
from actions.entities import EXCLUDE
from actions.request_cues import carries_request_cues
from actions.turn import Turn
from contract.constraints import Constraints

KIDS = Constraints(genres=["animation"], audience="kids")


# -- 1. a comparative with a reason's "never" edits the search ---------------------------------------------------------

@pytest.mark.parametrize("text, phrase, name, value", [
    ("shorter ones please, he never makes it to the end", "shorter", "duration", "shorter"),
    ("less scary, my daughter never sleeps after those", "less scary", "contrast", "less-scary"),
    ("newer stuff, we never get into the old ones", "newer", "year", "newer"),
])
def test_a_comparative_with_a_reasons_never_is_no_standing_filter(text: str, phrase: str, name: str, value: str) -> None:
    turn = after(text, [at(text, phrase, name, value)], "standing_filter", audience="kids")
    assert not carries_request_cues(turn)


@pytest.mark.parametrize("text", ["shorter ones from now on", "always shorter ones for us", "never show me long ones, shorter"])
def test_a_comparative_said_for_good_stays_a_standing_filter(text: str) -> None:
    turn = after(text, [at(text, "shorter", "duration", "shorter")], "standing_filter", audience="kids")
    assert carries_request_cues(turn)


def test_never_without_a_comparative_stays_a_standing_filter() -> None:
    text = "never any horror for him"
    turn = after(text, [at(text, "horror", "genre", "horror")], "standing_filter", audience="kids")
    assert carries_request_cues(turn)


def test_a_comparative_with_no_search_active_keeps_the_label() -> None:
    text = "shorter ones, he never lasts"
    turn = Turn("test", "standing_filter", text, [at(text, "shorter", "duration", "shorter")], {})
    assert carries_request_cues(turn)


# -- 2. a rating the child can now watch raises the cap ----------------------------------------------------------------

@pytest.mark.parametrize("text", ["he can do PG now", "PG is ok now", "she's allowed PG these days", "PG now"])
def test_a_rating_allowed_now_raises_the_audience_cap(text: str) -> None:
    found = widened_ratings(text, [at(text, "PG", "rating", "PG")], KIDS)
    assert [(e.name, e.value) for e in found] == [("audience", "family")], found


def test_the_age_said_beside_it_gives_way_to_the_rating() -> None:
    text = "he's 6 since sunday and he can handle PG films now"
    plan = planned(after(text, [at(text, "he's 6", "audience", "kids"), at(text, "PG", "rating", "PG")],
                         genres=["animation"], audience="kids"))
    assert plan.constraints.audience == "family" and not plan.constraints.ratings, plan.constraints
    assert plan.constraints.genres == ["animation"], plan.constraints


def test_now_with_the_search_rating_swaps_it() -> None:
    text = "R now"
    entities = [at(text, "R", "rating", "R")]
    assert widened_ratings(text, entities, Constraints(genres=["drama"], ratings=["PG-13"])) == entities


def test_a_rating_turned_down_now_is_not_let_in() -> None:
    text = "no PG now"
    entities = [at(text, "PG", "rating", "PG", EXCLUDE)]
    assert widened_ratings(text, entities, KIDS) == entities


# -- 3. adults watching too keep the family cap ------------------------------------------------------------------------

FAMILY = Constraints(media_type=["series"], audience="family")


@pytest.mark.parametrize("text, phrase", [
    ("one the grown ups like too", "grown ups"),
    ("something for the parents as well", "parents"),
    ("also fun for adults please", "adults"),
])
def test_adults_with_togetherness_words_add_no_audience(text: str, phrase: str) -> None:
    assert adults_watch_too(text, [at(text, phrase, "audience", "adult")], FAMILY) == []


def test_the_family_cap_stays_and_the_kids_genre_may_go() -> None:
    text = "a show mum and dad enjoy too, not a kids show though"
    plan = planned(after(text, [at(text, "mum and dad", "audience", "adult"), at(text, "kids", "genre", "kids", EXCLUDE)],
                         media_type=["series"], audience="family"))
    assert plan.constraints.audience == "family", plan.constraints
    assert plan.constraints.exclude_genres == ["kids"], plan.constraints


@pytest.mark.parametrize("text", ["for adults now", "just adults, nothing too silly", "adults only"])
def test_adults_without_togetherness_switch_the_audience(text: str) -> None:
    entities = [at(text, "adults", "audience", "adult")]
    assert adults_watch_too(text, entities, FAMILY) == entities


def test_an_adult_search_is_left_alone() -> None:
    text = "adults enjoy it too"
    entities = [at(text, "adults", "audience", "adult")]
    assert adults_watch_too(text, entities, Constraints(audience="adult")) == entities


# -- 4. a number said as the target beside "shorter" -------------------------------------------------------------------

def test_shorter_like_an_hour_is_the_hour_ceiling() -> None:
    # round 24b: a length said the way the comparative points wins; round 29: beside "shorter" it is a limit (every
    # title up to the hour), no longer a window around it
    text = "nah, shorter than these, like an hour"
    plan = planned(after(text, [at(text, "shorter", "duration", "shorter"), at(text, "like an hour", "duration", "54-66")],
                         audience="kids", media_type=["movie"]))
    assert plan.constraints.max_minutes == 60 and plan.constraints.min_minutes is None, plan.constraints
    assert plan.constraints.audience == "kids", plan.constraints


def test_the_list_bound_stands_when_it_is_stricter() -> None:
    text = "shorter, about 2 hours"
    plan = planned(after(text, [at(text, "shorter", "duration", "shorter"), at(text, "about 2 hours", "duration", "108-132")],
                         genres=["comedy"]))
    assert plan.constraints.max_minutes == 99, plan.constraints  # the films shown run 100 min


def test_longer_around_two_hours_is_the_window() -> None:
    # round 24b: "around two hours" said with "longer" past the list shown is the window around two hours
    text = "longer ones, around two hours"
    plan = planned(after(text, [at(text, "longer", "duration", "longer"), at(text, "around two hours", "duration", "108-132")],
                         genres=["comedy"]))
    assert plan.constraints.min_minutes == 108 and plan.constraints.max_minutes == 132, plan.constraints


def test_a_number_describing_the_list_is_no_target() -> None:
    text = "shorter, that one was like 2 hours"
    plan = planned(after(text, [at(text, "shorter", "duration", "shorter"), at(text, "like 2 hours", "duration", "108-132")],
                         genres=["comedy"]))
    assert plan.constraints.max_minutes == 99, plan.constraints
