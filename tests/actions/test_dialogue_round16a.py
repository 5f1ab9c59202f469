"""Dialogue round 16 (part A), the action side: 1. a rating let in with words of addition widens the search's
ratings (``edits.widened_ratings``), a rating said alone or with swap words replaces them; 2. an English request with
one word the extractor reads in a chat spelling ("serie") is never declined as another language, while requests in
Spanish, French and German still are. Sentences are this module's own; near-misses must not trigger."""

from __future__ import annotations

import pytest
from planned_turns import after, at, planned

from actions.edits.ratings import widened_ratings
from actions.entities import EXCLUDE, Entity
from actions.language import in_other_language
from contract.constraints import Constraints

PG13 = Constraints(genres=["drama"], ratings=["PG-13"])


# -- 1. a rating let in beside the search's ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["R is ok too", "fine, allow R", "alright R works as well", "R would be fine also"])
def test_a_rating_let_in_joins_the_search_ratings(text: str) -> None:
    found = widened_ratings(text, [at(text, "R", "rating", "R")], PG13)
    assert sorted(e.value for e in found if e.name == "rating") == ["PG-13", "R"], found


@pytest.mark.parametrize("text", ["R instead", "only R", "just R rated", "R rated"])
def test_a_rating_said_alone_or_swapped_replaces_them(text: str) -> None:
    found = widened_ratings(text, [at(text, "R", "rating", "R")], PG13)
    assert [e.value for e in found if e.name == "rating"] == ["R"], found


def test_no_ratings_in_the_search_leave_the_entities_alone() -> None:
    text = "R is ok too"
    entities = [at(text, "R", "rating", "R")]
    assert widened_ratings(text, entities, Constraints(genres=["drama"])) == entities


def test_a_turned_down_rating_is_not_let_in() -> None:
    text = "no R, that's fine"
    entities = [at(text, "R", "rating", "R", EXCLUDE)]
    assert widened_ratings(text, entities, PG13) == entities


def test_the_follow_up_plans_both_ratings_and_keeps_the_search() -> None:
    text = "ok fine, R is alright too"
    plan = planned(after(text, [at(text, "R", "rating", "R")], "refine", genres=["drama"], ratings=["PG-13"]))
    assert sorted(plan.constraints.ratings) == ["PG-13", "R"], plan.constraints
    assert plan.constraints.genres == ["drama"], plan.constraints


# -- 2. language: the share of known words decides, not one word -------------------------------------------------------

def _located(text: str, *spans: tuple[str, str, str]) -> list[Entity]:
    return [at(text, phrase, name, value) for phrase, name, value in spans]


@pytest.mark.parametrize("text, spans", [
    ("brit comedy serie", (("brit", "country", "United Kingdom"), ("comedy", "genre", "comedy"),
                           ("serie", "media_type", "series"))),
    ("irish crime serie", (("irish", "country", "Ireland"), ("crime", "genre", "crime"),
                           ("serie", "media_type", "series"))),
    ("some scandi noir serie for tonight", (("scandi", "country", "Sweden"), ("serie", "media_type", "series"))),
    ("a good mystery serie pls", (("mystery", "genre", "mystery"), ("serie", "media_type", "series"))),
])
def test_an_english_request_with_one_chat_spelling_is_english(text: str, spans: tuple) -> None:
    assert not in_other_language(text, _located(text, *spans))


@pytest.mark.parametrize("text, spans", [
    ("busco una serie de misterio para esta noche", (("serie", "media_type", "series"),)),
    ("je cherche un film drôle pour ce soir", (("film", "media_type", "movie"),)),
    ("ich suche einen spannenden film für heute abend", (("film", "media_type", "movie"),)),
    ("películas de terror sin sangre", (("películas", "media_type", "movie"), ("terror", "genre", "horror"))),
])
def test_requests_in_other_languages_are_still_recognised(text: str, spans: tuple) -> None:
    assert in_other_language(text, _located(text, *spans))


def test_a_rating_above_an_audience_cap_raises_the_cap() -> None:
    text = "R is fine too"
    found = widened_ratings(text, [at(text, "R", "rating", "R")], Constraints(genres=["thriller"], audience="teen"))
    assert [(e.name, e.value) for e in found] == [("audience", "adult")], found


def test_a_rating_within_an_audience_cap_is_left_alone() -> None:
    text = "PG is fine too"
    entities = [at(text, "PG", "rating", "PG")]
    assert widened_ratings(text, entities, Constraints(audience="teen")) == entities


def test_the_follow_up_after_a_teen_search_lifts_the_cap() -> None:
    text = "alright R works too"
    plan = planned(after(text, [at(text, "R", "rating", "R")], "refine", genres=["thriller"], audience="teen"))
    c = plan.constraints
    assert (c.audience, c.ratings, c.genres) == ("adult", [], ["thriller"]), c
