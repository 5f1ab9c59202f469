"""actions/like_twins.py: the hint beside a name several catalog titles share ("<title> the anime", "the 1993 <title>",
"<title> the show, not the movie") reads as which twin is meant; without a hint, or for a name only one title has,
nothing changes. Pure functions here; the actions over a real recommender in test_like_twins_actions.py."""

from __future__ import annotations

from typing import Any, Optional

import pytest

from actions.entities import Entity
from actions.like_twins import (Hint, choose, chosen_twin, read_hint, twins, twins_of_this_turn, twin_name,
                                with_twin_chosen)
from actions.turn import Turn
from contract.gazetteer import Gazetteer, TitleEntry

FILM = {"id": "f1", "type": "movie", "year": 2017, "genres": ["horror", "thriller"]}
ANIME = {"id": "a1", "type": "series", "year": 2006, "genres": ["anime", "crime"]}
GAZETTEER = Gazetteer(titles=(TitleEntry("f1", "Night Ledger"), TitleEntry("x1", "Quiet Harbour"),
                              TitleEntry("a1", "NIGHT LEDGER"), TitleEntry("c1", "City Tales"),
                              TitleEntry("c2", "City Tales (1993)")))


def title_at(text: str, said: str, value: str, role: Optional[str] = None) -> Entity:
    start = text.index(said)
    return Entity("title", value, role, start, start + len(said))


def hint_of(text: str, said: str = "night ledger", value: str = "Night Ledger") -> Optional[Hint]:
    return read_hint(text, title_at(text, said, value))


# -- the twins ---------------------------------------------------------------------------------------------------------

def test_twins_are_titles_of_one_name_in_any_case() -> None:
    assert twins("Night Ledger", GAZETTEER) == ("f1", "a1")


def test_a_bracketed_qualifier_is_left_out_between_twins() -> None:
    assert twins("City Tales", GAZETTEER) == twins("City Tales (1993)", GAZETTEER) == ("c1", "c2")
    assert twin_name("City Tales (1993)") == "city tales"


def test_a_name_one_title_has_has_no_twins() -> None:
    assert twins("Quiet Harbour", GAZETTEER) == ()
    assert twins("Night Ledger", None) == ()


# -- the hint -----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "wanted"), [
    ("something like night ledger the anime", ("anime",)),
    ("something like night ledger (the anime)", ("anime",)),
    ("the night ledger series", ("series",)),
    ("is the night ledger movie on here?", ("movie",)),
    ("the night ledger film", ("movie",)),
    ("night ledger the cartoon", ("anime",)),
    ("shows like the anime night ledger", ("anime",)),
    ("the anime version of night ledger", ("anime",)),
    ("night ledger, the 2017 one", ("2017",)),
    ("the 2017 night ledger", ("2017",)),
    ("night ledger from 2006", ("2006",)),
    ("night ledger (2006)", ("2006",)),
    ("the old night ledger please", ("old",)),
    ("night ledger live action", ("live action",)),
    ("the night ledger tv show", ("series",)),
])
def test_a_hint_beside_the_name(text: str, wanted: tuple[str, ...]) -> None:
    hint = hint_of(text)
    assert hint is not None and hint.wanted == wanted, hint


def test_not_the_other_kind_after_the_hint_rules_it_out() -> None:
    hint = hint_of("night ledger the show, not the movie")
    assert hint is not None and hint.wanted == ("series",) and hint.unwanted == ("movie",)
    text = "night ledger the show, not the movie"
    assert hint.spans == ((len("night ledger"), len(text)),)


def test_the_hint_inside_the_title_span_is_read_after_the_name() -> None:
    text = "more like night ledger the show please"
    entity = title_at(text, "night ledger the show", "Night Ledger")  # the extractor took the qualifier in
    hint = read_hint(text, entity)
    assert hint is not None and hint.wanted == ("series",)


@pytest.mark.parametrize("text", [
    "something like night ledger",            # no hint
    "an anime like night ledger",             # the kind is the search's, said apart from the name
    "night ledger movies please",             # a plural: films like it
    "something like night ledger, a movie",   # "a movie": the kind wanted, not which twin
    "something like night ledger but not anime",  # a contrast with the anchor, not a hint
    "like night ledger but a series",
])
def test_kinds_said_apart_from_the_name_are_no_hint(text: str) -> None:
    assert hint_of(text) is None


# -- choosing -----------------------------------------------------------------------------------------------------------

def hint(*wanted: str, unwanted: tuple[str, ...] = ()) -> Hint:
    return Hint(wanted, unwanted, ())


