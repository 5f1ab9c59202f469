"""Dialogue round 16 (part D): follow-ups after a list. 1. chat noise ("heh", "lol fine") before "others" / "something
else" still asks for more picks; 2. a bare bound in number words ("at most eighty five") takes the search's unit;
3. a bare number said acceptable ("three works too") widens the bound in force; 4. a superlative ("the oldest ones
you've got") is the comparative relative to the list; 5. "her other stuff" asks past the search's genre; 6. "<genre> is
too dark" turns that genre down; 7. "long" said with films after series is a runtime; 8. "more seasons" is above an
upper season bound in force; 9. "play a film ..." with constraints is a request, not a details question; 10. "but older"
after a like-search is relative to its title. Sentences are this module's own; near-misses must not trigger."""

from __future__ import annotations

import pytest
from planned_turns import after, at, planned

from actions.cues import bare_bound_cues, list_comparatives, turned_down_genres
from actions.edits.list_reactions import turns_down_list, wants_more_picks
from actions.edits.person_pivots import asks_for_other_works
from actions.entities import EXCLUDE, Entity
from actions.request_cues import asks_search_not_details
from actions.turn import Turn
from contract.constraints import Constraints

SERIES = [{"id": f"t{n}", "title": f"Show {n}", "type": "series", "seasons": 1 + n % 2, "duration_minutes": None}
          for n in range(1, 6)]


# -- 1. chat noise before "others" ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["heh alright, others?", "lmao ok more", "hehe fine another one", "lol sure, again"])
def test_chat_noise_before_more_still_asks_for_more(text: str) -> None:
    assert wants_more_picks(text)


@pytest.mark.parametrize("text", ["haha ok show me something else", "lol fine something else maybe"])
def test_chat_noise_before_something_else_turns_the_list_down(text: str) -> None:
    assert turns_down_list(text)


@pytest.mark.parametrize("text", ["no more", "lol", "haha fine", "lol more like a nap tbh"])
def test_chat_noise_alone_or_no_more_asks_for_nothing(text: str) -> None:
    assert not wants_more_picks(text) and not turns_down_list(text)


def test_chat_noise_before_others_keeps_the_search() -> None:
    plan = planned(after("hah ok, others?", [], "refine", genres=["drama"]))
    assert plan.constraints.genres == ["drama"] and set(plan.exclude_ids) >= {f"s{i}" for i in range(1, 6)}


# -- 2. number words in a bare bound ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("maybe at most eighty five then", "-85"),
    ("below a hundred and five", "-105"),
    ("no more than an hour and a quarter", "-75"),
    ("seventy or more", "70-"),
    ("over two hundred", "201-"),
])
def test_a_bound_in_number_words_takes_the_minutes_of_a_film_search(text: str, value: str) -> None:
    found = bare_bound_cues(text, [], Constraints(media_type=["movie"], max_minutes=130))
    assert [(e.name, e.value) for e in found] == [("duration", value)]


@pytest.mark.parametrize("text", ["under forty", "at most eighty"])
def test_a_minute_sized_number_in_a_season_search_is_no_season_count(text: str) -> None:
    assert bare_bound_cues(text, [], Constraints(media_type=["series"], max_seasons=3)) == []


def test_a_bound_in_number_words_edits_the_film_search() -> None:
    plan = planned(after("hmm under seventy five please", [], "refine", genres=["comedy"], media_type=["movie"],
                         max_minutes=120))
    assert plan.constraints.max_minutes == 75 and plan.constraints.genres == ["comedy"]


# -- 3. a bare number said acceptable widens the bound ----------------------------------------------------------------

@pytest.mark.parametrize("text, value", [("three works too", "1-3"), ("ok 2 would be fine as well", "1-2"),
                                         ("four seasons is ok too", "1-4")])
def test_a_number_said_acceptable_widens_the_upper_season_bound(text: str, value: str) -> None:
    state = Constraints(media_type=["series"], min_seasons=1, max_seasons=1)
    assert [(e.name, e.value) for e in bare_bound_cues(text, [], state)] == [("seasons", value)]


