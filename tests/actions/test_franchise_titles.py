"""A franchise asked for by name is the list of its titles (actions/franchise_titles.py): "<franchise> movies", "the
<franchise> ones" after a person's list, "the old <franchise> films"; a person's name, a kind, or a word many titles
merely open with stays a search. Phrasings are this module's own; tests/fixtures/netflix_small.csv."""

from __future__ import annotations

from typing import Optional

import pytest

from actions.entities import Entity
from actions.franchise_titles import FranchiseAsked, chosen, franchise_asked
from actions.turn import Turn


def _asked(text: str, *entities: tuple[str, str, str]) -> Optional[FranchiseAsked]:
    found = []
    for said, name, value in entities:
        start = text.index(said)
        found.append(Entity(name, value, None, start, start + len(said)))
    return franchise_asked(Turn("t", "refine", text, found, {}))


def test_franchise_movies_are_its_titles(fixture_gazetteer: None) -> None:
    asked = _asked("barbie films for my little cousin", ("films", "media_type", "movie"))
    assert asked is not None and set(asked.ids) == {"s6236", "s6242"} and asked.media_type == "movie"


def test_the_franchise_ones_with_a_kind_read_inside_the_name(fixture_gazetteer: None) -> None:
    asked = _asked("just the kung fu panda ones please", ("kung fu", "genre", "action"))
    assert asked is not None and asked.name == "kung fu panda" and len(asked.ids) == 2


def test_the_old_ones_are_listed_earliest_first(fixture_gazetteer: None) -> None:
    asked = _asked("the original stargate movies")
    assert asked is not None and asked.earliest_first
    items = [{"id": "s1623", "type": "series", "year": 2006}, {"id": "s947", "type": "movie", "year": 1994}]
    assert [i["id"] for i in chosen(asked, items, [])] == ["s947"]


def test_the_person_in_context_is_kept_when_credited() -> None:
    asked = FranchiseAsked("kung fu panda", ("a", "b"), None, False)
    items = [{"id": "a", "cast": ["Jack Black"]}, {"id": "b", "cast": ["Seth Rogen", "Jack Black"]}]
    assert [i["id"] for i in chosen(asked, items, ["Seth Rogen"])] == ["b"]
    assert [i["id"] for i in chosen(asked, items, ["Tom Hanks"])] == ["a", "b"]  # in none: all of them


@pytest.mark.parametrize("text, entities", [
    ("seth rogen movies", [("seth rogen", "actor", "Seth Rogen")]),
    ("horror movies", [("horror", "genre", "horror")]),
    ("christmas movies", []),          # titles merely opening with the word
    ("love movies", []),
    ("the korean ones", [("korean", "language", "ko")]),
    ("stargate", []),                  # no noun of titles: the title's own answer
    ("barbie movies with more action", []),
])
def test_no_franchise(fixture_gazetteer: None, text: str, entities: list[tuple[str, str, str]]) -> None:
    assert _asked(text, *entities) is None, text


def test_a_childs_cap_always_bounds_the_franchise() -> None:
    asked = FranchiseAsked("stargate", ("a", "b"), None, False)
    items = [{"id": "a", "rating": "PG-13"}, {"id": "b", "rating": "TV-PG"}]
    assert [i["id"] for i in chosen(asked, items, [], "family")] == ["b"]
    assert chosen(asked, items[:1], [], "preschool") == []


@pytest.mark.parametrize("name, own", [("war", False), ("heist", False), ("karate kid", True), ("barbie", True)])
def test_a_topic_word_alone_names_a_kind_not_a_franchise(name: str, own: bool) -> None:
    """"war movies" are war films, though the catalog has titles called "War" and "War Dogs"."""
    from actions.franchise_titles import _words_of_its_own
    assert _words_of_its_own(name, 0, []) is own
