"""After a comedian's stand-up, "other movies with him" asks for the person's films: the stand-up genre goes, the
person stays; "more stand-up with him" keeps it; a real film asked for drops it too
(actions/constraints.fiction_drops_forms). Phrasings are this module's own."""

from __future__ import annotations

import pytest

from actions.constraints import fiction_drops_forms
from contract.constraints import Constraints

STAND_UP = Constraints(genres=["stand-up"], actors=["Ana Vela"], media_type=["movie"])


@pytest.mark.parametrize("text", ["other movies with him", "her other films?", "any films starring her", "his actual movies",
                                  "a real film", "other movies w him", "movies w/ her pls"])
def test_the_persons_films_drop_the_stand_up(text):
    state = fiction_drops_forms(STAND_UP, text)
    assert state.genres == [] and state.actors == ["Ana Vela"]


@pytest.mark.parametrize("text", ["more stand-up with him", "his other specials", "other movies", "shorter ones",
                                  "other movies whim"])
def test_stand_up_said_or_no_person_films_keeps_it(text):
    assert fiction_drops_forms(STAND_UP, text).genres == ["stand-up"]


def test_without_a_person_other_movies_keeps_the_stand_up():
    state = Constraints(genres=["stand-up"], media_type=["movie"])
    assert fiction_drops_forms(state, "other movies with him").genres == ["stand-up"]
