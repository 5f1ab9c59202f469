"""Round 30: messages the intent classifier left unsure of that still belong on the search path: a format word followed
right away by its origin, the adjective after the noun as Romance languages put it, is a request on its own
(``edits._kind_with_origin_after`` in ``strong_search_entities``); "the same director" after titles like one is a
search for that maker (``edits.names_a_maker`` in ``carries_search_words``). Phrasings are this module's own."""

from __future__ import annotations

from actions.edits.search_requests import strong_search_entities
from actions.turn import Turn
from planned_turns import at


def _first(text: str, *entities) -> Turn:
    return Turn("test", "nlu_fallback", text, list(entities), {})


def test_a_format_then_its_origin_is_a_request():
    text = "quiero una serie coreana"
    found = strong_search_entities(_first(text, at(text, "serie", "media_type", "series"),
                                          at(text, "coreana", "country", "South Korea")))
    assert {e.name for e in found} == {"media_type", "country"}


def test_a_format_and_a_place_said_apart_are_no_request():
    text = "a movie ticket for a cinema in Italy"
    assert strong_search_entities(_first(text, at(text, "movie", "media_type", "movie"),
                                         at(text, "Italy", "country", "Italy"))) == []


def test_the_same_maker_after_a_likeness_belongs_on_the_search_path_whatever_the_label():
    from actions.edits.routing import carries_search_words
    from planned_turns import after

    turn = after("the same director", [], intent="nlu_fallback", similar_to="Marriage Story")
    assert carries_search_words(turn, need_active=True)