@pytest.mark.parametrize(("words", "unwanted", "chosen"), [
    (("anime",), (), "a1"), (("series",), (), "a1"), (("movie",), (), "f1"), (("live action",), (), "f1"), (("2017",), (), "f1"), (("2006",), (), "a1"),
    (("old",), (), "a1"), (("original",), (), "a1"), (("newer",), (), "f1"), (("series",), ("movie",), "a1"),
])
def test_the_hint_chooses_the_twin_it_fits(words: tuple[str, ...], unwanted: tuple[str, ...], chosen: str) -> None:
    assert choose(hint(*words, unwanted=unwanted), [FILM, ANIME]) == chosen


def test_a_hint_fitting_every_twin_or_none_chooses_nothing() -> None:
    other_film = {**ANIME, "id": "f2", "type": "movie", "genres": ["drama"]}
    assert choose(hint("movie"), [FILM, other_film]) is None
    assert choose(hint("1999"), [FILM, ANIME]) is None
    assert choose(hint("anime", "movie"), [FILM, ANIME]) is None


def test_an_age_word_among_twins_of_one_year_chooses_nothing() -> None:
    assert choose(hint("old"), [FILM, {**ANIME, "year": 2017}]) is None


# -- one turn -----------------------------------------------------------------------------------------------------------

class _Client:
    def __init__(self, records: dict[str, dict[str, Any]]) -> None:
        self.records = records

    async def item(self, item_id: str, user_id: Optional[str] = None) -> Optional[dict[str, Any]]:
        return self.records.get(item_id)


@pytest.fixture
def catalog(monkeypatch: pytest.MonkeyPatch) -> None:
    """The gazetteer and records above as the catalog the hook sees."""
    from actions import like_twins, references

    monkeypatch.setattr(references, "catalog_gazetteer", lambda: GAZETTEER)
    monkeypatch.setattr(like_twins, "get_client", lambda: _Client({"f1": FILM, "a1": ANIME}))


async def test_the_chosen_twin_is_what_the_name_means_for_the_turn(catalog: None) -> None:
    text = "something like night ledger the anime"
    entities = [title_at(text, "night ledger", "Night Ledger", "similar"), Entity("genre", "anime", None, 33, 38)]
    with twins_of_this_turn():
        turn = await with_twin_chosen(Turn("t", "request_recommendation", text, entities=entities))
        assert chosen_twin("night ledger") == "a1"
        from actions.references import lookup_title_id
        assert lookup_title_id("Night Ledger") == "a1"
    assert [e.name for e in turn.entities] == ["title"]  # the anime genre only served to choose
    assert chosen_twin("Night Ledger") is None  # forgotten when the turn ends


async def test_without_a_hint_the_turn_is_unchanged(catalog: None) -> None:
    text = "an anime like night ledger"
    entities = [Entity("genre", "anime", None, 3, 8), title_at(text, "night ledger", "Night Ledger", "similar")]
    with twins_of_this_turn():
        turn = await with_twin_chosen(Turn("t", "request_recommendation", text, entities=entities))
        # round 28C: the entities stay; the like-anchor is the oldest twin (the original), no longer the catalog's first
        assert turn.entities == entities and chosen_twin("Night Ledger") == "a1"


async def test_a_hint_beside_a_name_no_other_title_has_stays_a_constraint(catalog: None) -> None:
    text = "something like quiet harbour the series"
    entities = [title_at(text, "quiet harbour", "Quiet Harbour", "similar"), Entity("media_type", "series", None, 33, 39)]
    with twins_of_this_turn():
        turn = await with_twin_chosen(Turn("t", "request_recommendation", text, entities=entities))
    assert turn.entities == entities


async def test_the_chosen_title_spans_its_hint_and_article(catalog: None) -> None:
    text = "is the night ledger movie on here?"
    entities = [title_at(text, "night ledger", "Night Ledger"), Entity("media_type", "movie", None, 20, 25)]
    with twins_of_this_turn():
        turn = await with_twin_chosen(Turn("t", "ask_details", text, entities))
        assert chosen_twin("Night Ledger") == "f1"
    (title,) = turn.entities
    assert text[title.start:title.end] == "the night ledger movie"  # "is <title> on here?" reads it whole


async def test_a_hint_before_the_name_is_spanned_too(catalog: None, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "tell me about the 1993 city tales"
    entities = [Entity("year", "1993-1993", None, 14, 22), title_at(text, "city tales", "City Tales")]
    records = {"c1": {"id": "c1", "type": "series", "year": 2019}, "c2": {"id": "c2", "type": "series", "year": 1993}}
    from actions import like_twins
    monkeypatch.setattr(like_twins, "get_client", lambda: _Client(records))
    with twins_of_this_turn():
        turn = await with_twin_chosen(Turn("t", "ask_details", text, entities))
        assert chosen_twin("City Tales") == "c2"
    (title,) = turn.entities
    assert text[title.start:title.end] == "the 1993 city tales"
