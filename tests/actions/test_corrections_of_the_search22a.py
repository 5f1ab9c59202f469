"""A correction of what the bot understood (round 22a): "no i said <genre>", "nah, i meant <person>", "nope, a <X> not
a <Y>". What follows the answer particle is wanted and replaces the same kind of value the search had: a genre the
genres, a format the format, a person the person (actions/edits ``corrects_the_search``, ``corrected_person``;
contract/words ``correction_lead``). Near misses: a refusal after the particle ("no, no horror"), "no <person>" after a
search without people or naming the search's own person, and "no <person> with <genre>" stay what they were.
"""

from __future__ import annotations

import pytest

from actions.edits.person_edits import corrected_person, corrects_the_search
from actions.entities import Entity
from actions.query_text import residual_query
from planned_turns import after, at, planned


@pytest.mark.parametrize("text, phrase", [
    ("nah i said comedies", "comedies"),
    ("no no, i meant a comedy", "comedy"),
    ("nope i was asking for comedy", "comedy"),
    ("i said comedy lol", "comedy"),
])
def test_a_genre_restated_replaces_the_search_genre(text, phrase):
    t = after(text, [at(text, phrase, "genre", "comedy")], genres=["horror"], media_type=["movie"])
    assert corrects_the_search(t)
    plan = planned(t)
    assert plan.constraints.genres == ["comedy"] and not plan.constraints.exclude_genres, plan.constraints
    assert plan.constraints.media_type == ["movie"], plan.constraints
    assert not plan.constraints.query, plan.constraints


def test_x_not_y_after_a_particle_wants_x():
    text = "no, a thriller not a crime drama"
    t = after(text, [at(text, "thriller", "genre", "thriller"), at(text, "crime", "genre", "crime", "exclude")],
              genres=["crime", "drama"])
    assert corrects_the_search(t)
    plan = planned(t)
    assert plan.constraints.genres == ["thriller"] and "crime" in plan.constraints.exclude_genres, plan.constraints


@pytest.mark.parametrize("text, phrase", [("no, no horror", "horror"), ("nah nothing scary like horror", "horror"),
                                          ("no horror", "horror")])
def test_a_refusal_after_the_particle_is_no_correction(text, phrase):
    t = after(text, [at(text, phrase, "genre", "horror", "exclude")], genres=["thriller"])
    assert not corrects_the_search(t)
    assert "horror" in planned(t).constraints.exclude_genres


@pytest.mark.parametrize("text, phrase", [
    ("no, i meant shah rukh khan", "shah rukh khan"),
    ("nah i said shah rukh", "shah rukh"),
])
def test_a_person_restated_replaces_the_person(text, phrase):
    t = after(text, [at(text, phrase, "actor", "Shah Rukh Khan")], actors=["Salman Khan"], media_type=["movie"])
    plan = planned(t)
    assert plan.constraints.actors == ["Shah Rukh Khan"] and plan.constraints.media_type == ["movie"], plan.constraints


@pytest.mark.parametrize("text, phrase", [("nah shah rukh", "shah rukh"), ("no, shah rukh khan please", "shah rukh khan")])
def test_a_bare_no_before_another_person_replaces_the_person(text, phrase):
    t = after(text, [at(text, phrase, "actor", "Shah Rukh Khan", "exclude")], actors=["Salman Khan"])
    assert corrected_person(t) is not None
    assert planned(t).constraints.actors == ["Shah Rukh Khan"]


def test_no_person_without_a_person_search_is_a_turn_down():
    text = "no tom cruise"
    t = after(text, [at(text, "tom cruise", "actor", "Tom Cruise", "exclude")], genres=["action"])
    assert corrected_person(t) is None
    assert not planned(t).constraints.actors


@pytest.mark.parametrize("text, phrase, slots", [
    ("no salman khan", "salman khan", {"actors": ["Salman Khan"]}),  # the search's own person: turned down
    ("no shah rukh khan with comedy", "shah rukh khan", {"actors": ["Salman Khan"]}),  # more than the name
    ("not with shah rukh khan", "shah rukh khan", {"actors": ["Salman Khan"]}),  # no answer particle
])
def test_no_person_near_misses_are_no_correction(text, phrase, slots):
    t = after(text, [at(text, phrase, "actor", {"salman khan": "Salman Khan"}.get(phrase, "Shah Rukh Khan"), "exclude")],
              **slots)
    assert corrected_person(t) is None


@pytest.mark.parametrize("text, entities, expected", [
    ("no i said films about dinosaurs", [], "dinosaurs"),
    ("nah i meant comedy", [Entity("genre", "comedy", None, 12, 18)], None),
    ("no dinosaurs", [], None),  # a refusal: its word is out of the query
])
def test_the_lead_is_no_query_word(text, entities, expected):
    assert residual_query(text, entities) == expected


@pytest.mark.parametrize("text, phrase, entity, value, slots, field, expected", [
    ("no i said series", "series", "media_type", "series", {"genres": ["comedy"], "media_type": ["movie"]},
     "media_type", ["series"]),
    ("no i said korean", "korean", "language", "ko", {"countries": ["Japan"], "media_type": ["movie"]},
     "languages", ["ko"]),
    ("nah i meant the 80s", "the 80s", "year", "1980-1989", {"genres": ["thriller"], "year_min": 1990, "year_max": 1999},
     "year_min", 1980),
])
def test_other_kinds_restated_replace_their_kind(text, phrase, entity, value, slots, field, expected):
    plan = planned(after(text, [at(text, phrase, entity, value)], **slots))
    assert getattr(plan.constraints, field) == expected, plan.constraints
    assert not plan.constraints.countries and plan.constraints.genres == slots.get("genres", []), plan.constraints