def test_a_number_said_acceptable_below_a_lower_bound_lowers_it() -> None:
    state = Constraints(media_type=["series"], min_seasons=5)
    assert [(e.name, e.value) for e in bare_bound_cues("3 would do too", [], state)] == [("seasons", "3-")]


@pytest.mark.parametrize("text", ["one is fine", "number three is fine", "the third works too", "three"])
def test_no_widening_inside_the_bound_or_without_a_bare_count(text: str) -> None:
    state = Constraints(media_type=["series"], min_seasons=1, max_seasons=1)
    assert bare_bound_cues(text, [], state) == []


def test_widening_the_season_bound_keeps_the_search() -> None:
    plan = planned(after("two works as well", [], "refine", items=SERIES, genres=["comedy"], media_type=["series"],
                         min_seasons=1, max_seasons=1))
    c = plan.constraints
    assert (c.min_seasons, c.max_seasons, c.genres) == (1, 2, ["comedy"])


# -- 4. superlatives after a list -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, value", [
    ("what's the oldest stuff you have", "year", "older"),
    ("your shortest ones please", "duration", "shorter"),
    ("the longest one?", "duration", "longer"),
])
def test_a_superlative_is_the_comparative_of_the_list(text: str, name: str, value: str) -> None:
    assert [(e.name, e.value) for e in list_comparatives(text, [])] == [(name, value)]


@pytest.mark.parametrize("text", ["which one is the oldest", "the shortest of those", "my oldest friend is here"])
def test_a_superlative_about_the_list_or_else_asks_for_nothing(text: str) -> None:
    assert list_comparatives(text, []) == []


def test_the_oldest_ones_are_older_than_the_list() -> None:
    plan = planned(after("what are the oldest ones you've got", [], "refine", genres=["thriller"]))
    assert plan.constraints.year_max is not None and plan.constraints.year_max < 2015
    assert plan.constraints.genres == ["thriller"]


# -- 5. the searched person's other works -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["and her other stuff?", "what about his other work", "show me their other films"])
def test_other_works_of_a_person_are_asked_for(text: str) -> None:
    assert asks_for_other_works(text)


def test_her_other_stuff_drops_the_genre_of_the_search() -> None:
    plan = planned(after("ok what about her other stuff", [], "refine", actors=["Ann Example"], genres=["action"]))
    assert plan.constraints.actors == ["Ann Example"] and plan.constraints.genres == []
    assert plan.unless_empty is None


def test_more_with_her_still_keeps_the_genre_while_some_are_left() -> None:
    plan = planned(after("anything else with her?", [], "refine", actors=["Ann Example"], genres=["action"]))
    assert plan.constraints.genres == ["action"]


@pytest.mark.parametrize("text", ["the other ones", "other stuff please", "any other films"])
def test_other_without_a_person_is_no_filmography(text: str) -> None:
    assert not asks_for_other_works(text)


# -- 6. "<genre> is too dark" -----------------------------------------------------------------------------------------

def test_a_genre_said_too_dark_is_turned_down_beside_the_wanted_one() -> None:
    text = "go for a mystery, horror is way too dark for us"
    ents = [at(text, "mystery", "genre", "mystery"), at(text, "horror", "genre", "horror"),
            at(text, "dark", "mood", "dark", EXCLUDE)]
    plan = planned(after(text, ents, "refine", genres=["horror"], media_type=["movie"]))
    assert plan.constraints.genres == ["mystery"] and "horror" in plan.constraints.exclude_genres
    assert plan.constraints.media_type == ["movie"] and plan.constraints.query is None


@pytest.mark.parametrize("text", ["horror is fine by me", "horror is too good to skip", "horror was great"])
def test_a_genre_with_praise_stays_wanted(text: str) -> None:
    found = turned_down_genres(text, [at(text, "horror", "genre", "horror")])
    assert [e.role for e in found] == [None]


# -- 7. long of films after series ------------------------------------------------------------------------------------

