"""Dialogue round 17 (part B), the action side: 1. a bare number (or a pair) re-sets the numeric bound in force
(``cues.reset_bound_cues``, ``cues.reset_said_bounds``); 2. a pronoun after a drop verb removes the search's person
(``edits.find_removals``, the "people" group); 3. a subject word beside a genre the message names is the topic, not
a second required genre (``planning._subject_words_as_topic``), and a topic word said as a kind asks for its genre
beside a "like" title too (``planning._subject_genres``); 4. "what's there from <country>" is a request
(``edits.REQUEST_CUES``). Sentences are this module's own; near-misses must not trigger."""

from __future__ import annotations

import pytest
from planned_turns import after, at, planned

from actions.cues import reset_bound_cues, reset_said_bounds
from actions.edits.removals import find_removals
from actions.edits.routing import carries_search_words
from actions.edits.search_requests import strong_search_entities
from actions.entities import Entity
from actions.planning import Plan, plan_recommendation
from actions.turn import Turn
from contract.constraints import Constraints

UNDER_75 = Constraints(genres=["drama"], media_type=["movie"], max_minutes=75)
TWO_SEASONS = Constraints(genres=["crime"], media_type=["series"], min_seasons=2, max_seasons=2)
SERIES = [{"id": f"t{i}", "title": f"Show {i}", "type": "series", "year": 2019, "seasons": 2} for i in range(1, 6)]


# -- 1. a bare number re-sets the bound in force ---------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("make it 110 then", "-110"), ("110 then", "-110"), ("hmm, say a hundred and five", "-105"),
    ("let's go with ninety five", "-95"), ("ok 2 hours is fine", "-120"), ("140", "-140"),
])
def test_a_bare_runtime_moves_the_upper_bound(text: str, value: str) -> None:
    assert [e.value for e in reset_bound_cues(text, "duration", UNDER_75)] == [value]


def test_a_bare_runtime_moves_a_lower_bound_on_its_side() -> None:
    assert [e.value for e in reset_bound_cues("make it 100", "duration", Constraints(min_minutes=120))] == ["100-"]


def test_a_bare_runtime_keeps_the_width_of_a_window() -> None:
    assert [e.value for e in reset_bound_cues("make it 120", "duration", Constraints(min_minutes=80, max_minutes=100))] \
        == ["100-120"]


@pytest.mark.parametrize("text, value", [("actually 2 or 3 is fine", "2-3"), ("make it 4", "4-4"), ("ok 3 then", "3-3"),
                                         ("3 to 5 works", "3-5")])
def test_a_bare_count_re_sets_the_season_bound(text: str, value: str) -> None:
    assert [e.value for e in reset_bound_cues(text, "seasons", TWO_SEASONS)] == [value]


@pytest.mark.parametrize("text", ["the 3rd one", "3 of them", "make it 3 people", "make it 900", "4", "3 or 2"])
def test_near_misses_re_set_no_season_bound(text: str) -> None:
    assert reset_bound_cues(text, "seasons", TWO_SEASONS) == []


@pytest.mark.parametrize("text", ["2 of those", "make it 2 people", "make it 10", "show me 3", "give me 2 more"])
def test_near_misses_re_set_no_runtime(text: str) -> None:
    assert reset_bound_cues(text, "duration", UNDER_75) == []


def test_a_bound_the_search_does_not_hold_is_not_re_set() -> None:
    assert reset_bound_cues("make it 110", "duration", Constraints(genres=["drama"], media_type=["movie"])) == []


def test_a_runtime_the_extractor_read_as_a_window_re_sets_the_upper_bound() -> None:
    text = "let's say three hours"
    found = reset_said_bounds(text, [at(text, "three hours", "duration", "144-180")], UNDER_75)
    assert [e.value for e in found] == ["-180"]


def test_a_runtime_said_with_other_words_is_left_to_the_extractor() -> None:
    text = "something around 2 hours with aliens"
    entities = [at(text, "around 2 hours", "duration", "108-132")]
    assert reset_said_bounds(text, entities, UNDER_75) == entities


