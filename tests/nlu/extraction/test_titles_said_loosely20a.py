"""Titles said loosely in free text (nlu/extraction/names.py): short forms ("n" for "and", "w" for "with", a last word
cut short: ``NameMatcher._short_forms``), a likeness word after the title ("<title> sorta thing", "similar 2 <title>"),
a praised title then "what else", a title with only chatter around it (``_said_with_chatter``), and "!!" before
"but other ones". Phrasings are this module's own; the gazetteer is the shipped catalog's."""

from __future__ import annotations

import pytest


def titles(ents, text: str) -> list[tuple[str, str | None]]:
    return [(e.value, e.role) for e in ents(text) if e.entity == "title"]


@pytest.mark.parametrize("text, title", [
    ("parks n rec sorta show", "Parks and Recreation"),
    ("pulp fic similar plz", "Pulp Fiction"),
    ("sex ed kinda stuff", "Sex Education"),
    ("stuff similar 2 anne w an e", "Anne with an E"),
])
def test_a_short_form_with_a_likeness_word(ents, text, title):
    assert titles(ents, text) == [(title, "similar")]


@pytest.mark.parametrize("text, title", [
    ("ozark similar pls", "Ozark"),
    ("similar 2 narcos", "Narcos"),
    ("the crown kinda vibe", "The Crown"),
])
def test_a_likeness_word_after_or_before_a_title(ents, text, title):
    assert titles(ents, text) == [(title, "similar")]


@pytest.mark.parametrize("text, title", [
    ("sex ed was amazing, wat else", "Sex Education"),
    ("lupin is my fave, anything similar?", "Lupin"),
    ("narcos was sick, got more?", "Narcos"),
])
def test_a_praised_title_then_a_question_for_more(ents, text, title):
    assert titles(ents, text) == [(title, "similar")]


@pytest.mark.parametrize("text, title", [
    ("big mouth haha ngl", "Big Mouth"),
    ("stranger things lmao dont judge me", "Stranger Things"),
])
def test_a_title_with_only_chatter_around_it(ents, text, title):
    assert titles(ents, text) == [(title, "similar")]


def test_exclamations_before_but_other_ones(ents):
    assert titles(ents, "the irishman!!! but different ones") == [("The Irishman", "similar")]


def test_a_short_form_turned_down(ents):
    assert titles(ents, "not parks n rec") == [("Parks and Recreation", "exclude")]


@pytest.mark.parametrize("text", [
    "the money he saved",            # a cut word that is a stop word ("he") is never a short form of "Money Heist"
    "dark lol",                      # an ordinary word with chatter stays a word
    "you lol",
    "elite lol",
    "i like dark stuff haha",
    "stranger things happen lol",    # not only chatter after it: the title stays without a likeness role
    "narcos kinda slow tbh",         # "kinda" before a judgement is a hedge, no likeness
])
def test_near_misses_get_no_likeness_title(ents, text):
    assert not any(role == "similar" for _, role in titles(ents, text))
    if text.startswith("the money"):
        assert titles(ents, text) == []


def test_a_bare_short_form_is_the_title(ents):
    assert titles(ents, "parks n rec") == [("Parks and Recreation", None)]


@pytest.mark.parametrize("text, title", [
    ("do u have the movie the irishman", "The Irishman"),
    ("is the series ozark on here?", "Ozark"),
])
def test_availability_with_the_titles_kind_named_first(ents, text, title):
    assert titles(ents, text) == [(title, None)]


def test_a_kind_of_title_after_the_availability_words_stays_a_kind(ents):
    assert titles(ents, "do you have the movie with the dog in it") == []


@pytest.mark.parametrize("text, title", [
    ("the office (american version) vibes pls", "The Office (U.S.)"),
    ("elite (the spanish one) kinda show", "Elite"),
])
def test_a_hint_in_brackets_then_a_likeness_word(ents, text, title):
    assert titles(ents, text) == [(title, "similar")]
    assert not [e for e in ents(text) if e.entity in ("language", "country")]  # the hint is no wish of its own


@pytest.mark.parametrize("text", [
    "elite (the spanish one)",           # an ordinary word with a hint but no likeness word stays a word
    "dramas (spanish ones) kinda dark",  # a kind of title with a hint is no title
])
def test_a_hint_alone_makes_no_like_anchor(ents, text):
    assert not any(role == "similar" for _, role in titles(ents, text))


def test_two_vowels_swapped_in_a_title_word_are_one_slip(ents):
    assert titles(ents, "thor ragnorak type movie") == [("Thor: Ragnarok", "similar")]


def test_vowels_swapped_is_one_swap_only():
    from nlu.extraction.names import vowels_swapped
    assert vowels_swapped("ragnorak", "ragnarok")
    assert not vowels_swapped("ragnorek", "ragnarok")   # a third letter off
    assert not vowels_swapped("rangarok", "ragnarok")   # consonants swapped: the neighbours' swap covers that
    assert not vowels_swapped("ragnarok", "ragnarok")
