"""Dialogue round 17 (part I), the action side: a genre said with "a/an" as one countable thing ("we fancy a
slasher", "an eighties mystery for the flight") is a film in English (``planning.singular_genre_films``) when a new
search starts; anything that says series, a format, a Korean drama, a plural genre or the genre naming something else
("a comedy special", "a thriller fan") leaves the format open. Sentences are this module's own."""

from __future__ import annotations

from typing import Any

import pytest
from planned_turns import after, at, planned

from actions.entities import Entity
from actions.planning import singular_genre_films
from actions.turn import Turn


def fresh(text: str, entities: list[Entity]) -> Turn:
    """A first request: nothing searched yet."""
    return Turn("test", "request_recommendation", text, entities, {})


# -- the rule alone ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,phrase,genre", [
    ("we fancy a slasher tonight", "slasher", "horror"),
    ("an eighties mystery for the flight", "mystery", "mystery"),
    ("pizza, beers and a romcom", "romcom", "romance"),
    ("just need a good documentary before bed", "documentary", "documentary"),
    ("could you find me a really tense thriller?", "thriller", "thriller"),
    ("a drama, something that makes me cry", "drama", "drama"),
    ("show me a feelgood comedy", "comedy", "comedy"),
])
def test_a_genre_said_with_a_is_a_film(text: str, phrase: str, genre: str) -> None:
    assert [(e.name, e.value) for e in singular_genre_films(text, [at(text, phrase, "genre", genre)])] == [
        ("media_type", "movie")]


@pytest.mark.parametrize("text,phrase,genre,extra", [
    ("a mystery series to get hooked on", "mystery", "mystery", ("series", "media_type", "series")),
    ("a comedy that runs 2 seasons", "comedy", "comedy", ("2 seasons", "seasons", "2-2")),
    ("a thriller with short episodes", "thriller", "thriller", None),
    ("a drama i could binge this weekend", "drama", "drama", None),
    ("a korean thriller", "thriller", "thriller", ("korean", "language", "ko")),
    ("a k-drama romance", "romance", "romance", None),
    ("thrillers with a twist", "thrillers", "thriller", None),
    ("a comedy special from last year", "comedy special", "stand-up", None),
    ("i'm a thriller fan, recommend me anything", "thriller", "thriller", None),
    ("a documentary miniseries", "documentary", "documentary", None),
    ("a nice cozy show, a comedy", "comedy", "comedy", None),
    ("the horror you showed me was great", "horror", "horror", None),
    ("show us a comedy, a show we can all watch", "comedy", "comedy", None),
    ("give me a couple of horror picks", "horror", "horror", None),
    ("a mix of comedy and drama", "comedy", "comedy", None),
])
def test_what_says_series_or_not_a_title_leaves_the_format_open(text: str, phrase: str, genre: str,
                                                                extra: Any) -> None:
    entities = [at(text, phrase, "genre", genre)]
    if extra:
        entities.append(at(text, *extra))
    assert singular_genre_films(text, entities) == []


# -- planned turns ----------------------------------------------------------------------------------------------------

def test_a_first_request_for_a_genre_with_a_asks_for_films() -> None:
    text = "a nineties comedy to laugh at with my sister"
    plan = planned(fresh(text, [at(text, "comedy", "genre", "comedy"), at(text, "nineties", "year", "1990-1999")]))
    assert plan.constraints.media_type == ["movie"] and plan.constraints.genres == ["comedy"]


def test_a_plural_genre_keeps_both_formats() -> None:
    text = "comedies to laugh at with my sister"
    plan = planned(fresh(text, [at(text, "comedies", "genre", "comedy")]))
    assert plan.constraints.media_type == []


def test_a_genre_series_keeps_the_series() -> None:
    text = "a comedy series to laugh at"
    plan = planned(fresh(text, [at(text, "comedy", "genre", "comedy"), at(text, "series", "media_type", "series")]))
    assert plan.constraints.media_type == ["series"]


def test_a_korean_drama_is_left_alone() -> None:
    text = "a korean drama please"
    plan = planned(fresh(text, [at(text, "korean", "language", "ko"), at(text, "drama", "genre", "drama")]))
    assert plan.constraints.media_type == []


def test_make_it_a_genre_keeps_the_series_searched() -> None:
    text = "make it a thriller"
    items = [{"id": f"s{i}", "title": f"Show {i}", "type": "series", "year": 2019, "seasons": 2} for i in range(1, 4)]
    plan = planned(after(text, [at(text, "thriller", "genre", "thriller")], items=items, media_type=["series"],
                         languages=["ko"]))
    assert plan.constraints.media_type == ["series"], plan.constraints
    assert plan.constraints.genres == ["thriller"], plan.constraints


def test_a_new_request_with_a_after_a_search_without_format_asks_for_films() -> None:
    text = "forget that, i want a horror now"
    plan = planned(after(text, [at(text, "horror", "genre", "horror")], "request_recommendation",
                         genres=["documentary"]))
    assert plan.constraints.genres == ["horror"] and plan.constraints.media_type == ["movie"], plan.constraints