def test_films_and_long_after_series_is_a_runtime() -> None:
    text = "films, and long ones"
    ents = [at(text, "films", "media_type", "movie"), at(text, "long", "duration", "longer")]
    plan = planned(after(text, ents, "refine", items=SERIES, genres=["crime"], media_type=["series"]))
    c = plan.constraints
    assert c.media_type == ["movie"] and c.min_seasons is None and c.max_seasons is None
    assert c.min_minutes is not None


def test_long_ones_of_series_still_count_seasons() -> None:
    text = "longer ones"
    plan = planned(after(text, [at(text, "longer", "duration", "longer")], "refine", items=SERIES, genres=["crime"],
                         media_type=["series"]))
    assert plan.constraints.min_seasons is not None and plan.constraints.media_type == ["series"]


# -- 8. more seasons above the bound in force -------------------------------------------------------------------------

def test_more_seasons_are_above_an_upper_season_bound() -> None:
    plan = planned(after("some with more seasons then", [], "refine", items=SERIES, genres=["comedy"],
                         media_type=["series"], max_seasons=2))
    assert plan.constraints.min_seasons == 3 and plan.constraints.max_seasons is None


def test_fewer_seasons_are_below_a_lower_season_bound() -> None:
    items = [dict(i, seasons=6 + n) for n, i in enumerate(SERIES)]
    plan = planned(after("fewer seasons", [], "refine", items=items, media_type=["series"], min_seasons=6))
    assert plan.constraints.max_seasons == 5


# -- 9. "play a ..." with constraints ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase, name, value", [
    ("could you play a film around an hour long", "film", "media_type", "movie"),
    ("put on something scary", "scary", "mood", "scary"),
])
def test_play_with_constraints_is_a_search_not_details(text: str, phrase: str, name: str, value: str) -> None:
    turn = Turn("t", "ask_details", text, [at(text, phrase, name, value)], {})
    assert asks_search_not_details(turn)


def test_play_a_listed_title_is_still_about_that_title() -> None:
    text = "play the third one"
    turn = Turn("t", "ask_details", text, [at(text, "third", "position", "3")], {})
    assert not asks_search_not_details(turn)


# -- 10. "but older" after a like-search ------------------------------------------------------------------------------

def test_but_older_after_a_like_search_is_relative_to_its_title() -> None:
    text = "but older"
    plan = planned(after(text, [at(text, "older", "year", "older")], "refine", similar_to="s9",
                         similar_title="Title 9"))
    assert plan.contrast is not None and plan.contrast.shifts == ("older",)
    # older than the title (the contrast, applied once its year is known) and than the list shown (the stricter
    # of the two stands: contrast._years keeps a bound already past the title's)
    assert plan.contrast.anchor_id == "s9" and plan.constraints.year_max is not None


def test_older_ones_without_a_like_search_are_relative_to_the_list() -> None:
    text = "but older"
    plan = planned(after(text, [at(text, "older", "year", "older")], "refine", genres=["drama"]))
    assert plan.contrast is None and plan.constraints.year_max is not None


def test_a_count_with_its_unit_said_acceptable_widens_too() -> None:
    text = "two seasons would be fine too"
    plan = planned(after(text, [at(text, "two seasons", "seasons", "2-2")], "refine", items=SERIES,
                         genres=["comedy"], media_type=["series"], min_seasons=1, max_seasons=1))
    assert (plan.constraints.min_seasons, plan.constraints.max_seasons) == (1, 2)


def test_a_count_with_its_unit_alone_still_replaces_the_bound() -> None:
    text = "two seasons"
    plan = planned(after(text, [at(text, "two seasons", "seasons", "2-2")], "refine", items=SERIES,
                         genres=["comedy"], media_type=["series"], min_seasons=1, max_seasons=1))
    assert (plan.constraints.min_seasons, plan.constraints.max_seasons) == (2, 2)


def test_older_though_after_a_like_search_is_relative_to_its_title() -> None:
    text = "older though"
    plan = planned(after(text, [at(text, "older", "year", "older")], "refine", similar_to="s9",
                         similar_title="Title 9"))
    assert plan.contrast is not None and plan.contrast.shifts == ("older",)
