"""Round 20k: polite, formal follow-ups after a list — any person will do ("a drama from anybody")."""

from __future__ import annotations

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from planned_turns import after, at, planned  # noqa: E402

from actions.edits import any_person_will_do  # noqa: E402
from actions.turn import Turn  # noqa: E402

SPIELBERG = "Steven Spielberg"


@pytest.mark.parametrize("text", [
    "or rather a thriller, directed by anybody",
    "perhaps a thriller instead, by anyone at all",
    "a thriller then, any director is fine.",
    "a thriller, it doesn't matter who made it",
])
def test_any_person_drops_the_person_and_keeps_their_titles(text: str) -> None:
    plan = planned(after(text, [at(text, "thriller", "genre", "thriller")], directors=[SPIELBERG], media_type="movie"))
    assert not plan.constraints.directors and plan.constraints.genres == ["thriller"]
    assert plan.constraints.media_type == ["movie"]
    assert not plan.exclude_people, plan.exclude_people  # dropped, not turned down


def test_someone_else_still_leaves_the_person_out() -> None:
    text = "a thriller by someone else"
    plan = planned(after(text, [at(text, "thriller", "genre", "thriller")], directors=[SPIELBERG]))
    assert not plan.constraints.directors and SPIELBERG in plan.exclude_people[1]


@pytest.mark.parametrize("text", [
    "a thriller, safe for anyone",  # an audience, not the person
    "a thriller anyone else would like",
    "any thriller by him",
])
def test_near_misses_are_not_any_person(text: str) -> None:
    assert not any_person_will_do(Turn("t", "refine", text, [], {"directors": [SPIELBERG]}))


@pytest.mark.parametrize("text, words", [
    ("might there be something a tad older", []),
    ("perhaps a notch more recent?", []),
    ("a touch of magic would be nice", ["touch", "magic"]),  # no comparative: the words stay
])
def test_a_degree_before_a_comparative_is_no_query_word(text: str, words: list[str]) -> None:
    from actions.query_text import residual_words
    got = [w for w in residual_words(text, []) if w in ("tad", "notch", "touch", "magic")]
    assert got == words
