"""Round 29: the search's actor put by a pronoun in a director's work ("ones where she is in a <director> movie") keeps
the actor and adds the director (actions/constraints.py ``actor_in_a_directors_work``): titles with both, else either
(planning's ``either_if_apart``), never a new search for the director alone. Phrasings are this module's own."""

from __future__ import annotations

import pytest

from actions.constraints import actor_in_a_directors_work
from contract.constraints import Constraints
from planned_turns import after, at, planned


def _turn(text: str, director_words: str, director: str):
    return after(text, [at(text, director_words, "director", director)], intent="request_recommendation",
                 actors=["Some Actor"])


@pytest.mark.parametrize("text", ["ones where she is in a nolan movie", "got any with him in a nolan film",
                                  "did he ever star in a nolan one", "anything she's appeared in by nolan"])
def test_the_actor_stays_and_the_director_is_added(text):
    plan = planned(_turn(text, "nolan", "Christopher Nolan"))
    assert plan.constraints.actors == ["Some Actor"], plan.constraints
    assert plan.constraints.directors == ["Christopher Nolan"], plan.constraints
    assert plan.either_if_apart, plan


def test_a_director_named_alone_is_still_a_new_search():
    plan = planned(_turn("what about nolan films", "nolan", "Christopher Nolan"))
    assert plan.constraints.directors == ["Christopher Nolan"] and not plan.constraints.actors, plan.constraints


def test_no_actor_in_the_search_reads_nothing():
    text = "ones where she is in a nolan movie"
    entities = [at(text, "nolan", "director", "Christopher Nolan")]
    assert not actor_in_a_directors_work(text, entities, Constraints(genres=["drama"]))


def test_a_second_actor_named_is_not_this_rule():
    text = "ones where he is in a film with tom hanks"
    entities = [at(text, "tom hanks", "actor", "Tom Hanks")]
    assert not actor_in_a_directors_work(text, entities, Constraints(actors=["Some Actor"]))
