"""Who is watching, negation beyond genres and genre composition, as one turn changes the state
(actions/constraints.py ``_apply_audience_and_rating``, ``_apply_genres``, ``_apply_lists``; issue 10
classes 4 and 5, docs/contracts.md "Age mapping")."""

from __future__ import annotations

from actions.constraints import apply_entities
from actions.entities import Entity
from contract.constraints import Constraints
from contract.vocabulary import ratings_for_audience  # grown-ups' cap


def ents(*specs: tuple) -> list[Entity]:
    """Entities from (name, value[, role]) tuples."""
    return [Entity(s[0], s[1], s[2] if len(s) > 2 else None) for s in specs]


# --- who is watching -----------------------------------------------------------------------------------


def test_the_youngest_viewer_decides_within_a_turn():
    state = apply_entities(Constraints(), ents(("audience", "family"), ("audience", "preschool")))
    assert state.audience == "preschool"


def test_a_new_age_replaces_the_audience():
    state = apply_entities(Constraints(audience="preschool"), ents(("audience", "teen")))
    assert state.audience == "teen"


def test_a_cap_only_tightens():
    # grown-ups' cap (round 19c): the ratings of the family band, never the children's audience
    family_band = list(ratings_for_audience("family"))
    state = apply_entities(Constraints(), ents(("audience", "family", "cap")))
    assert state.audience is None and state.ratings == family_band
    state = apply_entities(Constraints(audience="preschool"), ents(("audience", "family", "cap")))
    assert state.audience == "preschool"
    state = apply_entities(Constraints(audience="adult"), ents(("audience", "family", "cap")))
    assert state.ratings == family_band


def test_a_cap_with_an_older_viewer_in_the_same_turn_still_caps():
    state = apply_entities(Constraints(), ents(("audience", "family", "cap"), ("audience", "teen")))
    assert state.audience == "family"


def test_nothing_rated_r_rules_out_every_adult_rating():
    state = apply_entities(Constraints(genres=["comedy"]), ents(("rating", "R", "exclude")))
    assert state.audience == "teen"
    assert state.genres == ["comedy"]


def test_nothing_too_mature_rules_out_adult_ratings():
    state = apply_entities(Constraints(), ents(("audience", "adult", "exclude")))
    assert state.audience == "teen"
    state = apply_entities(Constraints(audience="kids"), ents(("audience", "adult", "exclude")))
    assert state.audience == "kids"


def test_not_for_toddlers_keeps_childrens_titles_out():
    state = apply_entities(Constraints(), ents(("audience", "preschool", "exclude")))
    assert state.exclude_genres == ["kids"]


# --- negation beyond genres ------------------------------------------------------------------------------


def test_excluded_language_and_country_accumulate():
    state = apply_entities(Constraints(genres=["drama"]), ents(("language", "ko", "exclude")))
    assert state.exclude_languages == ["ko"] and state.genres == ["drama"]
    state = apply_entities(state, ents(("country", "India", "exclude")))
    assert state.exclude_languages == ["ko"] and state.exclude_countries == ["India"]


def test_naming_an_excluded_language_again_lifts_the_exclusion():
    state = apply_entities(Constraints(exclude_languages=["ko", "ja"]), ents(("language", "ko")))
    assert state.languages == ["ko"] and state.exclude_languages == ["ja"]


def test_excluding_a_wanted_language_drops_it():
    state = apply_entities(Constraints(languages=["ko"]), ents(("language", "ko", "exclude")))
    assert state.languages == [] and state.exclude_languages == ["ko"]


# --- composition ------------------------------------------------------------------------------------------


def test_compound_genre_requires_both():
    state = apply_entities(Constraints(), ents(("genre", "romance"), ("genre", "comedy")))
    assert state.genres == ["romance", "comedy"] and state.any_genres == []


def test_or_genres_are_alternatives():
    state = apply_entities(Constraints(), ents(("genre", "comedy", "any"), ("genre", "horror", "any")))
    assert state.any_genres == ["comedy", "horror"] and state.genres == []


def test_a_new_genre_replaces_alternatives_and_alternatives_replace_a_genre():
    state = apply_entities(Constraints(any_genres=["comedy", "horror"], max_minutes=90), ents(("genre", "thriller")))
    assert state.genres == ["thriller"] and state.any_genres == [] and state.max_minutes == 90
    state = apply_entities(state, ents(("genre", "comedy", "any"), ("genre", "drama", "any")))
    assert state.genres == [] and state.any_genres == ["comedy", "drama"]


def test_excluding_one_alternative_leaves_the_other_required():
    state = apply_entities(Constraints(any_genres=["comedy", "horror"]), ents(("genre", "horror", "exclude")))
    assert state.genres == ["comedy"] and state.any_genres == [] and state.exclude_genres == ["horror"]


def test_state_round_trips_through_slots():
    state = Constraints(any_genres=["comedy", "horror"], exclude_languages=["ko"], exclude_countries=["India"],
                        audience="preschool")
    assert Constraints.from_slots(state.to_slots()) == state
