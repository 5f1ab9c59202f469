"""Round 22l: a word of the dictionary is never a slip of a country or a language (nlu/extraction/typos.py,
TypoMatcher._correct_uncached: a country/language target is refused when the typed word is a dictionary word, its
accents dropped). "fiance" was read as France, one letter away. Near misses: real slips of a country stay corrected.
Phrasings are this module's own."""

from __future__ import annotations

import datetime as dt

import pytest

from contract.gazetteer import Gazetteer
from nlu.extraction import extract_entities

TODAY = dt.date(2026, 12, 1)


def _countries(text: str, gazetteer: Gazetteer) -> list[str]:
    return [e["value"] for e in extract_entities(text, TODAY, gazetteer) if e["entity"] in ("country", "language")]


@pytest.mark.parametrize("text, countries", [
    ("a bollywood comedy, my fiance's family is over tonight", ["India", "hi"]),
    ("korean thriller for me and my fiance", ["ko"]),
    ("my fiancé picks tonight, something spanish", ["es"]),
    ("something my fiancee would like", []),
    ("a fiance and i want a romance", []),
])
def test_a_dictionary_word_is_no_country(text: str, countries: list[str], gazetteer: Gazetteer) -> None:
    assert _countries(text, gazetteer) == countries


@pytest.mark.parametrize("text, country", [
    ("frnace films please", "France"),
    ("a film from frence", "France"),
    ("brtish comedy", "United Kingdom"),
    ("germn dramas", "Germany"),
])
def test_a_slip_of_a_country_is_still_read(text: str, country: str, gazetteer: Gazetteer) -> None:
    assert country in _countries(text, gazetteer)
