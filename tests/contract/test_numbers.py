"""Numbers in names written as digits or spelled out (contract/numbers.py)."""

from __future__ import annotations

import pytest

from contract.numbers import as_digits, as_words, canonical, only_numbers, spellings


@pytest.mark.parametrize("text, digits", [
    ("Ocean's Eleven", "Ocean's 11"),
    ("Precinct Nine-Nine", "Precinct 99"),       # a hyphenated run of digit words is read digit by digit
    ("precinct ninety nine", "precinct 99"),
    ("the hundred", "the 100"),
    ("The One", "The One"),                      # a lone "one" is a pronoun as often as a number
    ("Dance of the Forty One", "Dance of the 41"),
])
def test_spelled_numbers_become_digits(text, digits):
    assert as_digits(text) == digits


@pytest.mark.parametrize("text, words", [
    ("13 Reasons Why", "thirteen Reasons Why"),
    ("The 100", "The one hundred"),
    ("22 July", "twenty two July"),
    ("1922", "1922"),                            # beyond a hundred: a year stays digits
    ("Stargate SG-1", "Stargate SG-1"),          # part of a code
    ("100% Halal", "100% Halal"),
    ("Raman Raghav 2.0", "Raman Raghav 2.0"),
])
def test_digits_up_to_a_hundred_are_spelled(text, words):
    assert as_words(text) == words


def test_the_canonical_form_writes_a_lone_one_as_a_word():
    assert canonical("formula 1") == canonical("formula one") == "formula one"
    assert canonical("precinct nine-nine") == canonical("precinct 99") == canonical("precinct ninety nine")


def test_spellings_of_a_title_are_its_other_forms():
    assert spellings("The 100") == {"The one hundred", "The hundred"}
    assert spellings("Seven") == set()            # only a number: an ordinary count otherwise
    assert spellings("Narcos") == set()


@pytest.mark.parametrize("text, expected", [("1922", True), ("twenty one", True), ("Seven", True),
                                            ("The 100", False), ("Ocean's Eleven", False)])
def test_only_numbers(text, expected):
    assert only_numbers(text) is expected
