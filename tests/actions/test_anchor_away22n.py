"""Round 22n: like the title in talk, away from its country or its director (actions/anchor_away.py). Phrasings are
this module's own; near misses: a story about another country, the words with no likeness, a likeness alone."""

from __future__ import annotations

import pytest

from actions.anchor_away import away_from_the_anchor


@pytest.mark.parametrize("text", [
    "similar stuff but from a different country?",
    "same feel, other country",
    "like that one but not from there",
    "more of that, another nation maybe",
    "in that vein, just outside its country",
])
def test_away_from_the_country(text: str) -> None:
    away = away_from_the_anchor(text)
    assert away is not None and away.country and not away.director


@pytest.mark.parametrize("text", [
    "ok, something in that vein but a different director",
    "similar but not by the same director",
    "like it, someone else directing though",
])
def test_away_from_the_director(text: str) -> None:
    away = away_from_the_anchor(text)
    assert away is not None and away.director and not away.country


@pytest.mark.parametrize("text", [
    "a drama like that about moving to another country",  # a story
    "from a different country please",  # no likeness: a search edit of its own
    "more like it please",  # a likeness alone
    "similar, but a comedy",  # a change of genre, not of the anchor's country
    "/more_like",
])
def test_near_misses_are_no_way_away(text: str) -> None:
    assert away_from_the_anchor(text) is None
