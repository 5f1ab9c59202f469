"""Round 30C: a scare wished for softly or while a little child watches is the scary mood that ranks, never the horror /
thriller shelves — held from an earlier turn too (``actions.constraints.scare_as_a_mood``). Phrasings are this module's
own; the entities are built as the NLU reports them."""

from __future__ import annotations

from actions.constraints import scare_as_a_mood
from actions.entities import Entity
from contract.constraints import Constraints


def _mood_on(text: str, phrase: str) -> Entity:
    start = text.index(phrase)
    return Entity("mood", "scary", None, start, start + len(phrase))


def test_a_soft_scare_after_horror_for_a_toddler_lets_the_shelf_go():
    held = Constraints(genres=["horror"], audience="preschool")
    text = "fine, something a tiny bit spooky but sweet"
    got = scare_as_a_mood(held, [_mood_on(text, "a tiny bit spooky but sweet")], text)
    assert got.genres == [] and got.any_genres == [] and "scary" in got.mood and got.audience == "preschool", got


def test_a_plain_scare_while_a_little_child_watches_lets_both_shelves_go():
    held = Constraints(any_genres=["horror", "thriller"], audience="kids", mood=["scary"])
    text = "something creepy"
    got = scare_as_a_mood(held, [_mood_on(text, "creepy")], text)
    assert not got.any_genres and not got.genres and got.mood == ["scary"], got


def test_horror_read_on_a_scare_word_for_a_little_child_is_the_mood():
    held = Constraints(genres=["horror"], audience="kids")
    text = "a spooky film"
    got = scare_as_a_mood(held, [Entity("genre", "horror", None, 2, 8)], text)
    assert not got.genres and got.mood == ["scary"], got


def test_horror_named_for_a_little_child_stays():
    held = Constraints(genres=["horror"], audience="preschool")
    text = "a horror film"
    assert scare_as_a_mood(held, [Entity("genre", "horror", None, 2, 8)], text) == held


def test_a_soft_scare_for_grown_ups_keeps_a_thriller_asked_for():
    held = Constraints(genres=["thriller", "horror"])
    text = "a thriller, mildly creepy"
    got = scare_as_a_mood(held, [Entity("genre", "thriller", None, 2, 10), _mood_on(text, "mildly creepy")], text)
    assert got.genres == ["thriller"] and "scary" in got.mood, got


def test_a_plain_scare_for_grown_ups_changes_nothing():
    held = Constraints(any_genres=["horror", "thriller"], mood=["scary"])
    text = "something creepy"
    assert scare_as_a_mood(held, [_mood_on(text, "creepy")], text) == held
