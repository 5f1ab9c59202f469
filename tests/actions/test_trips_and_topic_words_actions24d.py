"""Round 24d: the viewer's trip never reaches the query (actions/query_text.py ``travel_scopes``) and asks for something
to pass it (``tells_of_a_trip``); a science-fiction subject beside a collection shelf is that kind of the shelf
(actions/planning.py ``_subject_words_as_topic``); "play <kind>" after a greeting is a request (actions/fallback.py
``plays_a_kind``). Phrasings are this module's own."""

from __future__ import annotations

import pytest

from actions.entities import Entity
from actions.fallback import plays_a_kind
from actions.planning import _subject_words_as_topic
from actions.query_text import residual_query, tells_of_a_trip
from actions.turn import Turn


def _at(text: str, name: str, value: str, word: str, role: str | None = None) -> Entity:
    start = text.index(word)
    return Entity(name, value, role, start, start + len(word))


@pytest.mark.parametrize("text", [
    "flying eleven hours to manila tomorrow, rescue me",
    "red-eye to berlin, eight hours, i'll try to nap",
    "on the plane back from lima, something to kill the time",
])
def test_travel_words_places_and_pleas_never_reach_the_query(text):
    assert residual_query(text, []) is None


def test_a_topic_said_beside_a_trip_still_reaches_the_query():
    assert residual_query("long flight tomorrow, anything with dinosaurs", []) == "dinosaurs"


def test_a_flight_in_a_story_is_its_topic():
    assert "flight" in (residual_query("a film about a flight attendant in paris", []) or "")


@pytest.mark.parametrize("text, trip", [
    ("red-eye to oslo, six hours", True),
    ("flying home from rome tonight", True),
    ("a documentary about flying machines", False),
    ("what a day", False),
])
def test_a_trip_told_asks_for_something_to_pass_it(text, trip):
    assert tells_of_a_trip(text) is trip


def test_a_science_fiction_subject_beside_anime_is_anime_sci_fi():
    text = "anime with aliens"
    ents = [_at(text, "genre", "anime", "anime"), _at(text, "genre", "sci-fi", "aliens")]
    assert {(e.name, e.value) for e in _subject_words_as_topic(text, ents)} == {("genre", "anime"), ("genre", "sci-fi")}


def test_a_science_fiction_subject_beside_a_story_kind_is_the_topic():
    text = "a comedy with aliens"
    ents = [_at(text, "genre", "comedy", "comedy"), _at(text, "genre", "sci-fi", "aliens")]
    assert {(e.name, e.value) for e in _subject_words_as_topic(text, ents)} == {("genre", "comedy")}


def test_a_subject_genre_beside_a_shelf_stays_the_topic():
    text = "a kids show about animals"
    ents = [_at(text, "genre", "kids", "kids show"), _at(text, "genre", "science-nature", "animals")]
    assert {(e.name, e.value) for e in _subject_words_as_topic(text, ents)} == {("genre", "kids")}


def _turn(text: str, entities: list[Entity]) -> Turn:
    return Turn(sender_id="t", text=text, intent="greet", entities=entities)


def test_play_before_a_kind_is_a_request():
    text = "hello, play some lullabies"
    assert plays_a_kind(_turn(text, [_at(text, "genre", "kids", "lullabies")]))


def test_a_greeting_with_a_kind_not_played_is_no_play_request():
    text = "hi, i like cartoons"
    assert not plays_a_kind(_turn(text, [_at(text, "genre", "kids", "cartoons")]))
