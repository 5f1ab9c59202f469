"""Round 21t: a franchise named alone or with a format and words of its own is the list of its titles
(actions/franchise_titles.py): the name said alone when a title is read over it ("kung fu panda", "the scooby doo"),
a name that is also a country ("madagascar films"), a child's age said as "for my seven year old", newest first said
after the name ("the newer the better"). Near misses: a title of its own said alone ("bird box") stays a like-search,
a country ("korean movies") stays a country. Phrasings are this module's own; a small catalog written here."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Optional

import pytest

from actions.entities import Entity
from actions.franchise_titles import FranchiseAsked, chosen, franchise_asked
from actions.turn import Turn

_TITLES = [("f1", "Movie", "Kung Fu Panda", 2008), ("f2", "Movie", "Kung Fu Panda 2", 2011),
           ("f3", "Movie", "Kung Fu Panda: Holiday", 2010), ("f4", "Movie", "Madagascar: Escape 2 Africa", 2008),
           ("f5", "Movie", "Madagascar 3: Europe's Most Wanted", 2012), ("f6", "TV Show", "Scooby-Doo!: Mystery Inc", 2010),
           ("f7", "Movie", "Scooby-Doo on Zombie Island", 1998), ("f8", "Movie", "Bird Box", 2018),
           ("f9", "Movie", "Pokémon the Movie: Power of Us", 2018), ("f10", "TV Show", "Pokémon Journeys: The Series", 2019),
           ("f11", "Movie", "Pokémon: Mewtwo Strikes Back", 2019), ("f12", "Movie", "Korean Pork Belly Rhapsody", 2019),
           ("f13", "Movie", "Barbie: Spy Squad", 2016), ("f14", "Movie", "Barbie in A Mermaid Tale", 2010),
           ("f15", "Movie", "Barbie: Princess Adventure", 2020)]


@pytest.fixture
def small_catalog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from contract.gazetteer import build_from_netflix_csv, write_gazetteer

    path = tmp_path / "titles.csv"
    with path.open("w", newline="") as out:
        w = csv.writer(out)
        w.writerow(["show_id", "type", "title", "director", "cast", "country", "date_added", "release_year", "rating",
                    "duration", "listed_in", "description"])
        for sid, kind, title, year in _TITLES:
            w.writerow([sid, kind, title, "", "", "United States", "", year, "TV-Y7", "90 min", "Children & Family Movies",
                        "a story"])
    monkeypatch.setenv("MEDIABOT_GAZETTEER", str(write_gazetteer(build_from_netflix_csv(path), tmp_path / "g.json")))


def _asked(text: str, *entities: tuple[str, str, str]) -> Optional[FranchiseAsked]:
    found = []
    for said, name, value in entities:
        start = text.index(said)
        found.append(Entity(name, value, None, start, start + len(said)))
    return franchise_asked(Turn("t", "request_recommendation", text, found, {}))


def test_a_franchise_named_alone_is_its_titles(small_catalog: None) -> None:
    asked = _asked("kung fu panda!", ("kung fu panda", "title", "Kung Fu Panda"))
    assert asked is not None and set(asked.ids) == {"f1", "f2", "f3"}


def test_a_franchise_named_alone_with_its_punctuation_changed(small_catalog: None) -> None:
    asked = _asked("the scooby doo", ("scooby doo", "title", "Scooby-Doo!: Mystery Inc"))
    assert asked is not None and set(asked.ids) == {"f6", "f7"}


def test_a_title_of_its_own_said_alone_is_no_franchise(small_catalog: None) -> None:
    assert _asked("bird box", ("bird box", "title", "Bird Box")) is None


def test_a_name_said_alone_with_no_title_read_is_no_franchise(small_catalog: None) -> None:
    assert _asked("kung fu panda") is None


def test_a_franchise_named_like_a_country(small_catalog: None) -> None:
    asked = _asked("madagascar films", ("madagascar", "country", "Madagascar"), ("films", "media_type", "movie"))
    assert asked is not None and set(asked.ids) == {"f4", "f5"}


def test_a_country_with_one_title_opening_with_it_stays_a_country(small_catalog: None) -> None:
    assert _asked("korean movies", ("korean", "country", "South Korea"), ("movies", "media_type", "movie")) is None


def test_a_franchise_for_a_child_aged_in_three_words(small_catalog: None) -> None:
    asked = _asked("pokémon films for my seven year old", ("films", "media_type", "movie"),
                   ("for my seven year old", "audience", "kids"))
    assert asked is not None and {"f9", "f11"} <= set(asked.ids) and asked.media_type == "movie"


def test_newest_first_said_after_the_franchise(small_catalog: None) -> None:
    asked = _asked("barbie movies... the more recent the better", ("movies", "media_type", "movie"))
    assert asked is not None and asked.newest_first and not asked.earliest_first
    items = [{"id": "f14", "type": "movie", "year": 2010}, {"id": "f15", "type": "movie", "year": 2020},
             {"id": "f13", "type": "movie", "year": 2016}]
    assert [i["id"] for i in chosen(asked, items, [])] == ["f15", "f13", "f14"]


def test_a_one_word_franchise_keeps_to_its_entries(small_catalog: None, monkeypatch: pytest.MonkeyPatch) -> None:
    import actions.franchise_titles as franchise_titles

    class _Title:
        def __init__(self, id_: str) -> None:
            self.id, self.title = id_, {"r1": "Rocky", "r2": "Rocky II", "r3": "Rocky Handsome"}[id_]

    class _Gazetteer:
        def titles_starting(self, plain: str) -> list[tuple[str, _Title]]:
            return [("rocky", _Title("r1")), ("rocky ii", _Title("r2")), ("rocky handsome", _Title("r3"))]

    monkeypatch.setattr(franchise_titles, "catalog_gazetteer", lambda: _Gazetteer())
    asked = _asked("the rocky films", ("films", "media_type", "movie"))
    assert asked is not None and list(asked.ids) == ["r1", "r2"]
