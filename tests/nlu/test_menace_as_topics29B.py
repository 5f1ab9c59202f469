"""Round 29B of the NLU extraction: a menace word that is a subject of its own ("zombies", "ghosts", "monsters",
"demons") ruled out is that subject ruled out (round 28A's ``topic`` entity), never the horror, thriller and action
kinds as well: a viewer who turns zombies down in a comedy search still gets the zombie-free horror-comedy. Menace
that is no subject ("villains", "bad guys", "creatures") still rules the kinds built on it out, and so does a phrase
naming both (negation ``_menace_beyond_topics``). Phrasings are this module's own."""

from __future__ import annotations

import pytest

_MENACE_KINDS = {("horror", "exclude"), ("thriller", "exclude"), ("action", "exclude")}


def _excluded_genres(values, text: str) -> set[tuple[str, str | None]]:
    return {g for g in values(text, "genre") if g[1] == "exclude"}


@pytest.mark.parametrize("text, topic", [
    ("a silly comedy but no zombies", "zombie"),
    ("nothing with ghosts in it please", "ghost"),
    ("family film, no monsters", "monster"),
    ("something funny without demons", "demon"),
])
def test_a_menace_subject_ruled_out_is_the_subject(values, text, topic):
    assert values(text, "topic") == [(topic, "exclude")]


@pytest.mark.parametrize("text", [
    "a silly comedy but no zombies",
    "nothing with ghosts in it please",
    "family film, no monsters",
])
def test_a_menace_subject_rules_no_kind_out(values, text):
    assert not _excluded_genres(values, text) & _MENACE_KINDS


def test_the_asked_genre_stays_beside_the_subject(values):
    assert values("a silly comedy but no zombies", "genre") == [("comedy", None)]


@pytest.mark.parametrize("text", [
    "cartoons for my nephew, no villains",
    "nothing with bad guys please",
    "no creatures or villains, she's four",
])
def test_menace_that_is_no_subject_still_rules_the_kinds_out(values, text):
    assert _MENACE_KINDS <= _excluded_genres(values, text)


def test_a_phrase_naming_a_subject_and_other_menace_keeps_both_readings(values):
    text = "nothing with zombies or baddies, he's five"
    assert _MENACE_KINDS <= _excluded_genres(values, text)
    assert values(text, "topic") == [("zombie", "exclude")]


def test_menace_read_as_a_subject_but_no_lexicon_subject_keeps_the_kinds(values):
    # "villains" after "with" is read as a subject too; it is still menace of no subject of its own
    assert _MENACE_KINDS <= _excluded_genres(values, "a cartoon, nothing with villains")
