""""Like X but gentler" (round 26e; actions/contrast.py ``_gentler``): gentleness is what a title shows as much as its
tone, so the shift is "lighter" (the light mood, no horror, X's suspense not kept) and a maturity cap one level below
X's rating; without X it is the light mood alone. Pure: no recommender, no Rasa."""

from __future__ import annotations

from actions.contrast import Contrast, apply_contrast, plain_entities
from contract import wording
from contract.constraints import Constraints

CRIME_SERIES = {"id": "s100", "title": "A Crime Saga", "type": "series", "year": 2013, "seasons": 5,
                "duration_minutes": None, "rating": "TV-MA", "genres": ["crime", "drama", "thriller"]}


def _gentler(anchor: dict) -> object:
    state = Constraints(similar_to=anchor["id"], similar_title=anchor["title"])
    return apply_contrast(state, Contrast(anchor["id"], anchor["title"], ("gentler",), ()), anchor)


def test_gentler_than_a_mature_title_caps_the_maturity_one_level_below_it():
    applied = _gentler(CRIME_SERIES)
    assert applied.constraints.audience == "teen"  # TV-MA is adult: one level milder
    assert wording.milder_than("TV-MA", "teen") in applied.changed


def test_gentler_is_lighter_in_tone_and_keeps_none_of_the_suspense():
    applied = _gentler(CRIME_SERIES)
    assert "light" in applied.constraints.mood and "horror" in applied.constraints.exclude_genres
    assert "thriller" not in " ".join(applied.kept)


def test_gentler_without_a_title_is_the_light_mood():
    assert [(e.name, e.value, e.role) for e in plain_entities(["gentler"])] == [("mood", "light", None)]
