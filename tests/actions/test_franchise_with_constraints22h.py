"""Round 22h: a franchise named WITH constraints is its titles filtered by them (actions/franchise_titles.py): a
clause after a comma or a format noun that holds only who watches, newest first or the format ("<franchise> films,
just the ones a 7 year old can watch", "<franchise> - which ones are ok for my 9 year old"); when who watches leaves
none, the answer says so and lists the franchise's mildest titles ("No <franchise> movie is rated for young kids; the
closest are:"). Near misses: a clause with a request of its own ("<franchise> movies, with dragons"), a kind after the
comma, a name no franchise has. Phrasings are this module's own; a small catalog written here."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Optional

import pytest

from actions.entities import Entity
from actions.franchise_titles import FranchiseAsked, closest_to_the_cap, franchise_asked, none_within_the_cap
from actions.turn import Turn

_TITLES = [("f1", "Movie", "Kung Fu Panda", 2008, "PG"), ("f2", "Movie", "Kung Fu Panda 2", 2011, "PG"),
           ("f3", "Movie", "Kung Fu Panda: Holiday", 2010, "TV-PG"),
           ("f6", "TV Show", "Scooby-Doo!: Mystery Inc", 2010, "TV-Y7"),
           ("f7", "Movie", "Scooby-Doo on Zombie Island", 1998, "TV-G"), ("f8", "Movie", "Bird Box", 2018, "R"),
           ("f13", "Movie", "Barbie: Spy Squad", 2016, "TV-Y"), ("f14", "Movie", "Barbie in A Mermaid Tale", 2010, "TV-Y"),
           ("f15", "Movie", "Barbie: Princess Adventure", 2020, "TV-Y"),
           ("f20", "Movie", "Gore Night", 2001, "R"), ("f21", "Movie", "Gore Night 2", 2003, "TV-14")]


@pytest.fixture
def small_catalog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from contract.gazetteer import build_from_netflix_csv, write_gazetteer

    path = tmp_path / "titles.csv"
    with path.open("w", newline="") as out:
        w = csv.writer(out)
        w.writerow(["show_id", "type", "title", "director", "cast", "country", "date_added", "release_year", "rating",
                    "duration", "listed_in", "description"])
        for sid, kind, title, year, rating in _TITLES:
            w.writerow([sid, kind, title, "", "", "United States", "", year, rating, "90 min",
                        "Children & Family Movies", "a story"])
    monkeypatch.setenv("MEDIABOT_GAZETTEER", str(write_gazetteer(build_from_netflix_csv(path), tmp_path / "g.json")))


def _asked(text: str, *entities: tuple[str, str, str]) -> Optional[FranchiseAsked]:
    found = []
    for said, name, value in entities:
        start = text.index(said)
        found.append(Entity(name, value, None, start, start + len(said)))
    return franchise_asked(Turn("t", "request_recommendation", text, found, {}))


@pytest.mark.parametrize("text,entities", [
    ("kung fu panda movies, just the ones a 7 year old can watch", [("movies", "media_type", "movie"),
                                                                   ("a 7 year old", "audience", "family")]),
    ("kung fu panda - which ones are ok for my 9 year old?", [("kung fu panda", "title", "Kung Fu Panda"),
                                                              ("my 9 year old", "audience", "family")]),
    ("kung fu panda, but only ones suitable for a 5 year old", [("kung fu panda", "title", "Kung Fu Panda"),
                                                                ("a 5 year old", "audience", "kids")]),
    ("the kung fu panda films that my 8 year old can see", [("films", "media_type", "movie"),
                                                            ("my 8 year old", "audience", "family")]),
])
def test_a_franchise_with_who_watches_after_it_is_its_titles(small_catalog: None, text: str, entities: list) -> None:
    asked = _asked(text, *entities)
    assert asked is not None and set(asked.ids) == {"f1", "f2", "f3"}, text


def test_a_franchise_with_the_newest_one_not_seen(small_catalog: None) -> None:
    asked = _asked("barbie films, the newest one she hasn't seen", ("films", "media_type", "movie"),
                   ("newest", "sort", "newest"))
    assert asked is not None and asked.newest_first and {"f13", "f15"} <= set(asked.ids)


@pytest.mark.parametrize("text,entities", [
    ("kung fu panda movies, with dragons in them", [("movies", "media_type", "movie")]),
    ("kung fu panda movies, but funnier for a 9 year old", [("movies", "media_type", "movie"),
                                                            ("a 9 year old", "audience", "family")]),
    ("kung fu panda, horror ones for my 9 year old", [("kung fu panda", "title", "Kung Fu Panda"),
                                                      ("horror", "genre", "horror"),
                                                      ("my 9 year old", "audience", "family")]),
    ("bird box, ok for a 9 year old?", [("bird box", "title", "Bird Box"), ("a 9 year old", "audience", "family")]),
    ("panda, for my 9 year old", [("my 9 year old", "audience", "family")]),
])
def test_a_clause_of_another_request_or_no_franchise_is_none(small_catalog: None, text: str, entities: list) -> None:
    assert _asked(text, *entities) is None, text


def test_none_within_the_cap_is_said_and_the_mildest_come_first(small_catalog: None) -> None:
    asked = _asked("gore night movies for my 6 year old", ("movies", "media_type", "movie"),
                   ("my 6 year old", "audience", "kids"))
    assert asked is not None
    items = [{"id": "f20", "type": "movie", "rating": "R", "year": 2001},
             {"id": "f21", "type": "movie", "rating": "TV-14", "year": 2003}]
    assert [i["id"] for i in closest_to_the_cap(asked, items, [])] == ["f21", "f20"]
    assert none_within_the_cap(asked, "kids") == "No gore night movie is rated for young kids; the closest are:"


# --- a follow-up after a list all of one franchise keeps the franchise ---------------------------------------------

_PANDA_LIST = [{"id": "f1", "title": "Kung Fu Panda", "type": "movie", "year": 2008},
               {"id": "f3", "title": "Kung Fu Panda: Holiday", "type": "movie", "year": 2010}]


def _followed(text: str, last: list, *entities: tuple[str, str, str]) -> Optional[FranchiseAsked]:
    found = []
    for said, name, value in entities:
        start = text.index(said)
        found.append(Entity(name, value, None, start, start + len(said)))
    return franchise_asked(Turn("t", "request_recommendation", text, found, {"last_items": last}))


@pytest.mark.parametrize("text,entities", [
    ("which of them is ok for my 9 year old", [("my 9 year old", "audience", "family")]),
    ("just the films please", [("films", "media_type", "movie")]),
    ("only ones from the 2010s", [("the 2010s", "year", "2010-2019")]),
])
def test_a_follow_up_of_constraints_keeps_the_franchise(small_catalog: None, text: str, entities: list) -> None:
    asked = _followed(text, _PANDA_LIST, *entities)
    assert asked is not None and asked.name == "Kung Fu Panda" and set(asked.ids) == {"f1", "f2", "f3"}, text


def test_a_follow_up_era_is_a_range(small_catalog: None) -> None:
    asked = _followed("only ones from the 2010s", _PANDA_LIST, ("the 2010s", "year", "2010-2019"))
    assert asked is not None and asked.years == (2010, 2019)


@pytest.mark.parametrize("text,entities,last", [
    ("just the films please", [("films", "media_type", "movie")],  # a list of unrelated titles
     [{"id": "f8", "title": "Bird Box"}, {"id": "f1", "title": "Kung Fu Panda"}]),
    ("horror films for my 9 year old", [("horror", "genre", "horror"), ("films", "media_type", "movie"),
                                        ("my 9 year old", "audience", "family")], _PANDA_LIST),  # a kind: a new search
    ("just the films with dragons", [("films", "media_type", "movie")], _PANDA_LIST),  # words of a request
])
def test_a_follow_up_that_keeps_no_franchise(small_catalog: None, text: str, entities: list, last: list) -> None:
    assert _followed(text, last, *entities) is None, text


def test_a_follow_up_refusing_a_format_keeps_the_other(small_catalog: None) -> None:
    text = "no movies thanks, only the series"
    films, series = text.index("movies"), text.index("series")
    turn = Turn("t", "request_recommendation", text.replace("thanks", "please"),
                [Entity("media_type", "movie", "exclude", films, films + 6),
                 Entity("media_type", "series", None, series, series + 6)], {"last_items": _PANDA_LIST})
    asked = franchise_asked(turn)
    assert asked is not None and asked.media_type == "series"
    text = "not the films"
    refused = Turn("t", "request_recommendation", text, [Entity("media_type", "movie", "exclude", 8, 13)],
                   {"last_items": _PANDA_LIST})
    asked = franchise_asked(refused)
    assert asked is not None and asked.media_type == "series"
