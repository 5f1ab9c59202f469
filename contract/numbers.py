"""Numbers as a name writes them: spelled out ("Ocean's Eleven", "Brooklyn Nine-Nine", "the hundred") or in
digits ("ocean's 11", "brooklyn 99", "The 100").

A viewer names a title the other way round as often as the catalog's way, so title matching treats a number and its
spelled form as the same word: the NLU indexes each title under both forms (``nlu.extraction.names``) and a whole
message naming a title is compared in ``plain_name`` with its numbers in digits (``contract.gazetteer``). The number
vocabulary lives here once; ``nlu.extraction.numbers`` reads runtimes and ages with the same words.

Two choices keep ordinary words ordinary: a lone "one" stays a word in both directions ("The One", "She's the One",
"one like it" are pronouns, never "1"; a lone "1" is written "one" in the canonical form), and only numbers up to a
hundred change (a year or a number like "1922" is its own name).
Stdlib only: both runtimes import this module.
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
_WORDS_BY_VALUE = {v: w for w, v in {**UNITS, **TENS}.items()}
_DIGIT_WORDS = [w for w, v in UNITS.items() if v < 10]

_UNIT_ALT = "|".join(sorted(UNITS, key=len, reverse=True))
_DIGIT_ALT = "|".join(sorted(_DIGIT_WORDS, key=len, reverse=True))
_TENS_ALT = "|".join(TENS)
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
    ("The 100" → "The 100", "The one hundred", "The hundred"); empty for a name that is only a number
    (``only_numbers``) or has none to change."""
    if only_numbers(text):
        return set()
    words = as_words(as_digits(text))
    return {as_digits(text), words, re.sub(r"\bone hundred\b", "hundred", words)} - {text}


def only_numbers(text: str) -> bool:
    """Whether ``text`` is nothing but a number ("1922", "21", "Seven", "twenty one"): such a title keeps its own
    spelling, since the other one is an ordinary count or age."""
    words = re.findall(r"[\w'’]+", text)
    return bool(words) and all(w.isdigit() or w.lower() in UNITS or w.lower() in TENS or w.lower() == "hundred"
                               for w in words)
