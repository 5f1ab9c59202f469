"""A listed title picked by what happens in it ("the one with the boxer" after a person's list;
actions/shown_described.py): its words are matched against each listed title's catalog text. Phrasings are this
module's own."""

from __future__ import annotations

from typing import Any, Optional

import pytest

from actions.entities import Entity
from actions.shown_described import best_described, pointed_words
from actions.turn import LAST_ITEMS, Turn

LISTED = [{"id": "s1", "title": "Raging Bull"}, {"id": "s2", "title": "GoodFellas"}]
FULL = [
    {"id": "s1", "title": "Raging Bull", "description": "This gritty biopic of brutal boxer Jake LaMotta portrays a soul."},
    {"id": "s2", "title": "GoodFellas", "description": "Former mobster Henry Hill recounts his rise in a crime family."},
    {"id": "s3", "title": "Mean Streets", "description": "A low-level hoodlum wrestles with loyalty to his mobster uncle."},
]


def _turn(text: str, intent: str = "refine", entities: Optional[list[Entity]] = None,
          listed: Optional[list[dict[str, Any]]] = None) -> Turn:
    return Turn("t", intent, text, entities or [], {LAST_ITEMS: LISTED if listed is None else listed})


@pytest.mark.parametrize("text, words", [
    ("the one with the boxer", ("boxer",)),
    ("hmm that one where the mobster tells his story", ("mobster", "tells", "story")),
    ("the movie about the gambler and his uncle", ("gambler", "uncle")),
])
def test_the_words_of_a_pointer_at_a_listed_title(text: str, words: tuple[str, ...]) -> None:
    assert pointed_words(_turn(text)) == words


@pytest.mark.parametrize("turn", [
    _turn("the one with the boxer", listed=[]),                                # no list shown
    _turn("the one with the boxer", intent="feedback_like"),                   # an opinion stays feedback
    _turn("anything with a boxer"),                                            # a request
    _turn("the one with de niro", entities=[Entity("actor", "Robert De Niro", None, 13, 20)]),  # a person: references
    _turn("the one with more action", entities=[Entity("genre", "action", None, 18, 24)]),       # an edit of the search
])
def test_no_pointer_by_description(turn: Turn) -> None:
    assert pointed_words(turn) == ()


def test_the_title_saying_the_most_words_is_picked() -> None:
    assert best_described(("boxer",), FULL)["id"] == "s1"
    assert best_described(("mobster", "crime"), FULL)["id"] == "s2"


def test_a_tie_or_no_word_picks_nothing() -> None:
    assert best_described(("mobster",), FULL) is None       # two listed titles have a mobster
    assert best_described(("dragons",), FULL) is None       # none has it
