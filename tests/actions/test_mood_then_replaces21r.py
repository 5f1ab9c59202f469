"""A mood naming a genre family said with a closing "then" replaces the genres held (round 21r): after thrillers,
"no horror at all please. a funny one for the family then" is comedy, not funny thrillers."""

from __future__ import annotations

from planned_turns import at

from actions.constraints import mood_genre_family
from contract.constraints import Constraints


def test_a_mood_with_then_replaces_the_genre_held():
    text = "she says no horror whatsoever. something funny for everyone then"
    state = Constraints(genres=["thriller"], exclude_genres=["horror"])
    narrowed = mood_genre_family(state, [at(text, "horror", "genre", "horror", "exclude"),
                                         at(text, "funny", "mood", "funny")], text=text)
    assert narrowed is not None and narrowed.genres == ["comedy"]


def test_a_mood_without_then_adds_its_flavour():
    text = "something funny for everyone"
    narrowed = mood_genre_family(Constraints(genres=["thriller"]), [at(text, "funny", "mood", "funny")], text=text)
    assert narrowed is not None and narrowed.genres == ["thriller", "comedy"]


def test_then_beside_a_genre_named_leaves_the_genre_rules_alone():
    text = "a funny documentary then"
    state = Constraints(genres=["documentary"])
    narrowed = mood_genre_family(state, [at(text, "funny", "mood", "funny"), at(text, "documentary", "genre",
                                                                                   "documentary")], text=text)
    assert narrowed is not None and narrowed.genres == ["documentary", "comedy"]
