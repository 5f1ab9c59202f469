"""actions/list_follow_ups.py: follow-ups that point into the list shown without a position (a bare title after
"not", a shown title by what it is about, "not that one, another", "one(s) that <constraint>"). Sentences are this
module's own; near-misses must not fire. Titles from tests/fixtures/netflix_small.csv."""

from __future__ import annotations

import asyncio
from typing import Any, Optional

import pytest

from actions import list_follow_ups, shown_described
from actions.entities import Entity
from actions.list_follow_ups import (another_instead, constraint_of_ones, follow_up_on_the_list, shown_titles_described,
                                     title_after_not)
from actions.turn import LAST_ITEMS, Turn

SCORSESE = [{"id": "s8273", "title": "The Departed"}, {"id": "s2861", "title": "Hugo"},
            {"id": "s3228", "title": "The Irishman"}, {"id": "s1359", "title": "Shutter Island"}]
DOCS = [{"id": "s2633", "title": "No Direction Home: Bob Dylan"},
        {"id": "s3760", "title": "Rolling Thunder Revue: A Bob Dylan Story by Martin Scorsese"}]
SYNOPSES = {"s2633": "Featuring rare concert footage and interviews with legendary musicians.",
            "s3760": "Scorsese looks back at Bob Dylan's 1975 Rolling Thunder Revue tour.",
            "s8273": "Two rookie Boston cops are sent deep undercover.", "s2861": "An orphan in a Paris train station.",
            "s3228": "A hit man looks back.", "s1359": "A U.S. marshal investigates a disappearance on an island."}


class _Catalog:
    """The recommender's item endpoint over a few synopses."""

    async def item(self, item_id: str, user_id: Optional[str] = None) -> dict[str, Any]:
        return {"id": item_id, "description": SYNOPSES.get(item_id, "")}


@pytest.fixture
def catalog(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shown_described, "get_client", lambda: _Catalog())  # the one reading of the shown titles


def _turn(text: str, items: list[dict[str, Any]], entities: Optional[list[Entity]] = None, **slots: Any) -> Turn:
    return Turn("test:user", "ask_details", text, entities or [], {LAST_ITEMS: items, **slots})


# -- a catalog title right after "not" --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, title", [
    ("not departed, saw it way too often", "The Departed"),
    ("not the irishman, too long", "The Irishman"),
    ("skip hugo pls", "Hugo"),
    ("no shutter island again, seen it 100 times", "Shutter Island"),
])
def test_a_title_after_not_is_turned_down(fixture_gazetteer: None, text: str, title: str) -> None:
    found = title_after_not(text, [], SCORSESE)
    assert found is not None and (found.value, found.role) == (title, "exclude")
    assert text[found.start:found.end].lower().endswith(title.lower().split()[-1])


@pytest.mark.parametrize("text", ["not that one", "not now", "not the second one",
                                  "not really in the mood", "no thanks"])
def test_no_title_after_not_in_everyday_words(fixture_gazetteer: None, text: str) -> None:
    position = [Entity("position", "2", "exclude", 4, 14)] if "second" in text else []
    assert title_after_not(text, position, SCORSESE) is None


def test_the_extractors_title_stands(fixture_gazetteer: None) -> None:
    read = [Entity("title", "Hugo", "exclude", 4, 8)]
    assert title_after_not("not hugo", read, SCORSESE) is None


def test_words_another_entity_reads_name_no_title(fixture_gazetteer: None) -> None:
    genre = [Entity("genre", "horror", "exclude", 4, 10)]
    assert title_after_not("not horror", genre, SCORSESE) is None


# -- a shown title by what it is about --------------------------------------------------------------------------------

def test_not_the_topic_one_names_the_shown_title_about_it(catalog: None) -> None:
    found = asyncio.run(shown_titles_described("not the concert one", [], DOCS))
    assert [(e.name, e.value, e.role) for e in found] == [("item_id", "s2633", "exclude")]


def test_a_word_of_the_title_names_it_too(catalog: None) -> None:
    found = asyncio.run(shown_titles_described("ok not the rolling thunder one", [], DOCS))
    assert [e.value for e in found] == ["s3760"]


def test_not_the_one_about_names_the_shown_title_about_it(catalog: None) -> None:
    found = asyncio.run(shown_titles_described("hmm not the one with the concert footage, others?", [], DOCS))
    assert [(e.value, e.role) for e in found] == [("s2633", "exclude")]


@pytest.mark.parametrize("text", ["not the dylan one", "not the shark one", "not the second one", "not the other one",
                                  "the one with the concert footage", "not the one with him"])
def test_words_every_or_no_shown_title_has_point_at_none(catalog: None, text: str) -> None:
    assert asyncio.run(shown_titles_described(text, [], DOCS)) == []


class _CountingCatalog(_Catalog):
    def __init__(self) -> None:
        self.read: list[str] = []

    async def item(self, item_id: str, user_id: Optional[str] = None) -> dict[str, Any]:
        self.read.append(item_id)
        return {"id": item_id, "description": "a quiet story about a lighthouse keeper" if item_id == "x3" else ""}


