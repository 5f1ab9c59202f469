"""Everyday words are never a person the catalog lacks (nlu/extraction/unknown_people.py with
``typos.everyday_english``): a viewer's "odd request", "Random Favour", "quick question" were read as an unknown person
(a catalog given name first, "Weird" of Weird Al, or the viewer's capitals, made the pair name-shaped) and answered
"I don't have anything with or by ...". A lone title word with two vowels swapped ("ragnorak") is a slip of the title,
no person. Near misses: names the catalog lacks stay unknown people, also everyday-word names after a person cue, and
catalog people whose surname is a word still resolve."""

from __future__ import annotations

import pytest

from nlu.extraction.names import vowels_swapped
from nlu.extraction.unknown_people import _vowels_swapped_forms


def unknown(values, text: str) -> list[tuple[str, str | None]]:
    return values(text, "unknown_person")


@pytest.mark.parametrize("text", [
    "hey, odd request: any slow burn thrillers?",
    "odd request, any anime?",
    "Big Favour to ask - a cooking show please",
    "precious request - a sitcom",
    "Fancy Hunch, films about chess",
    "Weird Question, any anime with robots?",
    "Lucky Request: comedies",
])
def test_everyday_words_are_no_unknown_person(values, text):
    assert unknown(values, text) == []


@pytest.mark.parametrize("text, name", [
    ("any films with Jessica Wobblebottom?", "Jessica Wobblebottom"),
    ("anything with jessica wobblebottom", "Jessica Wobblebottom"),
    ("something directed by hubert quillfeather", "Hubert Quillfeather"),
    ("anything starring humphrey bogart", "Humphrey Bogart"),   # a surname the dictionary holds, after a strong cue
    ("movies with Hunter Moss", "Hunter Moss"),                 # everyday words, capitalised, after a person cue
])
def test_names_the_catalog_lacks_stay_unknown_people(values, text, name):
    assert unknown(values, text) == [(name, None)]


@pytest.mark.parametrize("text, entity, name", [
    ("movies with will smith", "actor", "Will Smith"),
    ("something with rose byrne", "actor", "Rose Byrne"),
    ("chris rock comedy specials", "actor", "Chris Rock"),
    ("something directed by garland", "director", "Alex Garland"),
])
def test_catalog_people_whose_surname_is_a_word_resolve(values, text, entity, name):
    assert (name, None) in values(text, entity)
    assert unknown(values, text) == []


@pytest.mark.parametrize("text", ["ragnorak", "Ragnorak please", "ragnorak?"])
def test_a_title_word_with_vowels_swapped_is_no_unknown_person(values, text):
    assert unknown(values, text) == []


def test_a_work_noun_after_a_break_places_no_name(values):
    # "comedies" after the colon is what the viewer asks for, not "<name> comedies"
    assert unknown(values, "Weird Whim: comedies from the 90s") == []


@pytest.mark.parametrize("text, name", [("Hunter Moss movies", "Hunter Moss"), ("akira kurosawa films", "Akira Kurosawa")])
def test_a_work_noun_right_after_a_name_still_places_it(values, text, name):
    assert unknown(values, text) == [(name, None)]


def test_a_lone_name_no_title_is_near_stays_unknown(values):
    assert unknown(values, "mizoguchi please") == [("Mizoguchi", None)]


def test_vowels_swapped_forms_are_what_vowels_swapped_accepts():
    forms = set(_vowels_swapped_forms("ragnorak"))
    assert "ragnarok" in forms
    assert all(vowels_swapped("ragnorak", f) for f in forms)
    assert set(_vowels_swapped_forms("strk")) == set()


@pytest.mark.parametrize("text, name", [
    ("hong sang-soo anything", "Hong Sang-soo"),        # "sang" alone is a word; joined by a hyphen, a syllable
    ("any film by Hong Sang-soo?", "Hong Sang-soo"),
])
def test_hyphen_joined_syllables_are_no_dictionary_words(values, text, name):
    assert unknown(values, text) == [(name, None)]


def test_a_hyphen_between_two_everyday_words_is_still_no_person(values):
    assert unknown(values, "hey, odd-ball request: any anime?") == []