def test_the_follow_up_plans_the_new_runtime_and_keeps_the_genre() -> None:
    plan = planned(after("ok make it 115 then", [], genres=["drama"], media_type=["movie"], max_minutes=75))
    assert (plan.constraints.max_minutes, plan.constraints.genres) == (115, ["drama"]), plan.constraints


def test_the_follow_up_widens_an_exact_season_count_to_a_pair() -> None:
    plan = planned(after("hmm 2 or 3 works", [], items=SERIES, genres=["crime"], media_type=["series"],
                         min_seasons=2, max_seasons=2))
    assert (plan.constraints.min_seasons, plan.constraints.max_seasons) == (2, 3), plan.constraints
    assert plan.constraints.genres == ["crime"]


def test_a_year_said_alone_moves_the_year() -> None:
    text = "hmm make it 2009"
    plan = planned(after(text, [at(text, "2009", "year", "2009-2009")], genres=["drama"], year_min=2017, year_max=2017))
    assert (plan.constraints.year_min, plan.constraints.year_max, plan.constraints.genres) == (2009, 2009, ["drama"])


def test_a_bare_number_routes_a_mislabelled_turn_to_the_search() -> None:
    turn = after("make it 110", [], "nlu_fallback", genres=["drama"], media_type=["movie"], max_minutes=75)
    assert carries_search_words(turn)


# -- 2. the person dropped by a pronoun --------------------------------------------------------------------------------

WITH_ACTOR = Constraints(genres=["stand-up"], media_type=["movie"], actors=["Ali Wong"])


@pytest.mark.parametrize("text", ["forget her", "ok never mind her", "scratch that guy",
                                  "leave him out please"])
def test_a_drop_verb_before_a_pronoun_removes_the_people(text: str) -> None:
    assert "people" in find_removals(text, [], WITH_ACTOR).groups


@pytest.mark.parametrize("text", ["forget it", "never mind", "forget that", "drop it"])
def test_cancel_words_name_no_person(text: str) -> None:
    assert "people" not in find_removals(text, [], WITH_ACTOR).groups


def test_a_pronoun_drop_without_a_person_in_the_search_removes_nothing() -> None:
    assert not find_removals("forget him", [], Constraints(genres=["drama"]))


def test_the_person_goes_and_the_rest_of_the_search_stays_with_what_is_new() -> None:
    text = "alright forget her, just any special from 2019"
    entities = [at(text, "special", "genre", "stand-up"), at(text, "2019", "year", "2019-2019")]
    plan = planned(after(text, entities, genres=["stand-up"], media_type=["movie"], actors=["Ali Wong"]))
    assert plan.constraints.actors == [] and plan.constraints.genres == ["stand-up"], plan.constraints
    assert (plan.constraints.year_min, plan.constraints.media_type) == (2019, ["movie"]), plan.constraints
    assert not plan.constraints.query, plan.constraints


def test_a_director_is_dropped_too_and_a_new_genre_replaces_the_old() -> None:
    text = "never mind him, any thriller"
    plan = planned(after(text, [at(text, "thriller", "genre", "thriller")], genres=["drama"], directors=["Ang Lee"]))
    assert plan.constraints.directors == [] and plan.constraints.genres == ["thriller"], plan.constraints


# -- 3. a subject word beside a named genre is the topic ----------------------------------------------------------------

def _fresh(text: str, entities: list[Entity]) -> Plan:
    plan = plan_recommendation(Turn("test", "request_recommendation", text, entities, {}))
    assert isinstance(plan, Plan), plan
    return plan


def test_a_subject_beside_a_named_genre_ranks_instead_of_being_required() -> None:
    text = "cartoon series about animals"
    plan = _fresh(text, [at(text, "cartoon", "genre", "kids"), at(text, "series", "media_type", "series"),
                         at(text, "animals", "genre", "science-nature")])
    assert plan.constraints.genres == ["kids"], plan.constraints
    assert "animals" in (plan.constraints.query or ""), plan.constraints


