"""Round 18d on the actions' side: who said a wish is no query word, and young children never get grown-up comedy."""

from __future__ import annotations

import pytest

from actions.entities import Entity
from actions.planning import without_grown_up_comedy
from actions.query_text import residual_query


def _at(text: str, word: str, name: str, value: str, role: str | None = None) -> Entity:
    start = text.index(word)
    return Entity(name, value, role, start, start + len(word))


@pytest.mark.parametrize("text, word", [
    ("a heist film, my brother says", "heist"),
    ("she said something with dragons", "dragons"),
    ("my son insists on dinosaurs", "dinosaurs"),
])
def test_a_reporting_verb_is_no_query_word(text, word):
    query = residual_query(text, []) or ""
    assert word in query.split()
    assert not {"says", "said", "insists"} & set(query.split())


@pytest.mark.parametrize("audience", ["preschool", "kids"])
def test_young_children_get_no_stand_up(audience):
    out = without_grown_up_comedy({"genres": ["comedy"], "audience": audience})
    assert {"stand-up", "talk-show"} <= set(out["exclude_genres"])


@pytest.mark.parametrize("constraints", [
    {"genres": ["comedy"], "audience": "family"},        # older children: the catalog's PG comedies are theirs too
    {"genres": ["comedy"]},                               # grown-ups
    {"genres": ["stand-up"], "audience": "kids"},         # asked for by name
])
def test_no_exclusion_otherwise(constraints):
    out = without_grown_up_comedy(constraints)
    assert "stand-up" not in out.get("exclude_genres", [])
