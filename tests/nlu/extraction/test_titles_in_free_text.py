"""Titles in free text as viewers type them (nlu/extraction/names.py, contract/numbers.py), issue 10 round 14 (C2):

- a number spelled out where the catalog hyphenates it to a word, or the other way round, is the same title, and a
  title holding a spelled number wins over the age or runtime rules inside it;
- a title opening the message with "but other ones / but not that one" is like the title, not the title itself, and
  a title praised as the viewer's favourite with a request for more like it is the "like" anchor;
- titles said as seen beside a request are left out (role exclude), a vocabulary word in that list included;
- a maker asked for beside a "like" title ("same director if possible") names the title's maker (role director_of).

The phrasings are this module's own; the gazetteer is the shipped Netflix catalog's (tests/nlu/conftest.py).
"""

from __future__ import annotations

import pytest


def titles(ents, text: str) -> list[tuple[str, str | None]]:
    return [(e.value, e.role) for e in ents(text) if e.entity == "title"]


# -- 1. numbers and hyphens ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,title", [
    ("the 100 foot journey", "The Hundred-Foot Journey"),
    ("films like the hundred foot journey", "The Hundred-Foot Journey"),
    ("films like the 40 year old version", "The Forty-Year-Old Version"),
    ("something like 3 quarters decent", "Three-Quarters Decent"),
])
def test_a_number_hyphenated_to_a_word_reads_either_way(ents, text, title):
    assert [t for t, _ in titles(ents, text)] == [title], ents(text)


@pytest.mark.parametrize("text", ["the forty year old version", "anything like the forty year old version?"])
def test_a_title_holding_a_spelled_number_beats_the_age_inside_it(ents, text):
    found = ents(text)
    assert [e.value for e in found if e.entity == "title"] == ["The Forty-Year-Old Version"], found
    assert not [e for e in found if e.entity == "audience"], found


@pytest.mark.parametrize("text", ["a comedy for my forty year old brother", "something for a forty year old"])
def test_a_spelled_age_outside_a_title_stays_an_age(ents, text):
    found = ents(text)
    assert [e.value for e in found if e.entity == "audience"] == ["adult"], found
    assert titles(ents, text) == [], found


# -- 1. a title opening "but other ones" and a favourite title -------------------------------------------------------

@pytest.mark.parametrize("text,title", [
    ("love is blind but other ones", "Love Is Blind"),
    ("love is blind, but different shows", "Love Is Blind"),
    ("the crown but not that one", "The Crown"),
    ("ozark but something else", "Ozark"),
    ("ok so stranger things but other ones pls", "Stranger Things"),
])
def test_a_title_then_but_other_ones_is_like_the_title(ents, text, title):
    assert titles(ents, text) == [(title, "similar")], ents(text)


@pytest.mark.parametrize("text", [
    "dark but other ones",          # a vocabulary word: may be a dark mood and other picks
    "that one but other ones",      # pointing words
    "i love comedies but other ones",
    "love is blind",                # a title alone keeps its plain reading
])
def test_near_misses_of_but_other_ones_name_no_like_title(ents, text):
    assert all(role != "similar" for _, role in titles(ents, text)), ents(text)


@pytest.mark.parametrize("text,title", [
    ("outer banks is my fav, anything like it", "Outer Banks"),
    ("breaking bad was my all-time favourite show, got more like that?", "Breaking Bad"),
])
def test_a_favourite_title_with_a_request_for_more_is_the_anchor(ents, text, title):
    assert titles(ents, text) == [(title, "similar")], ents(text)


def test_a_favourite_title_alone_is_no_anchor(ents):
    assert titles(ents, "outer banks is my fav") == [("Outer Banks", None)]


# -- 2. titles said as seen -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,anchor,seen", [
    ("anything like ozark? we've seen dark and narcos already", "Ozark", ["Dark", "Narcos"]),
    ("shows like mindhunter, watched ozark, narcos and dark before", "MINDHUNTER", ["Ozark", "Narcos", "Dark"]),
    ("already saw narcos and dark, something like ozark", "Ozark", ["Narcos", "Dark"]),
])
def test_titles_said_seen_beside_a_like_are_left_out(ents, text, anchor, seen):
    found = ents(text)
    assert titles(ents, text) == sorted([(anchor, "similar")] + [(t, "exclude") for t in seen],
                                        key=lambda t: text.lower().find(t[0].lower())), found
    assert not [e for e in found if e.entity == "mood"], found  # "dark" is the series


def test_seen_titles_beside_a_request_are_left_out_and_their_words_are_spent(ents):
    text = "any good crime series? i've seen narcos and ozark already"
    found = ents(text)
    assert [(e.value, e.role) for e in found if e.entity == "title"] == [("Narcos", "exclude"), ("Ozark", "exclude")]
    spent = " ".join(e.surface for e in found if e.entity == "title")
    assert "seen" in spent and "already" in spent, found


@pytest.mark.parametrize("text", [
    "haven't seen narcos, anything like ozark",       # not seen: nothing to leave out
    "seen dark stuff already, anything like ozark",   # a mood with a noun, no title
    "watched dark and funny stuff, anything like ozark",
    "like ozark, seen it already",                     # pointing words
])
def test_near_misses_of_a_seen_list_leave_nothing_out(ents, text):
    assert all(role != "exclude" for _, role in titles(ents, text)), ents(text)


# -- 3. the maker of a "like" title ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,phrase", [
    ("more like the irishman, same director if possible", "same director if possible"),
    ("something like the irishman but by whoever directed it", "but by whoever directed it"),
    ("films like the irishman, ideally from the same director", "ideally from the same director"),
    ("like the irishman, same director would be nice", "same director would be nice"),
])
def test_a_maker_asked_for_beside_a_like_title_is_its_maker(ents, text, phrase):
    found = ents(text)
    assert [(e.value, e.role) for e in found if e.entity == "title"] == [
        ("The Irishman", "similar"), ("The Irishman", "director_of")], found
    assert next(e.surface for e in found if e.role == "director_of") == phrase


@pytest.mark.parametrize("text", [
    "like the irishman but not the same director",
    "like the irishman, not by the same director",
    "films like the irishman",
])
def test_no_maker_wanted_names_no_maker(ents, text):
    assert all(role != "director_of" for _, role in titles(ents, text)), ents(text)


def test_the_same_director_as_another_title_keeps_that_title(ents):
    assert titles(ents, "like narcos from the same director as the irishman") == [
        ("Narcos", "similar"), ("The Irishman", "director_of")]