def test_a_long_list_is_read_up_to_the_shared_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _CountingCatalog()
    monkeypatch.setattr(shown_described, "get_client", lambda: counting)
    many = [{"id": f"x{n}", "title": f"Title {n}"} for n in range(shown_described.MAX_ITEMS + 5)]
    found = asyncio.run(shown_titles_described("not the lighthouse one", [], many))
    assert [e.value for e in found] == ["x3"] and len(counting.read) == shown_described.MAX_ITEMS


def test_the_list_as_remembered_when_the_catalog_is_unreachable(monkeypatch: pytest.MonkeyPatch) -> None:
    class _Down:
        async def item(self, item_id: str, user_id: Optional[str] = None) -> dict[str, Any]:
            raise shown_described.RecommenderUnavailable("down")

    monkeypatch.setattr(shown_described, "get_client", lambda: _Down())
    listed = [{"id": "y1", "title": "Lighthouse Nights"}, {"id": "y2", "title": "Desert Roads"}]
    assert [e.value for e in asyncio.run(shown_titles_described("not the lighthouse one", [], listed))] == ["y1"]


def test_a_word_an_entity_reads_of_several_titles_is_left_to_its_rules(catalog: None) -> None:
    genre = [Entity("genre", "music", "exclude", 8, 15)]
    assert asyncio.run(shown_titles_described("not the concert ones", genre, DOCS)) == []


def test_a_word_an_entity_reads_of_one_title_points_at_it(fixture_gazetteer: None, catalog: None) -> None:
    genre = Entity("genre", "music", "exclude", 8, 15)
    found = asyncio.run(follow_up_on_the_list(_turn("not the concert one", DOCS, [genre])))
    assert found is not None and found.intent == "refine"
    assert [(e.name, e.value) for e in found.turn.entities] == [("item_id", "s2633")]


# -- "not that one, another" -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["not that one, she hates it. a different one?", "not this one try another",
                                  "hmm not that one, something else", "not it. something else"])
def test_not_that_one_asking_for_another_is_something_else(text: str) -> None:
    assert another_instead(_turn(text, SCORSESE))


@pytest.mark.parametrize("text, items, slots", [
    ("not that one, another", SCORSESE[:1], {}),  # one title shown: it is that one
    ("not that one, another", SCORSESE, {"focused_id": "s2861"}),  # a title in focus: it is that one
    ("not that one", SCORSESE, {}),  # no other asked for: the existing rejection answers
    ("that one is great, another like it", SCORSESE, {}),
    ("not that scary, another please", SCORSESE, {}),  # how, not which
])
def test_near_misses_are_no_something_else(text: str, items: list[dict[str, Any]], slots: dict[str, Any]) -> None:
    assert not another_instead(_turn(text, items, **slots))


def test_a_position_points_at_one(fixture_gazetteer: None) -> None:
    position = [Entity("position", "2", None, 8, 14)]
    assert not another_instead(_turn("not the second one, another", SCORSESE, position))


# -- "one/ones that <constraint>" -------------------------------------------------------------------------------------

def test_one_that_with_a_rating_is_an_edit() -> None:
    rating = [Entity("rating", "R", "exclude", 13, 20)]
    assert constraint_of_ones("one that isnt rated r", rating)


def test_ones_that_with_a_mood_is_an_edit() -> None:
    mood = [Entity("mood", "scary", "exclude", 16, 21)]
    assert constraint_of_ones("ones that arent scary", mood)


@pytest.mark.parametrize("text, entities", [
    ("the one that's rated r", [Entity("rating", "R", None, 15, 22)]),  # a shown title pointed at
    ("ones that my kids like", []),  # no constraint said
    ("scary ones that are fun", [Entity("mood", "scary", None, 0, 5)]),  # the constraint before the cue
])
def test_near_misses_are_no_constraint_edit(text: str, entities: list[Entity]) -> None:
    assert not constraint_of_ones(text, entities)


# -- the router --------------------------------------------------------------------------------------------------------

def test_the_router_turns_a_bare_title_down_as_a_refinement(fixture_gazetteer: None, catalog: None) -> None:
    found = asyncio.run(follow_up_on_the_list(_turn("not departed, seen it", SCORSESE)))
    assert found is not None and found.intent == "refine"
    assert [(e.name, e.value, e.role) for e in found.turn.entities] == [("title", "The Departed", "exclude")]


def test_the_router_reads_nothing_without_a_list(fixture_gazetteer: None, catalog: None) -> None:
    assert asyncio.run(follow_up_on_the_list(_turn("not departed, seen it", []))) is None


def test_the_router_leaves_plain_chat_alone(fixture_gazetteer: None, catalog: None) -> None:
    assert asyncio.run(follow_up_on_the_list(_turn("thanks, that looks great", SCORSESE))) is None
