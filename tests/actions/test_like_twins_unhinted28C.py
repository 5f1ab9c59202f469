"""Round 28C: the twin a like-search means when nothing beside the name says which (actions/like_twins.py
``_unhinted_anchor``): the one twin of a format the turn asks for, else the oldest — the original its namesakes remake —
never whichever the catalog lists first ("anything like <an anime series>" answered with horror films like its
live-action remake). Records as the recommender's item endpoint gives them; phrasings are this module's own."""

from __future__ import annotations

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from actions.entities import Entity  # noqa: E402
from actions.like_twins import _unhinted_anchor  # noqa: E402
from actions.turn import Turn  # noqa: E402

FILM = {"id": "f1", "type": "movie", "year": 2017, "genres": ["horror", "thriller"]}
ANIME = {"id": "a1", "type": "series", "year": 2006, "genres": ["anime", "crime"]}


def _turn(text: str, *entities: Entity) -> Turn:
    return Turn("test", "request_recommendation", text, list(entities), {})


def test_no_hint_means_the_original() -> None:
    assert _unhinted_anchor(_turn("anything like the notebook one?"), [FILM, ANIME]) == "a1"


def test_a_format_asked_for_chooses_the_twin_of_that_format() -> None:
    turn = _turn("horror films like it", Entity("media_type", "movie", None, 7, 12))
    assert _unhinted_anchor(turn, [ANIME, FILM]) == "f1"


def test_a_format_ruled_out_chooses_nothing_by_format() -> None:
    turn = _turn("like it but no films", Entity("media_type", "movie", "exclude", 14, 19))
    assert _unhinted_anchor(turn, [FILM, ANIME]) == "a1"  # the original, whatever was ruled out


def test_twins_of_one_year_are_left_as_they_were() -> None:
    same_year = {**ANIME, "year": 2017}
    assert _unhinted_anchor(_turn("like it"), [FILM, same_year]) is None
