"""Dialogue round 17 (part D), the action side: 1. the taste of the person a title is for, said in the third person
("…, and she adores whales") is the topic (``query_text.query_clauses``, ``query_text.names_who_it_is_for``), and
someone else's taste the viewer turns down is excluded (``query_text.tastes_turned_down``); 2. a choice among
alternatives said later in the message narrows them to it (``scopes.chosen_alternatives``); 3. a negated noun with a
relative clause turns down the qualifier, not the noun (``scopes.qualified_exclusions``). Sentences are this module's
own; near-misses must not trigger."""

from __future__ import annotations

from typing import Optional

import pytest
from planned_turns import after, at, planned

from actions.entities import EXCLUDE, Entity
from actions.planning import Plan, plan_recommendation
from actions.query_text import residual_query, tastes_turned_down
from actions.scopes import chosen_alternatives, qualified_exclusions
from actions.turn import Turn


def first(text: str, *spans: tuple, intent: str = "request_recommendation") -> Plan:
    """The plan of ``text`` as an opening message, its entities placed on ``spans`` ((phrase, name, value[, role]))."""
    plan = plan_recommendation(Turn("test", intent, text, [_at(text, *s) for s in spans], {}))
    assert isinstance(plan, Plan), plan
    return plan


def _at(text: str, phrase: str, name: str, value: str, role: Optional[str] = None, nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Entity(name, value, role, start, start + len(phrase))


# -- 1. the taste of the person the title is for ---------------------------------------------------------------------

def test_a_third_person_taste_in_a_run_on_request_for_a_child_is_the_topic() -> None:
    text = "nothing above pg for my daughter, she's 8, and she adores whales"
    plan = first(text, ("nothing above pg", "audience", "family"), ("for my daughter, she's 8", "audience", "family"))
    assert plan.constraints.query == "whales", plan.constraints


@pytest.mark.parametrize("taste", ["is obsessed with", "is totally into", "is crazy about", "is a huge fan of",
                                   "really likes"])
def test_the_taste_words_never_reach_the_query(taste: str) -> None:
    text = f"a film for my nephew, he {taste} volcanoes"
    assert residual_query(text, [at(text, "film", "media_type", "movie")]) == "volcanoes"


def test_a_child_taste_with_an_audience_and_a_cap_keeps_the_topic_beside_the_cap() -> None:
    text = "our boys are 7 and 9, they love knights, and please nothing too violent"
    plan = first(text, ("our boys are 7 and 9", "audience", "kids"), ("violent", "mood", "violent", EXCLUDE))
    assert plan.constraints.query == "knights" and plan.constraints.audience == "kids", plan.constraints


def test_what_the_child_hates_never_becomes_the_topic() -> None:
    text = "nothing above pg for my son, he's 10, and he hates sharks"
    plan = first(text, ("nothing above pg", "audience", "family"), ("for my son, he's 10", "audience", "family"))
    assert plan.constraints.query is None, plan.constraints


def test_a_taste_clause_without_anyone_the_title_is_for_stays_story() -> None:
    text = "the neighbours came round again, they love gardening, the dog barked, what should i watch"
    assert residual_query(text, []) is None


def test_someone_elses_taste_the_viewer_turns_down_is_excluded() -> None:
    text = "my brother loves anime but I really can't stand it, any crime dramas?"
    plan = first(text, ("anime", "genre", "anime"), ("crime", "genre", "crime"), ("dramas", "genre", "drama"))
    assert "anime" not in plan.constraints.genres and "anime" in plan.constraints.exclude_genres, plan.constraints
    assert set(plan.constraints.genres) == {"crime", "drama"}, plan.constraints


@pytest.mark.parametrize("text", ["he is really into anime, not my thing though, any crime dramas?",
                                  "our neighbour is a big fan of anime whereas we hate it, any crime dramas?"])
def test_other_refusals_of_someone_elses_taste_exclude_it(text: str) -> None:
    assert [e.role for e in tastes_turned_down(text, [at(text, "anime", "genre", "anime")])] == [EXCLUDE]


def test_a_turned_down_taste_outside_the_entities_is_no_topic() -> None:
    text = "my mum adores musicals but we hate them, maybe a thriller"
    assert residual_query(text, [at(text, "thriller", "genre", "thriller")]) is None


@pytest.mark.parametrize("text", ["my brother loves anime, any crime dramas?", "my brother loves anime and so do i"])
def test_a_taste_without_the_viewer_turning_it_down_is_unchanged(text: str) -> None:
    entities = [at(text, "anime", "genre", "anime")]
    assert tastes_turned_down(text, entities) == entities


# -- 2. a choice among alternatives said later -------------------------------------------------------------------------

def test_a_format_chosen_after_offering_two_is_the_only_format() -> None:
    text = "what suits a 6 year old best, a film or a series? let's go with a series"
    plan = first(text, ("a 6 year old", "audience", "kids"), ("film", "media_type", "movie"),
                 ("series", "media_type", "series"), ("series", "media_type", "series", None, 1))
    assert plan.constraints.media_type == ["series"], plan.constraints


def test_an_origin_said_first_after_two_offered_is_the_only_origin() -> None:
    text = "spanish or korean thrillers, anything really. korean ones first"
    plan = first(text, ("spanish", "country", "Spain"), ("korean", "country", "South Korea"),
                 ("thrillers", "genre", "thriller"), ("korean", "country", "South Korea", None, 1))
    assert plan.constraints.countries == ["South Korea"] and plan.constraints.genres == ["thriller"], plan.constraints
    assert plan.constraints.query is None, plan.constraints  # the value left out is no topic


def test_the_next_alternative_replaces_the_first_choice() -> None:
    plan = planned(after("now spanish", [at("now spanish", "spanish", "country", "Spain")],
                         genres=["thriller"], countries=["South Korea"]))
    assert (plan.constraints.countries, plan.constraints.genres) == (["Spain"], ["thriller"]), plan.constraints


def test_a_genre_chosen_among_either_genres_is_the_genre() -> None:
    text = "a western or a musical? i'll take the western"
    entities = [_at(text, "western", "genre", "western", "any"), _at(text, "musical", "genre", "music", "any"),
                _at(text, "western", "genre", "western", None, 1)]
    kept, spent = chosen_alternatives(text, entities)
    assert [(e.value, e.role) for e in kept] == [("western", None)] and len(spent) == 2


@pytest.mark.parametrize("text", ["films or series, either works", "films or series, whichever",
                                  "i'd like to see films or series"])
def test_offered_alternatives_without_a_choice_stay_both(text: str) -> None:
    entities = [at(text, "films", "media_type", "movie"), at(text, "series", "media_type", "series")]
    assert chosen_alternatives(text, entities) == (entities, [])


def test_a_value_said_first_without_alternatives_before_it_is_no_choice() -> None:
    text = "horror first, and then maybe a comedy"
    entities = [at(text, "horror", "genre", "horror"), at(text, "comedy", "genre", "comedy")]
    assert chosen_alternatives(text, entities) == (entities, [])


# -- 3. a negation qualified by a relative clause ------------------------------------------------------------------

def test_no_more_of_a_genre_that_is_from_a_country_keeps_the_genre_and_excludes_the_country() -> None:
    text = "no more thrillers that are american"
    entities = [at(text, "thrillers", "genre", "thriller", EXCLUDE), at(text, "american", "country", "United States")]
    plan = planned(after(text, entities, genres=["thriller"]))
    assert plan.constraints.genres == ["thriller"] and not plan.constraints.exclude_genres, plan.constraints
    assert plan.constraints.exclude_countries == ["United States"] and not plan.constraints.countries, plan.constraints


def test_the_qualifier_leaves_a_country_the_search_held() -> None:
    text = "no more thrillers which are from the US"
    entities = [at(text, "thrillers", "genre", "thriller", EXCLUDE), at(text, "US", "country", "United States")]
    plan = planned(after(text, entities, genres=["thriller"], countries=["United States"]))
    assert (plan.constraints.countries, plan.constraints.exclude_countries) == ([], ["United States"]), plan.constraints


def test_a_format_qualified_by_a_genre_excludes_the_genre() -> None:
    text = "no series that are anime"
    found = qualified_exclusions(text, [at(text, "series", "media_type", "series", EXCLUDE),
                                        at(text, "anime", "genre", "anime")])
    assert [(e.value, e.role) for e in found] == [("series", None), ("anime", EXCLUDE)]


@pytest.mark.parametrize("text, spans", [
    ("no more thrillers, american ones", [("thrillers", "genre", "thriller", EXCLUDE),
                                          ("american", "country", "United States", None)]),
    ("no more thrillers", [("thrillers", "genre", "thriller", EXCLUDE)]),
    ("no thrillers and something american", [("thrillers", "genre", "thriller", EXCLUDE),
                                             ("american", "country", "United States", None)]),
])
def test_a_negation_without_a_relative_clause_is_unchanged(text: str, spans: list) -> None:
    entities = [at(text, *s) for s in spans]
    assert qualified_exclusions(text, entities) == entities


def test_no_more_of_a_genre_alone_still_excludes_it() -> None:
    text = "no more thrillers"
    plan = planned(after(text, [at(text, "thrillers", "genre", "thriller", EXCLUDE)], genres=["thriller", "crime"]))
    assert "thriller" in plan.constraints.exclude_genres, plan.constraints
