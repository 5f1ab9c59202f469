"""Numbers as a name writes them: spelled out ("Ocean's Eleven", "Brooklyn Nine-Nine", "the hundred") or in
digits ("ocean's 11", "brooklyn 99", "The 100").

A viewer names a title the other way round as often as the catalog's way, so title matching treats a number and its
spelled form as the same word: the NLU indexes each title under both forms (``nlu.extraction.names``) and a whole
message naming a title is compared in ``plain_name`` with its numbers in digits (``contract.gazetteer``). The number
vocabulary lives here once; ``nlu.extraction.numbers`` reads runtimes and ages with the same words, and the
actions' bound cues (``actions.cues``: "make it ninety", "eleven or twelve") build their patterns and values from
it (``alternation``, ``word_value``).

Two choices keep ordinary words ordinary: a lone "one" stays a word in both directions ("The One", "She's the One",
"one like it" are pronouns, never "1"; a lone "1" is written "one" in the canonical form), and only numbers up to a
hundred change (a year or a number like "1922" is its own name).
Stdlib only: both runtimes import this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Optional

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
_WORDS_BY_VALUE = {v: w for w, v in {**UNITS, **TENS}.items()}
# The ordinals a viewer points into a list with ("the second one", "the 3rd"), up to the list's ten.
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
    "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10,
}


def alternation(values: Iterable[int]) -> str:
    """A regex alternation (no group, no boundaries) of the words naming ``values`` among ``UNITS`` and ``TENS``,
    longest first ("seventeen" before "seven"), for patterns that read spoken numbers (here and in the actions'
    bound cues, ``actions.cues``)."""
    wanted = set(values)
    words = [w for w, v in {**UNITS, **TENS}.items() if v in wanted]
    return "|".join(sorted(words, key=len, reverse=True))


def word_value(words: str) -> Optional[int]:
    """The value of a number said in words up to ninety-nine ("seven", "fifteen", "seventy five", "ninety-nine");
    None for anything else (a ten with a teen, "twenty twelve", is a year said aloud, not a number here)."""
    parts = re.split(r"[\s-]+", words.strip().lower())
    if len(parts) == 1:
        return UNITS.get(parts[0], TENS.get(parts[0]))
    if len(parts) == 2 and parts[0] in TENS and 1 <= UNITS.get(parts[1], 0) <= 9:
        return TENS[parts[0]] + UNITS[parts[1]]
    return None


_UNIT_ALT = alternation(UNITS.values())
_DIGIT_ALT = alternation(range(10))
_TENS_ALT = alternation(TENS.values())
_SEP = r"[\s-]+"
# A spelled number of a name, longest reading first: "one hundred", "hundred" ("the hundred"), "ninety-nine",
# a run of digit words read digit by digit ("nine-nine", "four four"), "eleven".
_SPELLED_RE = re.compile(
    rf"(?<![\w'’-])(?:(?P<hundred>(?:(?:a|one){_SEP})?hundred)"
    rf"|(?P<tens>(?:{_TENS_ALT})(?:{_SEP}(?:{_DIGIT_ALT}))?)"
    rf"|(?P<digits>(?:{_DIGIT_ALT})(?:{_SEP}(?:{_DIGIT_ALT}))+)"
    rf"|(?P<unit>{_UNIT_ALT}))(?![\w'’-])", re.IGNORECASE)
# A number in digits that is a whole word of the name: not part of "2.0", "9/11", "100%", "'76", "90's", "SG-1".
_DIGITS_RE = re.compile(r"(?<![\w'’./:%-])(?P<n>\d{1,3})(?![\w'’./:%-]|,\d)")


def spelled(n: int) -> str:
    """The words of ``n`` (0-100) as a name spells them: "eleven", "ninety nine", "one hundred"."""
    if n == 100:
        return "one hundred"
    if n in _WORDS_BY_VALUE:
        return _WORDS_BY_VALUE[n]
    return f"{_WORDS_BY_VALUE[n - n % 10]} {_WORDS_BY_VALUE[n % 10]}"


def _value(m: re.Match[str]) -> int:
    """The value of a ``_SPELLED_RE`` match."""
    words = re.split(_SEP, m.group().lower())
    if m["hundred"]:
        return 100
    if m["digits"]:
        return int("".join(str(UNITS[w]) for w in words))
    return sum(UNITS.get(w, TENS.get(w, 0)) for w in words)


def as_digits(text: str) -> str:
    """``text`` with its spelled numbers in digits ("Ocean's Eleven" → "Ocean's 11", "Brooklyn Nine-Nine" →
    "Brooklyn 99", "the hundred" → "the 100"); a lone "one" stays a word (a pronoun as often as a number)."""
    return _SPELLED_RE.sub(lambda m: m.group() if m.group().lower() == "one" else str(_value(m)), text)


def as_words(text: str) -> str:
    """``text`` with its numbers up to a hundred spelled out ("13 Reasons Why" → "thirteen Reasons Why", "The 100" →
    "The one hundred"); larger numbers (years) stay digits."""
    return _DIGITS_RE.sub(lambda m: spelled(int(m["n"])) if int(m["n"]) <= 100 else m["n"], text)


def canonical(text: str) -> str:
    """One spelling of a name's numbers for comparison: digits, except a lone 1, which is "one" ("formula one" and
    "Formula 1" compare equal, and "the one" never becomes "the 1")."""
    return re.sub(r"(?<![\w'’./:%-])1(?![\w'’./:%-]|,\d)", "one", as_digits(text))


def spellings(text: str) -> set[str]:
    """The other ways a name with numbers is written: in digits, spelled out, and a hundred said without "one"
    ("The 100" → "The 100", "The one hundred", "The hundred"), a number hyphenated to a word included ("The
    Hundred-Foot Journey" → "The 100 Foot Journey": ``unhyphenated``); empty for a name that is only a number
    (``only_numbers``) or has none to change."""
    if only_numbers(text):
        return set()
    out: set[str] = set()
    for form in {text, unhyphenated(text)}:
        words = as_words(as_digits(form))
        out |= {as_digits(form), words, re.sub(r"\bone hundred\b", "hundred", words)}
    return out - {text}


_HYPHENED_RE = re.compile(r"([\w'’]+)-(?=([\w'’]+))")


def number_word(word: str) -> bool:
    """One word of a spelled number ("forty", "nine", "hundred")."""
    return word.lower() in UNITS or word.lower() in TENS or word.lower() == "hundred"


def unhyphenated(text: str) -> str:
    """``text`` with a hyphen that joins a spelled number to a word made a space ("Hundred-Foot" → "Hundred Foot",
    "Forty-Year-Old" → "Forty Year-Old", "Nine-Nine" → "Nine Nine"), so the number reads on its own: a viewer types
    "the 100 foot journey" or "the forty year old version". Hyphens between other words stay ("Spider-Man"), and so
    does a spelled ordinal's ("Twenty-First" is no "20 First"); digits need none ("SG-1" has its own words). This is
    the NLU's spellings of a title; ``gazetteer.plain_name`` spaces every hyphen between words before it, on the typed
    words and the title alike ("Twenty-First Century" → "20 first century"), so matching holds there too."""
    return _HYPHENED_RE.sub(lambda m: m[1] + (
        " " if (number_word(m[1]) or number_word(m[2])) and m[2].lower() not in ORDINALS else "-"), text)


def only_numbers(text: str) -> bool:
    """Whether ``text`` is nothing but a number ("1922", "21", "Seven", "twenty one"): such a title keeps its own
    spelling, since the other one is an ordinary count or age."""
    words = re.findall(r"[\w'’]+", text)
    return bool(words) and all(w.isdigit() or w.lower() in UNITS or w.lower() in TENS or w.lower() == "hundred"
                               for w in words)
