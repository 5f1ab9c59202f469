"""A number hyphenated to a word in a title reads on its own (contract/numbers.py ``unhyphenated``, gazetteer
``plain_name``): "The Hundred-Foot Journey" is typed "the 100 foot journey" or "the hundred foot journey"."""

from __future__ import annotations

import pytest

from contract.gazetteer import Gazetteer, TitleEntry, plain_name
from contract.numbers import spellings, unhyphenated


@pytest.mark.parametrize("title,expected", [
    ("The Hundred-Foot Journey", "The Hundred Foot Journey"),
    ("The Forty-Year-Old Version", "The Forty Year-Old Version"),
    ("Brooklyn Nine-Nine", "Brooklyn Nine Nine"),
    ("Spider-Man 2", "Spider-Man 2"),                                           # no number joined by the hyphen
    ("Capital in the Twenty-First Century", "Capital in the Twenty-First Century"),  # an ordinal stays whole
    ("SG-1", "SG-1"),                                                           # digits have their own word
])
def test_a_hyphen_joining_a_spelled_number_becomes_a_space(title, expected):
    assert unhyphenated(title) == expected


def test_spellings_read_a_hyphenated_number_on_its_own():
    assert "The 100 Foot Journey" in spellings("The Hundred-Foot Journey")
    assert "The 40 Year-Old Version" in spellings("The Forty-Year-Old Version")
    assert "3 Quarters Decent" in spellings("Three-Quarters Decent")
    assert spellings("Twenty-Four Seven") == set()  # only a number: keeps its own spelling


@pytest.mark.parametrize("typed", ["the 100 foot journey", "The hundred foot journey", "the hundred-foot journey"])
def test_a_title_typed_alone_with_its_number_either_way(typed):
    g = Gazetteer(titles=(TitleEntry("s1", "The Hundred-Foot Journey"), TitleEntry("s2", "Brooklyn Nine-Nine"),
                          TitleEntry("s3", "Spider-Man 3")))
    assert g.title_named_plainly(typed) == "The Hundred-Foot Journey"
    assert g.title_named_plainly("brooklyn nine nine") == g.title_named_plainly("brooklyn 99") == "Brooklyn Nine-Nine"
    assert g.title_named_plainly("spider man 3") == g.title_named_plainly("spiderman 3") == "Spider-Man 3"


def test_plain_names_write_a_hyphen_between_words_as_a_space():
    assert plain_name("One-Punch Man") == "one punch man"
    assert plain_name("The Office (U.S.)") == "the office us"
