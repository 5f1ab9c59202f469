"""Moods that rule a genre out (round 22d, ``contract.vocabulary.MOOD_RULES_OUT``): a cosy, light or feel-good list
never holds horror — a hard filter beside ``exclude_genres`` (recommender/filters.py), not only the ranking's shift.
Near misses: horror asked for itself, or a scary mood said beside, keeps it; other moods rule nothing out."""

from __future__ import annotations

import pytest

from contract.vocabulary import genres_moods_rule_out
from recommender.constraints import Constraints
from recommender.relaxation import suggest

from snapshot_filter import kept


def _ids(records, pred) -> set[str]:
    return {r.source_id for r in records if pred(r)}


@pytest.mark.parametrize("mood", ["relaxing", "feel-good", "light"])
def test_a_calm_mood_leaves_every_horror_title_out(snapshot, netflix_small_records, mood):
    horror = _ids(netflix_small_records, lambda r: "horror" in r.genres)
    got = kept(snapshot, mood=[mood])
    assert horror and not horror & got
    assert got == _ids(netflix_small_records, lambda r: "horror" not in r.genres)


def test_a_calm_mood_beside_other_exclusions_adds_horror(snapshot, netflix_small_records):
    got = kept(snapshot, mood=["relaxing", "light"], exclude_genres=["comedy"])
    assert got == _ids(netflix_small_records, lambda r: not {"horror", "comedy"} & set(r.genres))


@pytest.mark.parametrize("constraints", [
    {"mood": ["relaxing"], "genres": ["horror"]},
    {"mood": ["light"], "any_genres": ["horror", "comedy"]},
    {"mood": ["scary", "relaxing"]},
    {"mood": ["funny"]},
    {"mood": ["dark"]},
])
def test_near_miss_horror_asked_or_no_calm_mood_keeps_it(snapshot, netflix_small_records, constraints):
    got = kept(snapshot, **constraints)
    assert any("horror" in r.genres and r.source_id in got for r in netflix_small_records)


def test_the_moods_exclusion_is_never_offered_as_a_relaxation(snapshot):
    c = Constraints(mood=["relaxing"], genres=["horror", "kids"])
    assert not c.exclude_genres
    assert all(r.drop != "exclude_genres" for r in suggest(snapshot, c.model_copy(update={"genres": ["kids"]}), []))


def test_what_the_moods_rule_out():
    assert genres_moods_rule_out(["relaxing", "light"]) == ("horror",)
    assert genres_moods_rule_out(["relaxing"], ["horror"]) == ()
    assert genres_moods_rule_out(["feel-good", "scary"]) == ()
    assert genres_moods_rule_out(["exciting", "romantic"]) == ()