def test_space_beside_documentaries_is_their_topic() -> None:
    text = "any docs on space?"
    plan = _fresh(text, [at(text, "docs", "genre", "documentary"), at(text, "space", "genre", "sci-fi")])
    assert plan.constraints.genres == ["documentary"] and "space" in (plan.constraints.query or ""), plan.constraints


def test_a_subject_word_alone_keeps_its_genre() -> None:
    text = "stuff about space"
    plan = _fresh(text, [at(text, "space", "genre", "sci-fi")])
    assert plan.constraints.genres == ["sci-fi"], plan.constraints


def test_two_named_genres_both_stay() -> None:
    text = "a horror comedy"
    plan = _fresh(text, [at(text, "horror", "genre", "horror"), at(text, "comedy", "genre", "comedy")])
    assert sorted(plan.constraints.genres) == ["comedy", "horror"], plan.constraints


def test_a_topic_said_as_a_kind_beside_a_title_asks_for_its_first_genre() -> None:
    text = "adored Title 2, now more zombie-ish stuff"
    plan = _fresh(text, [Entity("title", "s2", "similar", text.index("Title 2"), text.index("Title 2") + 7)])
    assert plan.constraints.any_genres == ["horror"], plan.constraints
    assert plan.unless_empty is not None and not plan.unless_empty.any_genres


@pytest.mark.parametrize("text", ["something pixar-type", "dreamworks style movies"])
def test_a_family_animation_studio_asks_for_kids_titles(text: str) -> None:
    plan = _fresh(text, [])
    assert plan.constraints.any_genres == ["kids"], plan.constraints


def test_a_title_without_a_topic_word_gets_no_genre() -> None:
    text = "adored Title 2, more like that"
    plan = _fresh(text, [Entity("title", "s2", "similar", text.index("Title 2"), text.index("Title 2") + 7)])
    assert not plan.constraints.any_genres, plan.constraints


# -- 4. "what's there from <country>" is a request -------------------------------------------------------------------

def _first(text: str, *spans: tuple[str, str, str]) -> Turn:
    return Turn("test", "out_of_scope", text, [at(text, p, n, v) for p, n, v in spans], {})


@pytest.mark.parametrize("text, spans", [
    ("what's there from brazil", (("brazil", "country", "Brazil"),)),
    ("whats there in korean?", (("korean", "language", "ko"),)),
    ("what is available from mexico", (("mexico", "country", "Mexico"),)),
    ("what you got from turkey", (("turkey", "country", "Turkey"),)),
])
def test_asking_what_there_is_from_a_place_is_a_request(text: str, spans: tuple) -> None:
    turn = _first(text, *spans)
    assert strong_search_entities(turn) and carries_search_words(turn, need_active=True)


@pytest.mark.parametrize("text, spans", [
    ("what's the weather like in brazil", (("brazil", "country", "Brazil"),)),
    ("what's there to eat in mexico", (("mexico", "country", "Mexico"),)),
])
def test_a_question_about_a_place_stays_declined(text: str, spans: tuple) -> None:
    turn = _first(text, *spans)
    assert not carries_search_words(turn, need_active=True)


def test_a_subject_beside_who_it_is_for_ranks_too() -> None:
    text = "a children's series about wildlife"
    plan = _fresh(text, [at(text, "children's", "audience", "family"), at(text, "series", "media_type", "series"),
                         at(text, "wildlife", "genre", "science-nature")])
    assert not plan.constraints.genres and plan.constraints.audience == "family", plan.constraints
    assert "wildlife" in (plan.constraints.query or ""), plan.constraints


def test_a_subject_beside_a_format_only_keeps_its_genre() -> None:
    text = "a series about wildlife"
    plan = _fresh(text, [at(text, "series", "media_type", "series"), at(text, "wildlife", "genre", "science-nature")])
    assert plan.constraints.genres == ["science-nature"], plan.constraints
