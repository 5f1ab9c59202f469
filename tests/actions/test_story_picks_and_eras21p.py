"""The viewer's own pick said in the story sentence of a long message is part of the request (actions/query_text.py
``_STORY_WISH``): "it's my turn and i pick 80s films. something PG" keeps the 80s beside the rating. Someone else's
habit ("my sister always picks horror") stays story."""

from __future__ import annotations

import pytest

from actions.entities import Entity
from actions.query_text import request_entities


def _at(text: str, name: str, value: str, word: str) -> Entity:
    start = text.index(word)
    return Entity(name, value, None, start, start + len(word))


@pytest.mark.parametrize("pick", ["i pick 80s films", "i'm going with 80s films", "my theme is 80s films",
                                  "it has to be 80s films"])
def test_the_viewers_own_pick_in_the_story_counts(pick):
    text = f"the cousins and i have a movie night every friday and we take turns with the theme. this week {pick}. something PG"
    year, rating = _at(text, "year", "1980-1989", "80s"), _at(text, "rating", "PG", "PG")
    assert request_entities(text, [year, rating]) == [year, rating]


def test_someone_elses_pick_stays_story():
    text = "the cousins and i have a movie night every friday and we take turns with the theme. my sister picks 80s films. something PG"
    year, rating = _at(text, "year", "1980-1989", "80s"), _at(text, "rating", "PG", "PG")
    assert request_entities(text, [year, rating]) == [rating]
