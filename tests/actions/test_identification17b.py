"""Round 17b of identification (actions/identification.py): a kind named by a one-word title's word is a search; words
before "something" that say what someone wants name no title; "what's that <kind> about …", "the show w …" and "can't
remember the name" ask for one title, whose decade and country are evidence (a synopsis's "in the 1950s" included);
the closest titles' answer focuses its best match. Phrasings are this module's own."""

from __future__ import annotations

from typing import Any, Optional

import pytest

from actions.entities import Entity
from actions.identification import Candidate, Sketch, _best_match_focused, _in_era, best_fit, sketch_of
from actions.turn import FOCUSED_ID, LAST_ITEMS, Turn
from rasa_sdk.events import SlotSet


def _at(text: str, said: str, name: str, value: str) -> Entity:
    start = text.index(said)
    return Entity(name, value, None, start, start + len(said))


def _sketch(text: str, *entities: tuple[str, str, str], slots: Optional[dict[str, Any]] = None) -> Optional[Sketch]:
    return sketch_of(Turn("t", "request_recommendation", text, [_at(text, *e) for e in entities], slots or {}))


# --- 1. a kind named by a title's word ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, entities", [
    ("conspiracy documentaries?", [("documentaries", "genre", "documentary")]),
    ("conspiracy documentaries for the weekend", [("documentaries", "genre", "documentary")]),
    ("life documentaries, something calm", [("documentaries", "genre", "documentary")]),
])
def test_a_title_word_before_a_kind_is_a_search(fixture_gazetteer: None, text: str,
                                                entities: list[tuple[str, str, str]]) -> None:
    assert _sketch(text, *entities) is None, text


def test_the_title_word_asked_for_as_a_title_still_names_it(fixture_gazetteer: None) -> None:
    sketch = _sketch("do you have conspiracy? the uk one", ("uk", "country", "United Kingdom"))
    assert sketch is not None and sketch.name == "conspiracy"


# --- 2. what someone wants before "something" ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ok now a documentary, grandad wants to learn something",
    "switch it to docs, she needs to learn something",
    "a comedy, we want something",
    "docs instead, my uncle hopes to pick up something",
    "make it a nature doc, the twins ought to learn something",
])
def test_a_wish_before_something_is_no_half_name(fixture_gazetteer: None, text: str) -> None:
    sketch = _sketch(text)
    assert sketch is None or sketch.name is None, sketch


def test_a_half_name_before_something_is_still_read() -> None:
    sketch = _sketch("that spanish heist show… la casa something")
    assert sketch is not None and sketch.name == "la casa"


# --- 3. cues of one title described, its decade and country as evidence ------------------------------------------------

@pytest.mark.parametrize("text, entities", [
    ("whats that uk series about a young midwife at a convent in the 50s",
     [("uk", "country", "United Kingdom"), ("series", "media_type", "series"), ("50s", "year", "1950-1959")]),
    ("what was the movie with the blind pianist and the heist, 2010s?",
     [("movie", "media_type", "movie"), ("2010s", "year", "2010-2019")]),
    ("the show w the nurse in the psych ward, 40s? cant remember the name",
     [("show", "media_type", "series"), ("40s", "year", "1940-1949")]),
    ("a girl who plays chess in an orphanage, forgot what it's called", []),
])
def test_one_title_described_is_asked_for(text: str, entities: list[tuple[str, str, str]]) -> None:
    sketch = _sketch(text, *entities)
    assert sketch is not None and sketch.strong, text
    assert len(sketch.words) >= 2


def test_the_decade_stays_evidence_not_a_filter() -> None:
    text = "whats that uk series about a young midwife at a convent in the 50s"
    sketch = _sketch(text, ("50s", "year", "1950-1959"), ("uk", "country", "United Kingdom"))
    assert sketch is not None and sketch.years == (1950, 1959) and sketch.countries == ("United Kingdom",)


@pytest.mark.parametrize("text", [
    "the show with lots of explosions",   # a kind: one telling word
    "what's a good show about dogs",      # a request, no "that"
    "what was that show about a family that moves house",  # no decade, country or person: described_anchor's
])
def test_near_misses_stay_requests(text: str) -> None:
    assert _sketch(text) is None, text


def test_the_show_with_after_a_list_points_at_the_list() -> None:
    slots = {LAST_ITEMS: [{"id": "s1", "title": "A"}, {"id": "s2", "title": "B"}]}
    assert _sketch("the movie with the boxer and his brother", slots=slots) is None


def test_a_synopsis_setting_the_story_in_the_decade_counts() -> None:
    told = {"id": "s1", "title": "Midwives", "year": 2020, "description": "A drama set in London in the 1950s."}
    dated = {"id": "s2", "title": "Nurses", "year": 2020, "description": "In 1947, a nurse starts at a hospital."}
    plain = {"id": "s3", "title": "Other", "year": 2020, "description": "A nurse in the city."}
    assert _in_era((1950, 1959), told) and _in_era((1940, 1949), dated)
    assert not _in_era((1950, 1959), plain) and not _in_era((1960, 1969), told)


def test_the_decade_said_lifts_the_title_set_in_it() -> None:
    sketch = Sketch(words=("midwife", "convent"), years=(1950, 1959), countries=("United Kingdom",))
    told = {"id": "s1", "title": "Call the Midwife", "year": 2020, "countries": ["United Kingdom"],
            "description": "A period drama set in the 1950s follows a midwife at a nursing convent."}
    other = {"id": "s2", "title": "Convent Tales", "year": 2019, "description": "A convent in Spain."}
    assert best_fit(sketch, [Candidate(told), Candidate(other)]) == told


# --- 6. the closest titles focus their best match ----------------------------------------------------------------------

def test_the_closest_titles_focus_the_first() -> None:
    events = [SlotSet(LAST_ITEMS, [{"id": "s9", "title": "Best"}, {"id": "s2", "title": "Next"}])]
    assert _best_match_focused(events)[-1] == SlotSet(FOCUSED_ID, "s9")
    assert _best_match_focused([]) == []


# --- 2b. a name said after "called" keeps its words of wishing and seeing ------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("is there a series called see you at dawn", "see you at dawn"),
    ("is there a documentary named after you left", "after you left"),
    ("a thriller, i think it was titled watch your step", "watch your step"),
    ("there's a romcom called feels like summer, is it here", "feels like summer"),
    ("it's called like a rolling stone, a music doc", "like a rolling stone"),
])
def test_a_name_after_called_keeps_clause_words(text: str, name: str) -> None:
    sketch = _sketch(text)
    assert sketch is not None and sketch.name == name, sketch


@pytest.mark.parametrize("text", [
    "something cosy, we want to feel something",
    "a drama, i'd like to see something",
])
def test_clause_words_before_something_still_name_nothing(fixture_gazetteer: None, text: str) -> None:
    sketch = _sketch(text)
    assert sketch is None or sketch.name is None, sketch
